import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../../main/config/config';
import { readSpeechKey } from '../../../../main/speech/speechKey';
import { configErrorFrom } from '../config/support';
import { useTempDir } from '../support';

const KEY = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';

describe('the Azure Speech subscription key', () => {
  const temp = useTempDir();
  const configPath = () => temp.path('config.json');

  const speech = (azure: object = { region: 'eastasia' }, provider = 'azure') =>
    parseConfig({ speech: { provider, azure } }).speech;

  function keyFile(name: string, text: string, mode = 0o600): void {
    mkdirSync(temp.path('secret'), { recursive: true });
    writeFileSync(temp.path(name), text);
    chmodSync(temp.path(name), mode);
  }

  it('comes from LINLI_AZURE_SPEECH_KEY first', () => {
    keyFile('secret/azure.key', 'from-the-file-0123456789\n');
    const fromEnv = readSpeechKey(
      speech({ region: 'eastasia', keyFile: 'secret/azure.key' }),
      { LINLI_AZURE_SPEECH_KEY: ` ${KEY}\n` },
      configPath(),
    );
    expect(fromEnv).toBe(KEY);
  });

  it('else from keyFile, relative to the config file, trimmed', () => {
    keyFile('secret/azure.key', `\uFEFF${KEY}\r\n`);
    expect(readSpeechKey(speech({ region: 'eastasia', keyFile: 'secret/azure.key' }), {}, configPath())).toBe(KEY);
  });

  it('is none when not given (a speech container needs none), or when the provider is not azure', () => {
    expect(readSpeechKey(speech(), {}, configPath())).toBeNull();
    expect(
      readSpeechKey(speech({ keyFile: 'missing.key' }, 'off'), { LINLI_AZURE_SPEECH_KEY: KEY }, configPath()),
    ).toBeNull();
  });

  it('stops the start naming speech.azure.keyFile when the file is missing, shared or not a key, never showing it', () => {
    const missing = configErrorFrom(() =>
      readSpeechKey(speech({ region: 'eastasia', keyFile: 'nope.key' }), {}, configPath()),
    );
    expect(missing.field).toBe('speech.azure.keyFile');
    expect(missing.message).toContain('does not exist');

    keyFile('shared.key', KEY, 0o644);
    const shared = configErrorFrom(() =>
      readSpeechKey(speech({ region: 'eastasia', keyFile: 'shared.key' }), {}, configPath()),
    );
    expect(shared.message).toContain('may be read by other users (mode 644)');
    expect(shared.message).toContain('chmod 600');

    keyFile('two.key', `${KEY}\nsecond line`);
    const two = configErrorFrom(() =>
      readSpeechKey(speech({ region: 'eastasia', keyFile: 'two.key' }), {}, configPath()),
    );
    expect(two.message).toContain('must hold only the subscription key');
    for (const error of [missing, shared, two]) expect(error.message).not.toContain(KEY);
  });

  it('refuses a key with spaces in the environment, without showing it', () => {
    const error = configErrorFrom(() =>
      readSpeechKey(speech(), { LINLI_AZURE_SPEECH_KEY: 'abc def ghi jkl' }, configPath()),
    );
    expect(error.message).toBe(
      'LINLI_AZURE_SPEECH_KEY: is not a subscription key (8 to 256 printable characters, no spaces)',
    );
  });
});
