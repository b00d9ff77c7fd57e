import type Database from 'better-sqlite3';

/** Small named values kept with the data (the staff PIN hash, the lockout state). */
export function createSettings(db: Database.Database) {
  const select = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  const upsert = db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  const remove = db.prepare('DELETE FROM settings WHERE key = ?');

  return {
    get(key: string): string | undefined {
      return select.get(key)?.value;
    },
    set(key: string, value: string): void {
      upsert.run(key, value);
    },
    delete(key: string): void {
      remove.run(key);
    },
  };
}
