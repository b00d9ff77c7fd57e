import Database from 'better-sqlite3';
import { migrate } from '../../../../../main/store/migrate';
import { MIGRATIONS } from '../../../../../main/store/migrations';
import { digitSuffixes, textGrams } from '../../../../../main/store/textIndex';

/** A database as the Linli of schema `version` left it: the migrations up to that version, none after. */
export function databaseAt(file: string, version: number): Database.Database {
  const db = new Database(file);
  // The text index's triggers (0120) call it, as on every connection Linli opens (database.ts).
  db.function('linli_grams', { deterministic: true }, (text: unknown) =>
    typeof text === 'string' ? textGrams(text) : text,
  );
  db.function('linli_digits', { deterministic: true, varargs: true }, digitSuffixes);
  const upToVersion = MIGRATIONS.filter((m) => m.version <= version);
  migrate(db, upToVersion);
  return db;
}
