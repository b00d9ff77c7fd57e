// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SpeechToken } from '../../../../app/contract/kioskApi';
import { speechCacheKey } from '../../../../app/speech/cacheKey';
import { createAzureOutput, synthesisUrl } from '../../../../renderer/speech/azureSynthesis';
import { containerToken } from './support';

// The order of requests and the choice between cache and live synthesis. jsdom
// cannot play audio, so a stand-in element records what it was asked to play and
// ends when told; playing real audio is test/e2e/azureSpeech.spec.ts's, in Chromium.

const VOICES = { 'zh-CN': 'zh-CN-XiaoxiaoNeural', en: 'en-GB-SoniaNeural' };
const CONTAINER = containerToken({ synthesisHost: 'http://127.0.0.1:5000' });

class FakeAudio {
  src = '';
  playbackRate = 1;
  defaultPlaybackRate = 1;
  preservesPitch = false;
  volume = 1;
  paused = true;
  onended: (() => void) | null = null;
  onerror: (() => void) | null = null;
  async play() {
    this.paused = false;
  }
  pause() {
    this.paused = true;
  }
  removeAttribute(name: string) {
    if (name === 'src') this.src = '';
  }
  load() {}
  finish() {
    this.onended?.();
  }
}

function setup(manifest: Record<string, unknown> | null, token: SpeechToken = CONTAINER) {
  const audios: FakeAudio[] = [];
  const requests: { url: string; init?: RequestInit }[] = [];
  const fetch = vi.fn(async (url: RequestInfo | URL, init?: RequestInit) => {
    requests.push({ url: String(url), init });
    if (String(url).endsWith('/manifest.json')) {
      return manifest === null ? new Response('', { status: 404 }) : Response.json(manifest);
    }
    return new Response(new Uint8Array([0xff, 0xfb]), { headers: { 'Content-Type': 'audio/mpeg' } });
  });
  const output = createAzureOutput({
    voices: VOICES,
    credentials: async () => token,
    baseUrl: 'app://kiosk/index.html',
    fetch: fetch as typeof globalThis.fetch,
    createAudio: () => {
      const audio = new FakeAudio();
      audios.push(audio);
      return audio as unknown as HTMLAudioElement;
    },
  });
  return { output, audios, requests };
}

const played = async (audios: FakeAudio[], count: number) => {
  await vi.waitFor(() => expect(audios.length).toBe(count));
  return audios[count - 1]!;
};

describe('Azure voices in the renderer', () => {
  beforeEach(() => {
    // jsdom has no object URLs.
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: () => 'blob:speech', revokeObjectURL: vi.fn() }));
  });
  afterEach(() => vi.unstubAllGlobals());

  it('plays a cached prompt from the page’s own cache, at the resident’s rate with pitch kept', async () => {
    const key = speechCacheKey('zh-CN', VOICES['zh-CN'], '欢迎');
    const { output, audios, requests } = setup({ version: 1, format: 'x', entries: { [key]: {} } });
    const speaking = output.speak('欢迎', 'zh-CN', { rate: 0.85, volume: 0.5 });
    const audio = await played(audios, 1);
    expect(audio).toMatchObject({
      src: `app://kiosk/speech-cache/${key}.mp3`,
      playbackRate: 0.85,
      defaultPlaybackRate: 0.85,
      preservesPitch: true,
      volume: 0.5,
    });
    audio.finish();
    await speaking;
    expect(requests.map((r) => r.url)).toEqual(['app://kiosk/speech-cache/manifest.json']);
  });

  it('reads the manifest once; a missing one means everything is synthesized live', async () => {
    const { output, audios, requests } = setup(null);
    for (const text of ['一', '二']) {
      const speaking = output.speak(text, 'zh-CN', { rate: 0.85, volume: 1 });
      (await played(audios, audios.length + 1)).finish();
      await speaking;
    }
    expect(requests.map((r) => r.url)).toEqual([
      'app://kiosk/speech-cache/manifest.json',
      'http://127.0.0.1:5000/cognitiveservices/v1',
      'http://127.0.0.1:5000/cognitiveservices/v1',
    ]);
    expect(audios.map((a) => [a.src, a.playbackRate])).toEqual([
      ['blob:speech', 1],
      ['blob:speech', 1],
    ]);
    expect(String(requests[1]!.init!.body)).toContain('<prosody rate="0.85">一</prosody>');
  });

  it('sends the token as a Bearer authorization when there is one', async () => {
    const { output, audios, requests } = setup(null, {
      ...CONTAINER,
      token: 'abc',
      synthesisHost: null,
      region: 'eastasia',
    });
    const speaking = output.speak('hello', 'en');
    (await played(audios, 1)).finish();
    await speaking;
    expect(requests[1]!.url).toBe('https://eastasia.tts.speech.microsoft.com/cognitiveservices/v1');
    expect(requests[1]!.init!.headers).toMatchObject({ Authorization: 'Bearer abc' });
  });

  it('a cancel while the audio is still being fetched plays nothing, and the speak resolves', async () => {
    const { output, audios } = setup(null);
    const speaking = output.speak('很长的一段话', 'zh-CN');
    output.cancel();
    await speaking;
    expect(audios).toEqual([]);
  });

  it('a new prompt stops the one being said', async () => {
    const { output, audios } = setup(null);
    const first = output.speak('第一句', 'zh-CN');
    const firstAudio = await played(audios, 1);
    const second = output.speak('第二句', 'zh-CN');
    await first;
    expect(firstAudio.paused).toBe(true);
    (await played(audios, 2)).finish();
    await second;
  });

  it('says nothing, at once, in a language without a voice', async () => {
    const { output, audios, requests } = setup(null);
    expect(output.canSpeak('zh-HK')).toBe(false);
    expect(output.canSpeak('en')).toBe(true);
    await output.speak('你好', 'zh-HK');
    expect(audios).toEqual([]);
    expect(requests).toEqual([]);
  });
});

describe('where live synthesis goes', () => {
  const by = (token: Partial<SpeechToken>) => synthesisUrl({ ...CONTAINER, synthesisHost: null, ...token });
  it('a configured host, else the region’s host in its cloud', () => {
    expect(by({ synthesisHost: 'http://speech:5000' })).toBe('http://speech:5000/cognitiveservices/v1');
    expect(by({ region: 'eastasia' })).toBe('https://eastasia.tts.speech.microsoft.com/cognitiveservices/v1');
    expect(by({ region: 'chinaeast2' })).toBe('https://chinaeast2.tts.speech.azure.cn/cognitiveservices/v1');
    expect(by({ region: 'usgovvirginia' })).toBe('https://usgovvirginia.tts.speech.azure.us/cognitiveservices/v1');
    expect(by({})).toBeNull();
  });
});
