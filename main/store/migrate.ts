import type Database from 'better-sqlite3';
import type { Migration } from './migrations/migration';

/** A database written by a newer Linli: refused, so this version cannot damage data it does not understand. */
export class StoreVersionError extends Error {
  constructor(
    readonly file: string,
    readonly found: number,
    readonly known: number,
  ) {
    super(
      `${file}: the database is from a newer version of Linli (schema ${found}; this version knows up to ${known}). ` +
        'It was not opened: upgrade Linli, or restore a backup made by this version.',
    );
    this.name = 'StoreVersionError';
  }
}

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Applies the migrations the database lacks, each in its own transaction together with its `user_version`. */
export function migrate(db: Database.Database, migrations: readonly Migration[]): void {
  const latest = migrations.at(-1)?.version ?? 0;
  for (const migration of migrations) {
    const apply = db.transaction(() => {
      // Read inside the write lock: another process (the admin CLI) may have migrated meanwhile.
      const current = schemaVersion(db);
      if (current > latest) throw new StoreVersionError(db.name, current, latest);
      if (current >= migration.version) return;
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    });
    apply.immediate();
  }
}
