import { rmSync } from 'node:fs';
import path from 'node:path';
import { safeStorage } from 'electron';
import { loadConfig } from '../config/config';
import { resolveConfigPath } from '../config/locate';
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

/** The staff notice (`staffNotices`) that the data key is sealed with a fixed password. */
export const KEY_STORE_BASIC_TEXT = 'key-store-basic-text';

export interface SafeStorageOptions {
  /** Config `electron.allowBasicTextKeyStore`: start even when Linux has no keyring (with a warning). */
  allowBasicText?: boolean;
  warn?: (message: string) => void;
}

export interface SafeStorageKeys extends KeyProvider {
  /** Whether the key is sealed with safeStorage's fixed password (accepted by the config): the console warns staff. */
  usesBasicText(): boolean;
}

/** The keeper of the data key for a data folder, as the config in that folder (`config.json`) allows. */
export function kioskKeyProvider(dataDir: string): SafeStorageKeys {
  const config = loadConfig(resolveConfigPath(undefined, dataDir));
  return safeStorageKeyProvider(dataDir, { allowBasicText: config.electron.allowBasicTextKeyStore });
}

/**
 * The Electron kiosk's data key, kept in `<dataDir>/linli.key.safe` sealed by
 * safeStorage: DPAPI on Windows, the Keychain on macOS, the secret service
 * (gnome-keyring, KWallet) on Linux. Only the same OS user on the same machine
 * can open it. A plain key file left by the browser host or the admin CLI is
 * sealed on first use and then removed. safeStorage needs the app to be ready.
 */
export function safeStorageKeyProvider(
  dataDir: string,
  { allowBasicText = false, warn = console.warn }: SafeStorageOptions = {},
): SafeStorageKeys {
  const file = path.join(dataDir, SEALED_KEY_FILE_NAME);
  const plainFile = path.join(dataDir, KEY_FILE_NAME);
  let basicText = false;

  function requireKeyStore(): void {
    if (!safeStorage.isEncryptionAvailable()) {
      throw new DataKeyError(
        `The operating system's key store is not available, so the data key (${file}) cannot be sealed or opened. ` +
          'On Linux, start a secret service (gnome-keyring or KWallet) in the kiosk session.',
      );
    }
    // Without a keyring Chromium seals with a fixed password: no better than a 0600 file.
    if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') {
      if (!allowBasicText) {
        throw new DataKeyError(
          'There is no keyring in this session, so the data key would be sealed with a fixed password ' +
            '(safeStorage "basic_text"), which protects it no better than file permissions. Start gnome-keyring ' +
            'or KWallet in the kiosk session, or accept this in config.json with ' +
            '"electron": { "allowBasicTextKeyStore": true }.',
        );
      }
      basicText = true;
      warn(
        'linli: no keyring in this session: the data key is sealed with a fixed password (safeStorage "basic_text"), ' +
          'accepted by electron.allowBasicTextKeyStore. Start gnome-keyring or KWallet in the kiosk session.',
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
    usesBasicText: () => basicText,
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
