import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { speechCacheKey } from '../../app/speech/cacheKey';
import { spokenDigits } from '../../app/speech/spokenDigits';
import { readBack } from '../faults/support';
import { CHROMIUM_ARGS } from './chromiumArgs';
import { digitsOf, expect, test } from './support';
import {
  type AzureSpeechDouble,
  MIN_AUDIO_BYTES,
  silentMp3,
  startAzureSpeechDouble,
  toneWav,
} from './support/azureSpeechDouble';

// The real Azure path in a real Chromium: the Speech SDK and web-speech-cognitive-services,
// Chromium's fake microphone (fed a steady tone) and real <audio> playback, against the
// loopback double of the Azure Speech service. Only the service is a stand-in.
const SPEECH_CHROMIUM_ARGS = [
  ...CHROMIUM_ARGS,
  // A microphone without a permission prompt: Chromium's fake device and its fake "allow".
  '--use-fake-ui-for-media-stream',
  '--use-fake-device-for-media-stream',
  // The kiosk speaks before anyone touches it (a blind resident may never touch the screen).
  '--autoplay-policy=no-user-gesture-required',
];

/** Chromium with a fake microphone that hears a steady tone (its own signal only beeps now and then). */
async function launchChromium(): Promise<Browser> {
  const dir = mkdtempSync(join(tmpdir(), 'linli-mic-'));
  const tone = join(dir, 'tone.wav');
  writeFileSync(tone, toneWav());
  const browser = await chromium.launch({
    // The full browser, not the headless shell the other specs use: its microphone path is the kiosk's.
    executablePath: '/usr/bin/chromium',
    args: [...SPEECH_CHROMIUM_ARGS, `--use-file-for-fake-audio-capture=${tone}`],
  });
  browser.on('disconnected', () => rmSync(dir, { recursive: true, force: true }));
  return browser;
}

