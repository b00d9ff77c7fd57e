import type Database from 'better-sqlite3';

/** One step of the schema; `version` is its number (0010, 0020, … in tens) and becomes `user_version`. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}
