// What must never be in the JavaScript the welcome screen loads, since every start parses it:
// the end-to-end test `startup.spec.ts` and the benchmark share these.

/** The Speech SDK's code (web-speech-cognitive-services, microsoft-cognitiveservices-speech-sdk): loaded only when Azure is chosen. */
export const SPEECH_SDK = /microsoft-cognitiveservices-speech|cognitiveservices|SpeechSDK|SpeechTranslationConfig/;

/** zod (every schema instance keeps its internals under `_zod`): the page validates nothing itself; the main side does. */
export const ZOD = /\._zod\b/;