test.describe('the Azure provider in Chromium, against the speech double', () => {
  // One double, bundle and browser for the group: its tests run in order in one worker.
  test.describe.configure({ mode: 'default' });
  let double: AzureSpeechDouble;
  let browser: Browser;
  let page: Page;

  test.beforeAll(async () => {
    double = await startAzureSpeechDouble();
    // The provider as the kiosk bundles it, on a page of its own (another origin than the
    // service, as the kiosk's page is), with a KioskApi that hands out container credentials.
    const bundle = await build({
      entryPoints: ['renderer/speech/azure.ts'],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'chrome120',
      write: false,
      logLevel: 'silent',
    });
    double.serve('/azure.js', bundle.outputFiles[0]!.text, 'text/javascript');
    double.serve('/', TEST_PAGE, 'text/html; charset=utf-8');
    browser = await launchChromium();
  });

  test.afterAll(async () => {
    await browser?.close();
    await double?.close();
  });

  test.beforeEach(async () => {
    page = await browser.newPage();
    await page.addInitScript(recordPlayback);
    await page.goto(`${double.pageUrl}/`);
    await page.evaluate(
      ([recognitionHost, synthesisHost]) => window.startAzure(recognitionHost!, synthesisHost!),
      [double.wsUrl, double.httpUrl],
    );
  });
  test.afterEach(async () => {
    await page.close();
  });

  test('hears what the resident says through the microphone, with the step’s phrase hints', async () => {
    const heard = page.evaluate(() =>
      window.azure.input!.listen({ language: 'zh-CN', phrases: ['投诉', '建议', '办事'], timeoutMs: 15_000 }),
    );
    const turn = await double.listening();
    double.say('投诉', 0.88);
    expect(await heard).toEqual({ type: 'result', text: '投诉', confidence: 0.88 });
    expect(turn.phrases).toEqual(['投诉', '建议', '办事']);
    expect(turn.url).toContain('language=zh-CN');
    // The double answers a turn once it has MIN_AUDIO_BYTES; the SDK may stop sending at that very chunk.
    expect(turn.audioBytes).toBeGreaterThanOrEqual(MIN_AUDIO_BYTES);
    // The fake microphone's tone: real sound went from getUserMedia to the service.
    expect(turn.peak).toBeGreaterThan(1000);
  });

  test('listens for British English with the en-GB voice, and says no input when nobody speaks', async () => {
    const heard = page.evaluate(() => window.azure.input!.listen({ language: 'en', phrases: [], timeoutMs: 15_000 }));
    const turn = await double.listening();
    double.stayQuiet();
    expect(await heard).toEqual({ type: 'no-input' });
    expect(turn.url).toContain('language=en-GB');
  });

  test('a turn nobody answers ends as no input when its time is up', async () => {
    const heard = await page.evaluate(() =>
      window.azure.input!.listen({ language: 'zh-HK', phrases: [], timeoutMs: 1_500 }),
    );
    expect(heard).toEqual({ type: 'no-input' });
    await expect.poll(() => double.turns.at(-1)?.ended).toBe(true);
  });

  test('abort ends a turn at once, and the next turn hears', async () => {
    const first = page.evaluate(() =>
      window.azure.input!.listen({ language: 'zh-CN', phrases: [], timeoutMs: 15_000 }),
    );
    await double.listening();
    await page.evaluate(() => window.azure.input!.abort());
    expect(await first).toEqual({ type: 'error', code: 'aborted' });
    // The aborted turn's audio ends too (the SDK's end-of-stream reaches the service).
    await expect.poll(() => double.turns.at(-1)?.ended).toBe(true);
    const second = page.evaluate(() =>
      window.azure.input!.listen({ language: 'zh-CN', phrases: [], timeoutMs: 15_000 }),
    );
    await double.listening();
    double.say('跳过');
    expect(await second).toMatchObject({ type: 'result', text: '跳过' });
  });

  test('speaks a prompt live: SSML with the language’s voice, the resident’s rate, and the text escaped', async () => {
    await page.evaluate(() =>
      window.azure.output.speak('请说"投诉" <或> 建议 & 办事', 'zh-CN', { rate: 0.85, volume: 0.9 }),
    );
    const request = double.syntheses.at(-1)!;
    expect(request.ssml).toBe(
      '<speak version="1.0" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="zh-CN">' +
        '<voice name="zh-CN-XiaoxiaoNeural"><prosody rate="0.85">' +
        '请说&quot;投诉&quot; &lt;或&gt; 建议 &amp; 办事</prosody></voice></speak>',
    );
    expect(request.headers['x-microsoft-outputformat']).toBe('audio-24khz-48kbitrate-mono-mp3');
    expect(request.headers['content-type']).toBe('application/ssml+xml');
    // A keyless container: no token, so no Authorization header.
    expect(request.headers.authorization).toBeUndefined();
    // The rate is in the SSML, so the audio is played as it came: at 1×, to the end.
    const played = await page.evaluate(() => window.played);
    expect(played).toEqual([
      expect.objectContaining({ blob: true, playbackRate: 1, preservesPitch: true, volume: 0.9, ended: true }),
    ]);
  });

  test('speaks a cached prompt from the audio cache at the resident’s rate, without the service', async () => {
    const text = '欢迎使用邻里服务';
    const key = speechCacheKey('zh-CN', 'zh-CN-XiaoxiaoNeural', text);
    double.serve(
      '/speech-cache/manifest.json',
      JSON.stringify({
        version: 1,
        format: 'audio-24khz-48kbitrate-mono-mp3',
        entries: { [key]: { language: 'zh-CN', voice: 'zh-CN-XiaoxiaoNeural', text, file: `${key}.mp3` } },
      }),
      'application/json',
    );
    double.serve(`/speech-cache/${key}.mp3`, silentMp3(300), 'audio/mpeg');
    await page.evaluate(() => window.startAzure(window.hosts.recognition, window.hosts.synthesis));
    const before = double.syntheses.length;
    await page.evaluate((t) => window.azure.output.speak(t, 'zh-CN', { rate: 0.7, volume: 1 }), text);
    expect(double.syntheses.length).toBe(before);
    const played = await page.evaluate(() => window.played);
    expect(played).toEqual([
      expect.objectContaining({
        src: `${double.pageUrl}/speech-cache/${key}.mp3`,
        playbackRate: 0.7,
        preservesPitch: true,
        ended: true,
      }),
    ]);
  });

  test('cancel stops the prompt at once and the pending speak resolves (barge-in)', async () => {
    // Long enough that it would still be playing: 20 s of silence.
    double.synthesisLength(20_000);
    const speaking = page.evaluate(() => window.azure.output.speak('一段很长的说明', 'zh-CN', { rate: 1, volume: 1 }));
    await expect.poll(() => page.evaluate(() => window.played.length)).toBe(1);
    const took = await page.evaluate(async () => {
      const started = performance.now();
      window.azure.output.cancel();
      await window.lastSpeak;
      return performance.now() - started;
    });
    await speaking;
    expect(took).toBeLessThan(200);
    // Stopped and emptied: paused, its source dropped, not played to the end.
    const audio = await page.evaluate(() => ({
      ...window.played[0],
      paused: window.audios[0]!.paused,
      src: window.audios[0]!.getAttribute('src'),
    }));
    expect(audio).toMatchObject({ ended: false, paused: true, src: null });
    double.synthesisLength(250);
  });

  test('a failed synthesis says nothing and does not throw', async () => {
    double.failNextSynthesis(401);
    await page.evaluate(() => window.azure.output.speak('你好', 'zh-CN', { rate: 1, volume: 1 }));
    expect(await page.evaluate(() => window.played)).toEqual([]);
  });

  test('a token from the main side goes with synthesis and with the recognition websocket', async () => {
    await page.evaluate(() => window.startAzure(window.hosts.recognition, window.hosts.synthesis, {}, 'tok-1'));
    await page.evaluate(() => window.azure.output.speak('你好', 'zh-CN', { rate: 1, volume: 1 }));
    expect(double.syntheses.at(-1)!.headers.authorization).toBe('Bearer tok-1');
    const heard = page.evaluate(() =>
      window.azure.input!.listen({ language: 'zh-CN', phrases: [], timeoutMs: 15_000 }),
    );
    const turn = await double.listening();
    double.say('好');
    await heard;
    // A browser's websocket cannot carry headers: the SDK puts the token in the address.
    expect(new URL(turn.url, double.wsUrl).searchParams.get('Authorization')).toBe('Bearer tok-1');
  });

  test('says nothing in a language without a voice', async () => {
    await page.evaluate(() => window.startAzure(window.hosts.recognition, window.hosts.synthesis, { en: '' }));
    expect(await page.evaluate(() => window.azure.output.canSpeak('en'))).toBe(false);
    expect(await page.evaluate(() => window.azure.output.canSpeak('zh-HK'))).toBe(true);
  });
});

