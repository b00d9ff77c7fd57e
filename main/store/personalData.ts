import type Database from 'better-sqlite3';
import type { FieldCipher } from '../crypto/fieldCipher';

/**
 * The columns of `submissions` that hold a resident's personal details. The
 * whole database file is encrypted (database.ts), so they are stored as they
 * are, and SQL can search them; versions before that sealed each value.
 */
export const PERSONAL_COLUMNS = ['description', 'location', 'name', 'phone'] as const;

export interface PersonalData {
  description: string;
  location: string | null;
  name: string | null;
  phone: string | null;
}

/** How earlier versions bound each sealed value to its column and its submission's reference. */
const contextOf = (column: string, ref: string) => `submissions.${column}#${ref}`;

const openOne = (cipher: FieldCipher, column: string, ref: string, value: string | null) =>
  value === null ? null : cipher.open(value, contextOf(column, ref));

/** A row's personal details as an earlier version sealed them, opened; throws SealedValueError when one does not open. */
export function openPersonal(cipher: FieldCipher, row: PersonalData & { ref: string }): PersonalData {
  return {
    description: openOne(cipher, 'description', row.ref, row.description)!,
    location: openOne(cipher, 'location', row.ref, row.location),
    name: openOne(cipher, 'name', row.ref, row.name),
    phone: openOne(cipher, 'phone', row.ref, row.phone),
  };
}

/**
 * Opens the personal details that migration 0070 marked as still sealed, in
 * one transaction, and unmarks them; returns how many rows. A value that does
 * not open (damaged) throws, and nothing is changed: better a start refused
 * with the reason than a resident's details lost. Runs only on the encrypted
 * file, so the opened values never reach the disk in the clear.
 */
export function openSealedRows(db: Database.Database, cipher: FieldCipher): number {
  const select = db.prepare<[], PersonalData & { id: number; ref: string }>(
    `SELECT id, ref, description, location, name, phone FROM submissions
     WHERE id IN (SELECT submission_id FROM sealed_submissions)`,
  );
  const update = db.prepare(
    'UPDATE submissions SET description = @description, location = @location, name = @name, phone = @phone WHERE id = @id',
  );
  const unmark = db.prepare('DELETE FROM sealed_submissions WHERE submission_id = ?');
  const open = db.transaction(() => {
    // Read inside the write lock: another process may have opened them meanwhile.
    const rows = select.all();
    for (const row of rows) {
      update.run({ id: row.id, ...openPersonal(cipher, row) });
      unmark.run(row.id);
    }
    return rows.length;
  });
  return open.immediate();
}
