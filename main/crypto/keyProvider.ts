import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { DATA_KEY_BYTES } from './fieldCipher';

/**
 * Where the data key that encrypts residents' personal details is kept. The
 * browser host and the admin CLI use a key file (fileKeyProvider); the Electron
 * kiosk keeps it sealed by the operating system (main/electron/safeStorageKey.ts).
 */
export interface KeyProvider {
  /** Where the key is, for messages to staff: a path. */
  readonly location: string;
  /** The data key, or null when none has been made here yet. Throws DataKeyError when it is there but unusable. */
  load(): Buffer | null;
  /** Makes a new data key, keeps it, and returns it. Only called while the database holds nothing encrypted. */
  create(): Buffer;
}

/** The data key cannot be had, or does not open this database: nothing personal could be read or written. */
export class DataKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataKeyError';
  }
}

export const KEY_FILE_NAME = 'linli.key';
/** The Electron kiosk's data key, sealed by the OS (main/electron/safeStorageKey.ts). */
export const SEALED_KEY_FILE_NAME = 'linli.key.safe';
const HEADER = 'linli data key v1';

/** A fresh random data key. */
export const newDataKey = (): Buffer => randomBytes(DATA_KEY_BYTES);

/** The key file's text: a header line naming the format, then the key in base64. */
export function encodeKeyFile(key: Buffer): string {
  return `${HEADER}\n${key.toString('base64')}\n`;
}

export function decodeKeyFile(text: string, location: string): Buffer {
  const [header, body] = text.split(/\r?\n/);
  const key = Buffer.from(body ?? '', 'base64');
  if (header !== HEADER || key.length !== DATA_KEY_BYTES) {
    throw new DataKeyError(`${location}: is not a Linli data key file`);
  }
  return key;
}

/** Writes `text` to a new file readable and writable by its owner only; false when the file already exists. */
export function writeNewPrivateFile(file: string, text: string | Buffer): boolean {
  let fd: number;
  try {
    // 'wx': never overwrite a key that is there (two processes starting at once keep the first one's).
    fd = openSync(file, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, typeof text === 'string' ? Buffer.from(text, 'utf8') : text);
  } finally {
    closeSync(fd);
  }
  chmodSync(file, 0o600); // the umask may have taken bits away, never added them; this states the intent
  return true;
}

/** Refuses a key file that others may read, as ssh refuses such a private key (POSIX modes only). */
function checkPrivate(file: string): void {
  if (process.platform === 'win32') return;
  const mode = statSync(file).mode & 0o777;
  if ((mode & 0o077) !== 0) {
    throw new DataKeyError(
      `${file}: the data key may be read by other users (mode ${mode.toString(8)}); ` +
        `make it private with \`chmod 600 ${file}\` and start again`,
    );
  }
}

/** The file's bytes, or null when there is no such file. */
export function readIfExists(file: string): Buffer | null {
  try {
    return readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** No key file; but if the Electron kiosk's sealed key is beside it, only the kiosk app can open it: say so. */
function refuseSealedKey(file: string): null {
  if (readIfExists(path.join(path.dirname(file), SEALED_KEY_FILE_NAME)) === null) return null;
  throw new DataKeyError(
    `The data key of ${path.dirname(file)} is sealed by the operating system for the Electron kiosk ` +
      `(${SEALED_KEY_FILE_NAME}); only the kiosk app can open it. Run the admin command through it: ` +
      '`linli --admin <command>` (README, "Staff").',
  );
}

/** The browser host's and the admin CLI's key: a file of mode 0600, made on first start. */
export function fileKeyProvider(file: string): KeyProvider {
  return {
    location: file,
    load() {
      const bytes = readIfExists(file);
      if (bytes === null) return refuseSealedKey(file);
      checkPrivate(file);
      return decodeKeyFile(bytes.toString('utf8'), file);
    },
    create() {
      const key = newDataKey();
      if (writeNewPrivateFile(file, encodeKeyFile(key))) return key;
      return this.load()!; // another process made it first
    },
  };
}