/**
 * A browser host of this spec's own (`npm run serve`), on a fresh data folder with `config`;
 * with `prerender`, the centre's fixed prompts are first rendered into its audio cache by
 * `admin prerender-speech`, as a centre does when it sets Azure up.
 */
async function startHost(
  config: unknown,
  { prerender = false } = {},
): Promise<{ url: string; dataDir: string; stop: () => Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'linli-azure-e2e-'));
  const configPath = join(dataDir, 'config.json');
  writeFileSync(configPath, JSON.stringify(config));
  if (prerender) {
    // Not spawnSync: the double answering its requests runs in this process.
    const admin = ['--import', 'tsx', 'main/cli/admin.ts', 'prerender-speech', '--data-dir', dataDir];
    const run = spawn(process.execPath, [...admin, '--config', configPath], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    run.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const code = await new Promise<number | null>((resolve) => run.once('exit', resolve));
    if (code !== 0) throw new Error(`prerender-speech failed: ${stderr}`);
  }
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', 'main/host/serve.ts', '--port', '0', '--data-dir', dataDir, '--config', configPath],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the host did not start: ${output}`)), 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const found = /Linli browser host: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output)?.[1];
      if (found === undefined) return;
      clearTimeout(timer);
      resolve(found);
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code: number | null) => reject(new Error(`the host exited (${code}): ${output}`)));
  });
  return {
    url,
    dataDir,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

test.describe('a resident completes a complaint by voice, through Azure Speech', () => {
  let double: AzureSpeechDouble;
  let host: Awaited<ReturnType<typeof startHost>>;
  let browser: Browser;

  test.beforeAll(async () => {
    double = await startAzureSpeechDouble();
    // A keyless speech container: both hosts, no region, no key.
    host = await startHost({
      speech: { provider: 'azure', azure: { recognitionHost: double.wsUrl, synthesisHost: double.httpUrl } },
    });
    browser = await launchChromium();
  });
  test.afterAll(async () => {
    await browser?.close();
    await host?.stop();
    await double?.close();
    if (host) rmSync(host.dataDir, { recursive: true, force: true });
  });

  test('in 简体中文: every prompt spoken by the zh-CN voice, every answer heard through the microphone', async () => {
    test.setTimeout(360_000);
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    // What would mean the page could not reach its speech service: a CSP refusal, a websocket failure.
    const problems: string[] = [];
    page.on('console', (m) =>
      /Content Security Policy|WebSocket/.test(m.text()) ? problems.push(m.text()) : undefined,
    );
    page.on('pageerror', (e) => problems.push(String(e)));
    /** Waits until the kiosk listens (its microphone's audio reaches the service), then the resident speaks. */
    const say = async (text: string) => {
      await double.listening(30_000).catch((error: Error) => {
        throw new Error(`${error.message}; the page said: ${problems.join(' | ') || 'nothing'}`);
      });
      double.say(text);
    };
    await page.goto(host.url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    await say('我要投诉楼上邻居半夜噪音');
    await expect(page.getByRole('heading', { name: '发生在哪里？' })).toBeVisible();
    await say('跳过');
    await expect(page.getByRole('heading', { name: '要留下联系方式吗？' })).toBeVisible();
    await say('不要');
    await expect(page.getByRole('heading', { name: '请核对您填写的内容' })).toBeVisible();
    await expect(page.getByText('楼上邻居半夜')).toBeVisible();
    await say('对');
    const ref = digitsOf((await page.getByTestId('reference-number').textContent()) ?? '');
    expect(ref).toMatch(/^\d{7}$/);

    // Spoken live by the zh-CN voice at the kiosk's default rate for older listeners (0.85 in the
    // SSML: no audio cache here), the welcome prompt first and the reference number last.
    const said = double.syntheses.map((s) => s.ssml);
    expect(said.length).toBeGreaterThanOrEqual(5);
    for (const ssml of said) {
      expect(ssml).toContain('xml:lang="zh-CN"><voice name="zh-CN-XiaoxiaoNeural"><prosody rate="0.85">');
    }
    expect(said[0]).toContain('轻触屏幕任意位置');
    // The reference digit by digit, in its two groups (never as a quantity).
    expect(said.some((ssml) => ssml.includes(spokenDigits(ref, 'zh-CN', 'reference')))).toBe(true);
    // Heard through Chromium's microphone, each turn with the step's phrase hints.
    const heard = double.turns.filter((t) => t.answered);
    expect(heard.map((t) => t.answered)).toEqual(['我要投诉楼上邻居半夜噪音', '跳过', '不要', '对']);
    for (const turn of heard) {
      expect(turn.url).toContain('language=zh-CN');
      expect(turn.peak).toBeGreaterThan(1000);
    }
    // The step's grammar as phrase hints: the kinds on the first screen, yes and no where the kiosk
    // asks, and the commands (repeat, back, help) on every turn.
    expect(heard[0]!.phrases).toEqual(expect.arrayContaining(['投诉', '建议', '办事', '再说一遍']));
    expect(heard[2]!.phrases).toEqual(expect.arrayContaining(['是', '不要', '再说一遍']));
    for (const turn of heard) expect(turn.phrases).toContain('再说一遍');
    // Each turn's websocket is closed once it has been heard.
    await expect.poll(() => double.openConnections).toBeLessThanOrEqual(1);
    expect(problems).toEqual([]);
    await page.close();

    await host.stop();
    const stored = readBack(host.dataDir).byRef.get(ref);
    expect(stored).toMatchObject({ kind: 'complaint', category: 'cmp.noise', language: 'zh-CN' });
    expect(stored!.description).toContain('楼上邻居半夜');
    expect(stored!.inputModes).toContain('voice');
  });
});

test.describe('with the fixed prompts prerendered into the audio cache', () => {
  let double: AzureSpeechDouble;
  let host: Awaited<ReturnType<typeof startHost>>;
  let browser: Browser;

  test.beforeAll(async () => {
    test.setTimeout(360_000);
    double = await startAzureSpeechDouble();
    host = await startHost(
      { speech: { provider: 'azure', azure: { recognitionHost: double.wsUrl, synthesisHost: double.httpUrl } } },
      { prerender: true },
    );
    browser = await launchChromium();
  });
  test.afterAll(async () => {
    await browser?.close();
    await host?.stop();
    await double?.close();
    if (host) rmSync(host.dataDir, { recursive: true, force: true });
  });

  test('the welcome prompt plays from the cache at the resident’s rate, and only new words are synthesized', async () => {
    test.setTimeout(360_000);
    // prerender-speech rendered each fixed prompt once, at the voice's own rate.
    const rendered = double.syntheses.length;
    expect(rendered).toBeGreaterThan(10);
    expect(double.syntheses.every((s) => s.ssml.includes('<prosody rate="1">'))).toBe(true);

    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.addInitScript(recordPlayback);
    await page.goto(host.url);
    await double.listening(30_000);
    const welcome = await page.evaluate(() => window.played[0]);
    expect(welcome).toMatchObject({ playbackRate: 0.85, preservesPitch: true, ended: true });
    expect(welcome!.src).toMatch(new RegExp(`^${host.url}speech-cache/[0-9a-f]{16}\\.mp3$`));
    expect(double.syntheses.length).toBe(rendered);

    // What the resident said is not a fixed prompt: the kiosk's echo of it is synthesized live, at 0.85.
    double.say('我要投诉楼上邻居半夜噪音');
    await expect(page.getByRole('heading', { name: '发生在哪里？' })).toBeVisible();
    await expect.poll(() => double.syntheses.length).toBeGreaterThan(rendered);
    const textOf = (ssml: string) => /<prosody rate="[\d.]+">(.*)<\/prosody>/.exec(ssml)?.[1];
    const cached = new Set(double.syntheses.slice(0, rendered).map((s) => textOf(s.ssml)));
    const live = double.syntheses.slice(rendered).map((s) => s.ssml);
    expect(live.every((ssml) => ssml.includes('<prosody rate="0.85">'))).toBe(true);
    expect(live.filter((ssml) => cached.has(textOf(ssml)))).toEqual([]);
    // The next screen's prompt is a fixed one: from the cache again.
    await expect.poll(() => page.evaluate(() => window.played.length)).toBeGreaterThanOrEqual(3);
    const fromCache = await page.evaluate(() => window.played.filter((p) => p.src.includes('/speech-cache/')));
    expect(fromCache.length).toBeGreaterThanOrEqual(2);
    await page.close();
  });
});

declare global {
  interface Window {
    azure: import('../../app/speech/types').SpeechProvider;
    startAzure(
      recognition: string,
      synthesis: string,
      voices?: Record<string, string>,
      token?: string | null,
    ): Promise<void>;
    hosts: { recognition: string; synthesis: string };
    played: {
      src: string;
      blob: boolean;
      playbackRate: number;
      preservesPitch: boolean;
      volume: number;
      ended: boolean;
    }[];
    audios: HTMLMediaElement[];
    lastSpeak: Promise<void>;
  }
}

/** Records every <audio> the page plays: as it was when play() was called, and whether it ended. */
function recordPlayback() {
  window.played = [];
  window.audios = [];
  const play = HTMLMediaElement.prototype.play;
  HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
    const record = {
      src: this.src,
      blob: this.src.startsWith('blob:'),
      playbackRate: this.playbackRate,
      preservesPitch: this.preservesPitch,
      volume: this.volume,
      ended: false,
    };
    window.played.push(record);
    window.audios.push(this);
    this.addEventListener('ended', () => {
      record.ended = true;
    });
    return play.call(this);
  };
}

/** The test page: the provider bundle and a KioskApi with only `speechToken` (a keyless container). */
const TEST_PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>Azure provider</title></head><body>
<script type="module">
import { createAzureSpeech } from './azure.js';
window.startAzure = async (recognition, synthesis, voices = {}, token = null) => {
  window.hosts = { recognition, synthesis };
  window.played = [];
  window.audios = [];
  const api = {
    speechToken: async () => ({ provider: 'azure', token, region: null, expiresAt: null,
      recognitionHost: recognition, synthesisHost: synthesis }),
  };
  const config = { speech: { provider: 'azure', voices: {
    'zh-CN': 'zh-CN-XiaoxiaoNeural', en: 'en-GB-SoniaNeural', 'zh-HK': 'zh-HK-HiuMaanNeural', ...voices } } };
  window.azure = await createAzureSpeech(config, api);
  const speak = window.azure.output.speak;
  window.azure.output.speak = (...args) => (window.lastSpeak = speak(...args));
};
</script></body></html>`;
