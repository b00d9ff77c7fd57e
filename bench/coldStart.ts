import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { launchChromium, START, VIEWPORT } from './browser';
import { scratchDir, startHost } from './host';
import type { Figure } from './results';
import { median } from './stats';

/** What the Speech SDK's code carries (web-speech-cognitive-services, microsoft-cognitiveservices-speech-sdk). */
const SPEECH_SDK = /microsoft-cognitiveservices-speech|cognitiveservices|SpeechSDK|SpeechTranslationConfig/;

/** The host bundled by esbuild, as a deployment could ship it: no TypeScript to compile at start. */
async function bundleHost(): Promise<string> {
  // At the same depth as main/host/, so serve.ts finds dist/renderer by the same relative path.
  const outfile = 'dist/bench-host/serve.mjs';
  await build({
    entryPoints: ['main/host/serve.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    external: ['better-sqlite3'],
    logLevel: 'warning',
  });
  return outfile;
}

interface Start {
  listeningMs: number;
  interactiveMs: number;
  scriptBytes: number;
  gzipBytes: number;
  speechSdk: boolean;
}

async function coldStart(entry: string, browser: Awaited<ReturnType<typeof launchChromium>>): Promise<Start> {
  const t0 = performance.now();
  const host = await startHost(scratchDir('cold'), entry);
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    const scripts: Promise<Buffer>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.body());
    });
    // Not the load event: that waits for every subset of the Chinese font, which the screen does not.
    await page.goto(host.url, { waitUntil: 'commit' });
    await page.getByRole('button', { name: START }).waitFor();
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
    const interactiveMs = performance.now() - t0;
    const bodies = await Promise.all(scripts);
    return {
      listeningMs: host.listeningMs,
      interactiveMs,
      scriptBytes: bodies.reduce((n, b) => n + b.length, 0),
      gzipBytes: bodies.reduce((n, b) => n + gzipSync(b).length, 0),
      speechSdk: bodies.some((b) => SPEECH_SDK.test(b.toString('latin1'))),
    };
  } finally {
    await context.close();
    await host.stop();
  }
}

export async function measureColdStart(runs = 5): Promise<Figure[]> {
  const bundled = await bundleHost();
  const browser = await launchChromium();
  try {
    const tsx: Start[] = [];
    const esb: Start[] = [];
    for (let i = 0; i < runs; i++) {
      tsx.push(await coldStart('main/host/serve.ts', browser));
      esb.push(await coldStart(bundled, browser));
    }
    const last = tsx.at(-1)!;
    const runsNote = `median of ${runs}; a fresh data folder and browser context each; Chromium already running`;
    return [
      {
        section: 'cold start',
        name: 'npm run serve (tsx) → welcome interactive',
        value: median(tsx.map((s) => s.interactiveMs)),
        unit: 'ms',
        target: { max: 1000, text: '≤ 1 s' },
        note: `${runsNote}; listening after ${median(tsx.map((s) => s.listeningMs)).toFixed(0)} ms`,
      },
      {
        section: 'cold start',
        name: 'bundled host (esbuild) → welcome interactive',
        value: median(esb.map((s) => s.interactiveMs)),
        unit: 'ms',
        target: { max: 1000, text: '≤ 1 s' },
        note: `listening after ${median(esb.map((s) => s.listeningMs)).toFixed(0)} ms`,
      },
      {
        section: 'cold start',
        name: 'JS before welcome, gzipped',
        value: last.gzipBytes / 1024,
        unit: 'KB',
        target: { max: 250, text: '≤ 250 KB' },
        note: `${(last.scriptBytes / 1024).toFixed(0)} KB as served`,
      },
      {
        section: 'cold start',
        name: 'Speech SDK in it',
        value: tsx.some((s) => s.speechSdk) ? 1 : 0,
        unit: 'count',
        target: { max: 0, text: 'never' },
      },
    ];
  } finally {
    await browser.close();
  }
}
