import Database from 'better-sqlite3';
import { migrate } from '../../../../../main/store/migrate';
import { MIGRATIONS } from '../../../../../main/store/migrations';

/** A database as the Linli of schema `version` left it: the migrations up to that version, none after. */
export function databaseAt(file: string, version: number): Database.Database {
  const db = new Database(file);
  const upToVersion = MIGRATIONS.filter((m) => m.version <= version);
  migrate(db, upToVersion);
  return db;
}
