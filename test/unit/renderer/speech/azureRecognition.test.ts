import { AudioConfig } from 'microsoft-cognitiveservices-speech-sdk';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SpeechToken } from '../../../../app/contract/kioskApi';
import {
  createAzureInput,
  heardFromError,
  heardFromResults,
  SpeechUnavailableError,
} from '../../../../renderer/speech/azureRecognition';
import { type AzureSpeechDouble, startAzureSpeechDouble } from '../../../e2e/support/azureSpeechDouble';
import { containerToken } from './support';

// The real Speech SDK and ponyfill in Node, against the loopback double; only the
// microphone is replaced, by a WAV of silence (Node has no getUserMedia). A WAV file
// source, not a push stream: the ponyfill ends a turn on the source's
// AudioSourceOffEvent, which the microphone and file sources send and push streams never do.
// web-speech-cognitive-services adds a <meta> to document.head when it is imported;
// Node has no document, so a stand-in takes the tag (jsdom would also swap in its own
// WebSocket and EventTarget under the SDK, which is less like the browser than Node's).
vi.hoisted(() => {
  const element = { setAttribute: () => {} };
  Object.assign(globalThis, { document: { createElement: () => element, head: { appendChild: () => {} } } });
});
describe('what the ponyfill reports, as the kiosk hears it', () => {
  it.each([
    ['no-speech', { type: 'no-input' }],
    ['aborted', { type: 'error', code: 'aborted' }],
    ['not-allowed', { type: 'error', code: 'not-allowed' }],
    ['network', { type: 'error', code: 'network' }],
    ['audio-capture', { type: 'error', code: 'audio-capture' }],
    ['unknown', { type: 'error', code: 'other' }],
    ['service-not-allowed', { type: 'error', code: 'other' }],
    ['language-not-supported', { type: 'error', code: 'other' }],
  ])('the W3C code %s', (code, heard) => {
    expect(heardFromError(code)).toEqual(heard);
  });

  it.each([
    // What a failed start reports instead of a code: the SDK's rejection, an Error or a string.
    [new DOMException('Permission denied', 'NotAllowedError'), 'not-allowed'],
    ['Error occurred during microphone initialization: NotAllowedError: Permission denied', 'not-allowed'],
    [new DOMException('Requested device not found', 'NotFoundError'), 'audio-capture'],
    ['Browser does not support getUserMedia.', 'audio-capture'],
    ['Unable to contact server. StatusCode: 1006, ws://127.0.0.1:9 Reason: ', 'network'],
    [new SpeechUnavailableError('no host'), 'unavailable'],
    [new TypeError('x is undefined'), 'other'],
    [undefined, 'other'],
  ])('a failed start: %s', (error, code) => {
    expect(heardFromError(error)).toEqual({ type: 'error', code });
  });

  it('takes the best alternative of the final result, trimmed, with its confidence', () => {
    const results = [
      [
        { transcript: ' 投诉。 ', confidence: 0.72 },
        { transcript: '头诉', confidence: 0.2 },
      ],
    ];
    expect(heardFromResults(results)).toEqual({ type: 'result', text: '投诉。', confidence: 0.72 });
  });

  it('counts an empty transcript as no input, and a missing confidence as none', () => {
    expect(heardFromResults([])).toEqual({ type: 'no-input' });
    expect(heardFromResults([[{ transcript: '  ', confidence: 0.9 }]])).toEqual({ type: 'no-input' });
    expect(heardFromResults([[{ transcript: '对', confidence: Number.NaN }]])).toEqual({
      type: 'result',
      text: '对',
      confidence: 0,
    });
  });
});

