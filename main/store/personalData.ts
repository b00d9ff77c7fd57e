import type Database from 'better-sqlite3';
import type { FieldCipher } from '../crypto/fieldCipher';

/** The columns of `submissions` that hold a resident's personal details: stored only encrypted. */
export const PERSONAL_COLUMNS = ['description', 'location', 'name', 'phone'] as const;

export interface PersonalData {
  description: string;
  location: string | null;
  name: string | null;
  phone: string | null;
}

/** Each value is bound to its column and its submission's reference, so it cannot be moved to another. */
const contextOf = (column: string, ref: string) => `submissions.${column}#${ref}`;

const sealOne = (cipher: FieldCipher, column: string, ref: string, value: string | null) =>
  value === null ? null : cipher.seal(value, contextOf(column, ref));

const openOne = (cipher: FieldCipher, column: string, ref: string, value: string | null) =>
  value === null ? null : cipher.open(value, contextOf(column, ref));

export function sealPersonal(cipher: FieldCipher, ref: string, data: PersonalData): PersonalData {
  return {
    description: sealOne(cipher, 'description', ref, data.description)!,
    location: sealOne(cipher, 'location', ref, data.location),
    name: sealOne(cipher, 'name', ref, data.name),
    phone: sealOne(cipher, 'phone', ref, data.phone),
  };
}

/** A row with its personal details decrypted; throws SealedValueError when one does not open. */
export function openPersonal<Row extends PersonalData & { ref: string }>(cipher: FieldCipher, row: Row): Row {
  return {
    ...row,
    description: openOne(cipher, 'description', row.ref, row.description)!,
    location: openOne(cipher, 'location', row.ref, row.location),
    name: openOne(cipher, 'name', row.ref, row.name),
    phone: openOne(cipher, 'phone', row.ref, row.phone),
  };
}

/**
 * Encrypts the rows that migration 0020 marked as stored in plain text, in one
 * transaction, and unmarks them; returns how many. Then moves the WAL into the
 * main file (secure_delete overwrites the old pages), so the plain text does
 * not stay behind in either file.
 */
export function encryptLegacyRows(db: Database.Database, cipher: FieldCipher): number {
  const rows = db
    .prepare(
      `SELECT id, ref, description, location, name, phone FROM submissions
       WHERE id IN (SELECT submission_id FROM plaintext_submissions)`,
    )
    .all() as (PersonalData & { id: number; ref: string })[];
  if (rows.length === 0) return 0;
  const update = db.prepare(
    'UPDATE submissions SET description = @description, location = @location, name = @name, phone = @phone WHERE id = @id',
  );
  const unmark = db.prepare('DELETE FROM plaintext_submissions WHERE submission_id = ?');
  const encrypt = db.transaction(() => {
    for (const row of rows) {
      // Read again inside the write lock: another process may have encrypted it meanwhile.
      if (unmark.run(row.id).changes === 0) continue;
      update.run({ id: row.id, ...sealPersonal(cipher, row.ref, row) });
    }
  });
  encrypt.immediate();
  db.pragma('wal_checkpoint(TRUNCATE)');
  return rows.length;
}
