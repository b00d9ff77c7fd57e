import type Database from 'better-sqlite3';
import { createFieldCipher, type FieldCipher, SealedValueError } from '../crypto/fieldCipher';
import { DataKeyError, type KeyProvider } from '../crypto/keyProvider';

/** The settings row that proves a key is this database's: a constant sealed with it. */
const CHECK_SETTING = 'data-key.check';
const CHECK_TEXT = 'linli personal data key';
const CHECK_CONTEXT = 'settings.data-key.check';

/** The data key, and the cipher made from it that seals staff's notes (notes.ts). */
export interface DataKey {
  key: Buffer;
  cipher: FieldCipher;
}

/**
 * The cipher for this database's sealed values. A database that has never had
 * a key gets one (the provider makes it and a check value is stored beside the
 * data); one that has must find the same key again, or it is refused: a new
 * key would make everything already stored unreadable.
 */
export function unlockDataKey(db: Database.Database, keys: KeyProvider): DataKey {
  const select = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  const check = select.get(CHECK_SETTING)?.value;
  if (check === undefined) {
    const key = keys.load() ?? keys.create();
    const cipher = createFieldCipher(key);
    db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run(
      CHECK_SETTING,
      cipher.seal(CHECK_TEXT, CHECK_CONTEXT),
    );
    return { key, cipher };
  }
  const key = keys.load();
  if (key === null) {
    throw new DataKeyError(
      `The data key is missing (${keys.location}). Residents' names, phone numbers, descriptions and locations ` +
        'in this database are encrypted with it and cannot be read without it: put the key back from where it was kept.',
    );
  }
  const cipher = createFieldCipher(key);
  try {
    cipher.open(check, CHECK_CONTEXT);
  } catch (error) {
    if (!(error instanceof SealedValueError)) throw error;
    throw new DataKeyError(`The data key at ${keys.location} is not the one this database was encrypted with.`);
  }
  return { key, cipher };
}
