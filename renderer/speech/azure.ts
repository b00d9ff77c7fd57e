import type { KioskApi, KioskConfigView } from '../../app/contract/kioskApi';
import type { Language } from '../../app/i18n/languages';
import type { SpeechProvider } from '../../app/speech/types';
import { createAzureInput } from './azureRecognition';
import { createAzureOutput } from './azureSynthesis';
import { createSpeechCredentials } from './azureToken';

/** The recogniser's locale when the voice's name does not give one (`en-GB-SoniaNeural` → `en-GB`). */
const DEFAULT_LOCALES: Record<Language, string> = { 'zh-CN': 'zh-CN', en: 'en-GB', 'zh-HK': 'zh-HK' };

/** The locale a voice's name starts with, so the kiosk listens for the accent it speaks in. */
export function recognitionLocale(language: Language, voice: string | undefined): string {
  return /^([a-z]{2,3}-[A-Z]{2,4})-/.exec(voice ?? '')?.[1] ?? DEFAULT_LOCALES[language];
}

/**
 * Azure Speech through web-speech-cognitive-services: recognition over the
 * SDK's websocket, synthesis from the prerendered cache or live. Nothing
 * reaches the network until the first prompt or turn, so the welcome screen
 * does not wait for the speech service. The key stays on the main side:
 * the renderer holds only short-lived tokens from `speechToken`.
 */
export async function createAzureSpeech(config: KioskConfigView, api: KioskApi): Promise<SpeechProvider> {
  const voices = config.speech.voices ?? {};
  const credentials = createSpeechCredentials(api);
  const hasVoice = (language: Language) => Boolean(voices[language as keyof typeof voices]);
  return {
    output: createAzureOutput({ voices, credentials, baseUrl: document.baseURI }),
    input: createAzureInput({
      credentials,
      locale: (language) => recognitionLocale(language, voices[language]),
      canListen: hasVoice,
    }),
  };
}
