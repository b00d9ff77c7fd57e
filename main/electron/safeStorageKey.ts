import { rmSync } from 'node:fs';
import path from 'node:path';
import { safeStorage } from 'electron';
import {
  DataKeyError,
  decodeKeyFile,
  encodeKeyFile,
  fileKeyProvider,
  KEY_FILE_NAME,
  type KeyProvider,
  newDataKey,
  readIfExists,
  SEALED_KEY_FILE_NAME,
  writeNewPrivateFile,
} from '../crypto/keyProvider';

/**
 * The Electron kiosk's data key, kept in `<dataDir>/linli.key.safe` sealed by
 * safeStorage: DPAPI on Windows, the Keychain on macOS, the secret service
 * (gnome-keyring, KWallet) on Linux. Only the same OS user on the same machine
 * can open it. A plain key file left by the browser host or the admin CLI is
 * sealed on first use and then removed. safeStorage needs the app to be ready.
 */
export function safeStorageKeyProvider(dataDir: string, warn: (message: string) => void = console.warn): KeyProvider {
  const file = path.join(dataDir, SEALED_KEY_FILE_NAME);
  const plainFile = path.join(dataDir, KEY_FILE_NAME);

  function requireKeyStore(): void {
    if (!safeStorage.isEncryptionAvailable()) {
      throw new DataKeyError(
        `The operating system's key store is not available, so the data key (${file}) cannot be sealed or opened. ` +
          'On Linux, start a secret service (gnome-keyring or KWallet) in the kiosk session.',
      );
    }
    // Without a keyring Chromium seals with a fixed password: no better than a 0600 file. Say so, do not stop a kiosk.
    if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') {
      warn(
        'linli: no keyring in this session: the data key is sealed with a fixed password (safeStorage "basic_text"), ' +
          'which protects it no better than file permissions. Start gnome-keyring or KWallet in the kiosk session.',
      );
    }
  }

  function seal(key: Buffer): boolean {
    return writeNewPrivateFile(file, safeStorage.encryptString(encodeKeyFile(key)));
  }

  function adoptPlainKeyFile(): Buffer | null {
    const key = fileKeyProvider(plainFile).load();
    if (key === null) return null;
    requireKeyStore();
    seal(key);
    rmSync(plainFile); // only once the sealed copy is on disk
    return key;
  }

  return {
    location: file,
    load() {
      const sealed = readIfExists(file);
      if (sealed === null) return adoptPlainKeyFile();
      requireKeyStore();
      let text: string;
      try {
        text = safeStorage.decryptString(sealed);
      } catch {
        throw new DataKeyError(
          `${file}: the operating system's key store cannot open the data key (it was sealed for another user or machine)`,
        );
      }
      return decodeKeyFile(text, file);
    },
    create() {
      requireKeyStore();
      const key = newDataKey();
      return seal(key) ? key : this.load()!;
    },
  };
}