describe('Azure recognition against the speech double', () => {
  let double: AzureSpeechDouble;

  beforeEach(async () => {
    double = await startAzureSpeechDouble();
  });
  afterEach(async () => {
    await double.close();
  });

  function input(token: Partial<SpeechToken> = {}) {
    const credentials = async (): Promise<SpeechToken> => ({
      ...containerToken({ recognitionHost: double.wsUrl, synthesisHost: double.httpUrl }),
      ...token,
    });
    return createAzureInput({
      credentials,
      locale: (language) => (language === 'en' ? 'en-GB' : language),
      canListen: () => true,
      audioConfig: () => AudioConfig.fromWavFileInput(silentWav(30), 'silence.wav'),
    });
  }

  it('hears the phrase the double says, with its confidence, and sends the step’s phrase hints', async () => {
    const ears = input();
    double.say('楼上半夜很吵', 0.81);
    const heard = await ears.listen({ language: 'zh-CN', phrases: ['投诉', '噪音'], timeoutMs: 10_000 });
    expect(heard).toEqual({ type: 'result', text: '楼上半夜很吵', confidence: 0.81 });
    expect(double.turns[0]?.phrases).toEqual(['投诉', '噪音']);
    expect(double.turns[0]?.url).toContain('language=zh-CN');
    expect(double.turns[0]?.url).toContain('format=detailed');
  });

  it('hears two turns in a row, each on its own connection', async () => {
    const ears = input();
    double.say('投诉');
    expect(await ears.listen({ language: 'zh-CN', phrases: [], timeoutMs: 10_000 })).toMatchObject({ text: '投诉' });
    double.say('noise', 0.6);
    const second = await ears.listen({ language: 'en', phrases: ['noise'], timeoutMs: 10_000 });
    expect(second).toEqual({ type: 'result', text: 'noise', confidence: 0.6 });
    const answered = double.turns.filter((t) => t.answered !== null);
    expect(answered.map((t) => t.answered)).toEqual(['投诉', 'noise']);
    expect(answered[1]?.url).toContain('language=en-GB');
    const connectionIds = answered.map((t) => new URL(t.url, double.wsUrl).searchParams.get('X-ConnectionId'));
    expect(new Set(connectionIds).size).toBe(2);
    // Each turn's websocket is closed when the turn ends (the ponyfill itself leaves it open).
    await vi.waitFor(() => expect(double.openConnections).toBe(0));
  });

  it('counts silence from the service as no input', async () => {
    const ears = input();
    double.stayQuiet();
    expect(await ears.listen({ language: 'zh-CN', phrases: [], timeoutMs: 10_000 })).toEqual({ type: 'no-input' });
  });

  it('ends a turn with nothing said as no input when the time is up', async () => {
    const ears = input();
    const started = Date.now();
    const heard = await ears.listen({ language: 'zh-CN', phrases: [], timeoutMs: 800 });
    expect(heard).toEqual({ type: 'no-input' });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(double.turns[0]?.audioBytes).toBeGreaterThan(0);
  });

  it('abort ends the turn at once as aborted, and the next turn still hears', async () => {
    const ears = input();
    const pending = ears.listen({ language: 'zh-CN', phrases: [], timeoutMs: 10_000 });
    await double.listening();
    ears.abort();
    expect(await pending).toEqual({ type: 'error', code: 'aborted' });
    // The aborted turn's audio ends too (the SDK's end-of-stream reaches the service).
    await vi.waitFor(() => expect(double.turns[0]?.ended).toBe(true));
    const next = ears.listen({ language: 'zh-CN', phrases: [], timeoutMs: 10_000 });
    await double.listening();
    double.say('跳过');
    expect(await next).toMatchObject({ type: 'result', text: '跳过' });
  });

  it('reports a service that cannot be reached as a network error', async () => {
    const ears = input({ recognitionHost: 'ws://127.0.0.1:9' });
    expect(await ears.listen({ language: 'zh-CN', phrases: [], timeoutMs: 15_000 })).toEqual({
      type: 'error',
      code: 'network',
    });
  });

  it('reports credentials that reach no service as unavailable', async () => {
    const ears = input({ recognitionHost: null, region: null });
    expect(await ears.listen({ language: 'zh-CN', phrases: [], timeoutMs: 5_000 })).toEqual({
      type: 'error',
      code: 'unavailable',
    });
  });
});

/** `seconds` of 16 kHz 16-bit mono silence as a WAV file. */
function silentWav(seconds: number): Buffer {
  const data = 16000 * 2 * seconds;
  const wav = Buffer.alloc(44 + data);
  wav.write('RIFF', 0, 'latin1');
  wav.writeUInt32LE(36 + data, 4);
  wav.write('WAVEfmt ', 8, 'latin1');
  wav.writeUInt32LE(16, 16);
  wav.writeUInt16LE(1, 20);
  wav.writeUInt16LE(1, 22);
  wav.writeUInt32LE(16000, 24);
  wav.writeUInt32LE(32000, 28);
  wav.writeUInt16LE(2, 32);
  wav.writeUInt16LE(16, 34);
  wav.write('data', 36, 'latin1');
  wav.writeUInt32LE(data, 40);
  return wav;
}
