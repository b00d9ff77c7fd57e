// Electron cannot run here (no binary, no display), so `electron` is replaced by a
// recording fake (./fakeElectron.ts). Its safeStorage is a stand-in for the OS key
// store (reversible, not encryption): what is tested is how the key is kept with it.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DataKeyError, encodeKeyFile, fileKeyProvider, newDataKey } from '../../../../main/crypto/keyProvider';
import { safeStorageKeyProvider } from '../../../../main/electron/safeStorageKey';
import { openStore } from '../../../../main/store/store';
import { fakeClock, tempDir } from '../support';
import { fake } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).electron);

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  fake.reset();
  ({ dir, cleanup } = tempDir());
});
afterEach(() => cleanup());

const sealedFile = () => join(dir, 'linli.key.safe');

describe("the Electron kiosk's data key (safeStorage)", () => {
  it('is made on first start and kept only sealed by the OS, in a 0600 file', () => {
    const keys = safeStorageKeyProvider(dir);
    expect(keys.load()).toBeNull();
    const key = keys.create();
    const onDisk = readFileSync(sealedFile());
    expect(onDisk.includes(Buffer.from(key.toString('base64')))).toBe(false);
    expect(fake.safeStorage.decryptString(onDisk)).toBe(encodeKeyFile(key));
    if (process.platform !== 'win32') expect(statSync(sealedFile()).mode & 0o777).toBe(0o600);
    expect(existsSync(join(dir, 'linli.key'))).toBe(false);
    expect(safeStorageKeyProvider(dir).load()).toEqual(key);
  });

  it('opens the store it was made for, and the store refuses to start without it', () => {
    const keys = safeStorageKeyProvider(dir);
    const store = openStore({ dataDir: dir, now: fakeClock().now, random: Math.random, keys });
    store.close();
    expect(existsSync(sealedFile())).toBe(true);
    fake.safeStorage.available = false;
    expect(() => openStore({ dataDir: dir, now: fakeClock().now, random: Math.random, keys })).toThrow(
      /key store is not available/,
    );
  });

  it('seals a key file left by the browser host or the admin CLI, then removes the plain one', () => {
    const key = fileKeyProvider(join(dir, 'linli.key')).create();
    expect(safeStorageKeyProvider(dir).load()).toEqual(key);
    expect(existsSync(join(dir, 'linli.key'))).toBe(false);
    expect(fake.safeStorage.decryptString(readFileSync(sealedFile()))).toBe(encodeKeyFile(key));
  });

  it('refuses a key sealed for another user or machine', () => {
    writeFileSync(sealedFile(), 'sealed elsewhere', { mode: 0o600 });
    expect(() => safeStorageKeyProvider(dir).load()).toThrow(DataKeyError);
    expect(() => safeStorageKeyProvider(dir).load()).toThrow(/another user or machine/);
  });

  it('makes no key when the OS has no key store, rather than keep it in the clear', () => {
    fake.safeStorage.available = false;
    expect(() => safeStorageKeyProvider(dir).create()).toThrow(/key store is not available/);
    expect(existsSync(sealedFile())).toBe(false);
    writeFileSync(join(dir, 'linli.key'), encodeKeyFile(newDataKey()), { mode: 0o600 });
    expect(() => safeStorageKeyProvider(dir).load()).toThrow(/key store is not available/);
    expect(existsSync(join(dir, 'linli.key'))).toBe(true);
  });

  it.runIf(process.platform === 'linux')('refuses to seal with a fixed password when Linux has no keyring', () => {
    fake.safeStorage.backend = 'basic_text';
    expect(() => safeStorageKeyProvider(dir).create()).toThrow(DataKeyError);
    expect(() => safeStorageKeyProvider(dir).create()).toThrow(/basic_text.*allowBasicTextKeyStore/s);
    expect(existsSync(sealedFile())).toBe(false);
  });

  it.runIf(process.platform === 'linux')('seals so when the config accepts it, with a warning', () => {
    fake.safeStorage.backend = 'basic_text';
    const warnings: string[] = [];
    const keys = safeStorageKeyProvider(dir, { allowBasicText: true, warn: (m) => void warnings.push(m) });
    expect(keys.usesBasicText()).toBe(false);
    keys.create();
    expect(warnings.join()).toMatch(/basic_text/);
    expect(keys.usesBasicText()).toBe(true);
  });
});
