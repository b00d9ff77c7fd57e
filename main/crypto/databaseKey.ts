import { hkdfSync } from 'node:crypto';
import { DATA_KEY_BYTES } from './fieldCipher';

/** HKDF's `info`: the database file gets its own key, derived from the data key, never the data key itself. */
const INFO = 'linli database file v1';

/**
 * The key that encrypts the whole database file (SQLCipher 4's format, through
 * SQLite3 Multiple Ciphers), derived from the data key that the key provider
 * keeps (key file or the OS's safe storage): one secret to keep and back up,
 * two keys that never meet (the other seals notes field by field).
 */
export function databaseKeyOf(dataKey: Buffer): Buffer {
  if (dataKey.length !== DATA_KEY_BYTES) throw new Error(`The data key must be ${DATA_KEY_BYTES} bytes`);
  return Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), INFO, DATA_KEY_BYTES));
}

/**
 * The `PRAGMA key` / `rekey` value: SQLCipher's raw-key syntax, `x'<64 hex digits>'`, so the key is used as
 * it is (it is random already) and opening the database costs no key stretching.
 */
export const rawKeyPragma = (key: Buffer): string => `"x'${key.toString('hex')}'"`;
