import { chmodSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DataKeyError, encodeKeyFile, fileKeyProvider, newDataKey } from '../../../../main/crypto/keyProvider';
import { useTempDir } from '../support';

const posix = process.platform !== 'win32';

describe('the key file (browser host and admin CLI)', () => {
  const temp = useTempDir();
  const file = () => temp.path('linli.key');

  it('is made on first start, readable and writable by its owner only', () => {
    const keys = fileKeyProvider(file());
    expect(keys.load()).toBeNull();
    const key = keys.create();
    expect(key).toHaveLength(32);
    if (posix) expect(statSync(file()).mode & 0o777).toBe(0o600);
    expect(keys.load()).toEqual(key);
    expect(readFileSync(file(), 'utf8')).toMatch(/^linli data key v1\n[A-Za-z0-9+/]{43}=\n$/);
  });

  it('is never replaced: a second start keeps the first key', () => {
    const first = fileKeyProvider(file()).create();
    expect(fileKeyProvider(file()).create()).toEqual(first);
    expect(fileKeyProvider(file()).load()).toEqual(first);
  });

  it.runIf(posix)('is refused while other users may read it, saying how to fix it', () => {
    writeFileSync(file(), encodeKeyFile(newDataKey()));
    chmodSync(file(), 0o644);
    expect(() => fileKeyProvider(file()).load()).toThrow(DataKeyError);
    expect(() => fileKeyProvider(file()).load()).toThrow(`chmod 600 ${file()}`);
  });

  it('is refused when it is not a key file', () => {
    writeFileSync(file(), 'hello\n', { mode: 0o600 });
    expect(() => fileKeyProvider(file()).load()).toThrow(/not a Linli data key file/);
    expect(existsSync(file())).toBe(true);
  });
});
