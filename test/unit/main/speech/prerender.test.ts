import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../../app/contract/errors';
import { type SpeechCacheManifest, speechCacheKey } from '../../../../app/speech/cacheKey';
import type { FixedPrompt } from '../../../../app/speech/fixedPrompts';
import { type Config, parseConfig } from '../../../../main/config/config';
import { centrePrompts } from '../../../../main/speech/fixedPrompts';
import { planCache, prerenderSpeech } from '../../../../main/speech/prerender';
import { createSpeechTokenBroker, type Fetch } from '../../../../main/speech/tokenBroker';
import { tempDir } from '../support';
import { FAKE_MP3, type FakeAzure, startFakeAzure } from './fakeAzure';

const KEY = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
const HOSTILE_LABEL = 'Pets & "cats" <dogs>';

let azure: FakeAzure;
let dir: string;
let cleanup: () => void;
beforeEach(async () => {
  azure = await startFakeAzure(KEY);
  ({ dir, cleanup } = tempDir());
});
afterEach(async () => {
  await azure.close();
  cleanup();
});

function centreConfig(azureConfig: object): Config {
  return parseConfig({
    centreName: { 'zh-CN': '东湖社区', en: 'East & West <Lake>', 'zh-HK': '東湖社區' },
    catalogue: [
      { code: 'svc.health', kind: 'service' },
      { code: 'cmp.noise', kind: 'complaint' },
      {
        code: 'sug.pets',
        kind: 'suggestion',
        label: { 'zh-CN': '宠物', en: HOSTILE_LABEL, 'zh-HK': '寵物' },
        phrases: { en: ["Dog's licence"] },
      },
    ],
    speech: { provider: 'azure', voices: { en: 'en-US-AvaMultilingualNeural' }, azure: azureConfig },
  });
}

/** Sends what was meant for `https://<region>.tts.speech.microsoft.com` to the loopback service, noting the address. */
function regionFetch(asked: Set<string>): Fetch {
  return (url, init) => {
    asked.add(url);
    return fetch(
      url.startsWith('https://eastasia.tts.speech.microsoft.com/') ? `${azure.url}${new URL(url).pathname}` : url,
      init,
    );
  };
}

/**
 * A sample of the centre's prompts in every language, with the centre's own words. All of them are over a
 * thousand requests, which takes longer than a unit test should on a busy machine: the plan is checked whole
 * (below), and the CLI's test renders every prompt of one language.
 */
function sample(config: Config): FixedPrompt[] {
  return centrePrompts(config).filter(
    (p, i) => i % 60 === 0 || p.text === HOSTILE_LABEL || p.text === "Dog's licence" || p.text.startsWith('Welcome to'),
  );
}

function run(config: Config, fetchImpl: Fetch, subscriptionKey: string | null = KEY, prompts = sample(config)) {
  const tokens = createSpeechTokenBroker({
    speech: config.speech,
    subscriptionKey,
    fetch: fetchImpl,
    now: () => new Date(),
  });
  const cacheDir = join(dir, 'speech-cache');
  return prerenderSpeech({ config, cacheDir, fetch: fetchImpl, tokens, subscriptionKey, prompts });
}

const manifest = (): SpeechCacheManifest =>
  JSON.parse(readFileSync(join(dir, 'speech-cache', 'manifest.json'), 'utf8')) as SpeechCacheManifest;

