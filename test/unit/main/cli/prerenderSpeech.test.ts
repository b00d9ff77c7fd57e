import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseConfig } from '../../../../main/config/config';
import { centrePrompts } from '../../../../main/speech/fixedPrompts';
import { type FakeAzure, startFakeAzure } from '../speech/fakeAzure';
import { useTempDir } from '../support';
import { runAdminHere, runAdminProcess } from './support';

const KEY = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';

describe('admin prerender-speech', () => {
  const temp = useTempDir();
  let azure: FakeAzure;
  /** One language keeps a whole run (every fixed prompt of it, some 370 requests) quick enough for a unit test. */
  const centre = { languages: ['en'], centreName: { en: 'East Lake Centre' } };
  const withDir = (...args: string[]) => [...args, '--data-dir', temp.dir];
  const cacheDir = () => temp.path('speech-cache');
  const promptCount = () => centrePrompts(parseConfig(centre)).length;

  function configure(speech: object): void {
    writeFileSync(temp.path('config.json'), JSON.stringify({ ...centre, speech }));
  }

  beforeEach(async () => {
    azure = await startFakeAzure(KEY);
    configure({ provider: 'azure', azure: { region: 'eastasia', tokenUrl: azure.tokenUrl, synthesisHost: azure.url } });
    vi.stubEnv('LINLI_AZURE_SPEECH_KEY', KEY);
  });
  afterEach(async () => {
    vi.unstubAllEnvs();
    await azure.close();
  });

  it('renders every fixed prompt, then nothing on a second run', async () => {
    const first = await runAdminHere(withDir('prerender-speech'));
    expect(first.stderr).toBe(`Rendered ${promptCount()}, kept 0, failed 0: ${cacheDir()}\n`);
    expect(first.code).toBe(0);
    expect(azure.problems).toEqual([]);
    expect(azure.synthesis).toHaveLength(promptCount());
    expect(new Set(azure.synthesis.map((r) => r.voice))).toEqual(new Set(['en-GB-SoniaNeural']));
    const manifest = JSON.parse(readFileSync(join(cacheDir(), 'manifest.json'), 'utf8'));
    expect(Object.keys(manifest.entries)).toHaveLength(promptCount());
    expect(readdirSync(cacheDir())).toHaveLength(promptCount() + 1);

    const second = await runAdminHere(withDir('prerender-speech'));
    expect(second).toEqual({
      code: 0,
      stdout: '',
      stderr: `Rendered 0, kept ${promptCount()}, failed 0: ${cacheDir()}\n`,
    });
    expect(azure.synthesis).toHaveLength(promptCount());
  });

  it('lists what it would render with --dry-run, and renders nothing', async () => {
    const result = await runAdminHere(withDir('prerender-speech', '--dry-run'));
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^key\s+language\s+voice\s+text$/);
    expect(lines).toHaveLength(promptCount() + 2);
    expect(result.stdout).toMatch(/[0-9a-f]{16}\s+en\s+en-GB-SoniaNeural\s+Welcome to East Lake Centre\n/);
    expect(result.stderr).toBe(`Would render ${promptCount()} prompts (0 already in ${cacheDir()}).\n`);
    expect(azure.synthesis.length + azure.tokenCalls).toBe(0);
    expect(existsSync(join(cacheDir(), 'manifest.json'))).toBe(false);
  });

  it('reports each prompt that failed and exits 1, keeping what was rendered', async () => {
    azure.failSynthesis = (request) => (request.text.startsWith('Welcome') ? 500 : null);
    const total = promptCount();
    const result = await runAdminHere(withDir('prerender-speech'));
    const failures = result.stderr.split('\n').filter((line) => line.startsWith('failed: '));
    expect(failures).toEqual([
      'failed: en "Welcome to East Lake Centre": HTTP 500',
      'failed: en "Welcome to East Lake Centre. Touch anywhere or press any ke…": HTTP 500',
      'failed: en "Welcome to East Lake Centre. A service, a complaint or a su…": HTTP 500',
    ]);
    expect(result.stderr).toContain(`Rendered ${total - 3}, kept 0, failed 3: ${cacheDir()}\n`);
    expect(result.stderr).toContain('linli admin: 3 prompts could not be rendered (listed above)');
    expect(result.code).toBe(1);
    const manifest = JSON.parse(readFileSync(join(cacheDir(), 'manifest.json'), 'utf8'));
    expect(Object.keys(manifest.entries)).toHaveLength(total - 3);

    azure.failSynthesis = () => null;
    const again = await runAdminHere(withDir('prerender-speech'));
    expect([again.code, again.stderr]).toEqual([0, `Rendered 3, kept ${total - 3}, failed 0: ${cacheDir()}\n`]);
  });

  it('exits 1 with one line naming the speech service when Azure refuses the key, never showing it', async () => {
    vi.stubEnv('LINLI_AZURE_SPEECH_KEY', 'not-the-right-key-42');
    const result = await runAdminHere(withDir('prerender-speech'));
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'linli admin: Nothing was rendered: speech: the Azure Speech service refused a token (HTTP 401): ' +
        'check the subscription key and region\n',
    });
    expect(azure.synthesis).toHaveLength(0);
  });

  it('says it needs the azure provider', async () => {
    configure({ provider: 'native' });
    const result = await runAdminHere(withDir('prerender-speech'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('speech.provider is "native"');
  });

  it('takes no options of other commands', async () => {
    const result = await runAdminHere(withDir('prerender-speech', '--yes'));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('prerender-speech does not take --yes');
  });

  it('runs as staff run it, from npm run -s admin', () => {
    const result = runAdminProcess(withDir('prerender-speech', '--dry-run'), {
      env: { LINLI_AZURE_SPEECH_KEY: KEY },
    });
    expect(result.stderr).toBe(`Would render ${promptCount()} prompts (0 already in ${cacheDir()}).\n`);
    expect(result.code).toBe(0);
  });
});
