import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { databaseKeyOf, rawKeyPragma } from '../../../../main/crypto/databaseKey';
import { createFieldCipher, type FieldCipher } from '../../../../main/crypto/fieldCipher';
import { fileKeyProvider, KEY_FILE_NAME, type KeyProvider } from '../../../../main/crypto/keyProvider';
import type { PersonalData } from '../../../../main/store/personalData';

/** The data key file in `dir`, as openStore uses it by default. */
export const keysIn = (dir: string): KeyProvider => fileKeyProvider(join(dir, KEY_FILE_NAME));

/** An encrypted Linli database opened directly with the key file beside it: what a test reads back as it is. */
export function openEncrypted(file: string, options: Database.Options = {}): Database.Database {
  const key = keysIn(dirname(file)).load();
  if (key === null) throw new Error(`no key beside ${file}`);
  const db = new Database(file, options);
  db.pragma(`cipher = 'sqlcipher'`);
  db.pragma('legacy = 4');
  db.pragma(`key = ${rawKeyPragma(databaseKeyOf(key))}`);
  return db;
}

/** The cipher of the key file in `dir`, made if missing: what earlier versions sealed values with. */
export const cipherIn = (dir: string): FieldCipher => {
  const keys = keysIn(dir);
  return createFieldCipher(keys.load() ?? keys.create());
};

/** Personal details sealed value by value, as versions before whole-file encryption stored them. */
export function sealedAsBefore(cipher: FieldCipher, ref: string, data: PersonalData): PersonalData {
  const seal = (column: string, value: string | null) =>
    value === null ? null : cipher.seal(value, `submissions.${column}#${ref}`);
  return {
    description: seal('description', data.description)!,
    location: seal('location', data.location),
    name: seal('name', data.name),
    phone: seal('phone', data.phone),
  };
}

/**
 * The bytes of the database's pages as SQLite sees them once decrypted: a copy of the (closed,
 * checkpointed) file with its encryption taken off (`rekey` to no key), read whole. Shows what the
 * file would give away to someone who has the key, such as removed details left in free pages.
 */
export function decryptedBytes(file: string): Buffer {
  const copy = `${file}.decrypted-copy`;
  copyFileSync(file, copy);
  try {
    const db = openEncrypted(copy);
    db.pragma('journal_mode = DELETE');
    db.pragma(`rekey = ''`);
    db.close();
    return readFileSync(copy);
  } finally {
    rmSync(copy, { force: true });
  }
}