describe('prerendering the fixed prompts', () => {
  it('synthesizes each prompt once in its language’s voice at rate 1, to the region’s endpoint with a token', async () => {
    const config = centreConfig({ region: 'eastasia', tokenUrl: azure.tokenUrl });
    const asked = new Set<string>();
    const prompts = sample(config);
    const report = await run(config, regionFetch(asked));

    expect(report).toEqual({ rendered: prompts.length, kept: 0, failed: [] });
    expect(asked).toEqual(new Set([azure.tokenUrl, 'https://eastasia.tts.speech.microsoft.com/cognitiveservices/v1']));
    expect(azure.problems).toEqual([]);
    expect(azure.tokenCalls).toBe(1);
    const voices = {
      'zh-CN': 'zh-CN-XiaoxiaoNeural',
      en: 'en-US-AvaMultilingualNeural',
      'zh-HK': 'zh-HK-HiuMaanNeural',
    };
    for (const request of azure.synthesis) {
      expect(request.voice).toBe(voices[request.lang as keyof typeof voices]);
      expect(request.rate).toBe('1');
      expect(request.headers.authorization).toBe('Bearer eyJ.token-1.sig');
    }
    const sent = azure.synthesis.map((r) => `${r.lang}|${r.text}`).sort();
    expect(sent).toEqual(prompts.map((p) => `${p.language}|${p.text}`).sort());
    expect(new Set(azure.synthesis.map((r) => r.lang))).toEqual(new Set(['zh-CN', 'en', 'zh-HK']));
  });

  it('plans every fixed prompt of every language the centre offers, in that language’s voice', () => {
    const config = centreConfig({ region: 'eastasia' });
    const plan = planCache(config, join(dir, 'speech-cache'));
    const prompts = centrePrompts(config);
    expect(plan.map(({ language, text }) => ({ language, text }))).toEqual(prompts);
    for (const entry of plan) {
      expect(entry.voice).toBe(config.speech.voices[entry.language]);
      expect(entry.key).toBe(speechCacheKey(entry.language, entry.voice, entry.text));
      expect(entry.present).toBe(false);
    }
    expect(new Set(plan.map((e) => e.language))).toEqual(new Set(['zh-CN', 'en', 'zh-HK']));
  });

  it('sends the centre’s own words escaped, and its name filled in', async () => {
    await run(centreConfig({ region: 'eastasia', tokenUrl: azure.tokenUrl }), regionFetch(new Set()));
    const ssml = azure.synthesis.map((r) => r.ssml);
    expect(ssml).toContainEqual(expect.stringContaining('>Pets &amp; &quot;cats&quot; &lt;dogs&gt;</prosody>'));
    expect(ssml).toContainEqual(expect.stringContaining('>Dog&apos;s licence</prosody>'));
    expect(ssml).toContainEqual(expect.stringContaining('>Welcome to East &amp; West &lt;Lake&gt;</prosody>'));
    expect(azure.synthesis.map((r) => r.text)).toContain(HOSTILE_LABEL);
  });

  it('writes one mp3 per prompt, named by its cache key, and a manifest of them, leaving no temp files', async () => {
    const config = centreConfig({ region: 'eastasia', tokenUrl: azure.tokenUrl });
    await run(config, regionFetch(new Set()));
    const prompts = sample(config);
    const { entries, ...rest } = manifest();
    expect(rest).toEqual({ version: 1, format: 'audio-24khz-48kbitrate-mono-mp3' });
    expect(Object.keys(entries)).toHaveLength(prompts.length);
    for (const { language, text } of prompts) {
      const voice = config.speech.voices[language];
      const key = speechCacheKey(language, voice, text);
      expect(entries[key]).toEqual({ language, voice, text, file: `${key}.mp3` });
      expect(readFileSync(join(dir, 'speech-cache', `${key}.mp3`))).toEqual(FAKE_MP3);
    }
    expect(
      readdirSync(join(dir, 'speech-cache')).filter((f) => !/^([0-9a-f]{16}\.mp3|manifest\.json)$/.test(f)),
    ).toEqual([]);
  });

  it('renders nothing on a second run: every prompt is kept, and no token is asked for', async () => {
    const config = centreConfig({ region: 'eastasia', tokenUrl: azure.tokenUrl });
    const first = await run(config, regionFetch(new Set()));
    const requests = azure.synthesis.length;
    const second = await run(config, regionFetch(new Set()));
    expect(second).toEqual({ rendered: 0, kept: first.rendered, failed: [] });
    expect(azure.synthesis).toHaveLength(requests);
    expect(azure.tokenCalls).toBe(1);
    expect(Object.keys(manifest().entries)).toHaveLength(first.rendered);
  });

  it('reports each failure, keeps what was rendered, and renders only the rest next time', async () => {
    const config = centreConfig({ region: 'eastasia', tokenUrl: azure.tokenUrl });
    azure.failSynthesis = (request) => (request.lang === 'zh-HK' ? 500 : null);
    const failed = await run(config, regionFetch(new Set()));
    const cantonese = sample(config).filter((p) => p.language === 'zh-HK');
    expect(failed.failed).toHaveLength(cantonese.length);
    expect(new Set(failed.failed.map((f) => f.reason))).toEqual(new Set(['HTTP 500']));
    expect(failed.failed.map((f) => f.entry.text)).toEqual(cantonese.map((p) => p.text));
    expect(Object.values(manifest().entries).some((e) => e.language === 'zh-HK')).toBe(false);
    expect(Object.keys(manifest().entries)).toHaveLength(failed.rendered);

    azure.failSynthesis = () => null;
    const before = azure.synthesis.length;
    const again = await run(config, regionFetch(new Set()));
    expect(again).toEqual({ rendered: cantonese.length, kept: failed.rendered, failed: [] });
    expect(azure.synthesis.slice(before).every((r) => r.lang === 'zh-HK')).toBe(true);
  });

  it('renders nothing when no token can be had, with one error naming the speech service', async () => {
    azure.tokenStatus = 503;
    const config = centreConfig({ region: 'eastasia', tokenUrl: azure.tokenUrl });
    const error = await run(config, regionFetch(new Set())).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toContain('speech: the Azure Speech service');
    expect(azure.synthesis).toHaveLength(0);
  });

  it('asks a keyless speech container at its own host, with no authorization at all', async () => {
    azure.expectAuth = 'none';
    const config = centreConfig({ recognitionHost: azure.url.replace('http:', 'ws:'), synthesisHost: azure.url });
    const report = await run(config, (url, init) => fetch(url, init), null);
    expect(report.failed).toEqual([]);
    expect(report.rendered).toBe(sample(config).length);
    expect(azure.problems).toEqual([]);
    expect(azure.tokenCalls + azure.refusedTokenCalls).toBe(0);
  });

  it('sends the key header to a container configured with a key and no token service', async () => {
    azure.expectAuth = 'key';
    const config = centreConfig({ recognitionHost: azure.url.replace('http:', 'ws:'), synthesisHost: azure.url });
    const report = await run(config, (url, init) => fetch(url, init));
    expect(report.failed).toEqual([]);
    expect(azure.problems).toEqual([]);
  });
});
