import Database from 'better-sqlite3';
import { openDatabase } from '../../../../../main/store/database';
import { migrate } from '../../../../../main/store/migrate';
import { MIGRATIONS } from '../../../../../main/store/migrations';
import { digitSuffixes, textGrams } from '../../../../../main/store/textIndex';
import { useTempDir } from '../../support';
import { keysIn } from '../databaseFiles';

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

/** The schema a database had just before migration `version`. */
export const versionBefore = (version: number): number => MIGRATIONS.filter((m) => m.version < version).at(-1)!.version;

/**
 * One database file in a temp folder of each test, opened the two ways a migration test needs: as the Linli
 * of an older schema left it (`at`, unencrypted, as those versions wrote it), and as Linli opens it today
 * (`open`: encrypted, every migration applied, the store's functions registered).
 */
export function useMigrationDatabase() {
  const temp = useTempDir();
  const file = () => temp.path('linli.sqlite');
  return {
    /** The data folder (for openStore). */
    get dir() {
      return temp.dir;
    },
    open: (): Database.Database => openDatabase(file(), keysIn(temp.dir)),
    at: (version: number): Database.Database => databaseAt(file(), version),
  };
}
