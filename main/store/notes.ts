import type Database from 'better-sqlite3';
import type { FieldCipher } from '../crypto/fieldCipher';

/**
 * The notes of a status change (`status_history`): staff's own note and the
 * public note the resident is shown. Staff write what they heard — a name, a
 * flat, a phone — so both are stored sealed like the personal details
 * (personalData.ts), each bound to its column and its submission's reference.
 */
export type NoteColumn = 'note' | 'public_note';

const contextOf = (column: NoteColumn, ref: string) => `status_history.${column}#${ref}`;

export function sealNote(cipher: FieldCipher, column: NoteColumn, ref: string, value: string | null): string | null {
  return value === null ? null : cipher.seal(value, contextOf(column, ref));
}

/** Throws SealedValueError when the value does not open. */
export function openNote(cipher: FieldCipher, column: NoteColumn, ref: string, value: string | null): string | null {
  return value === null ? null : cipher.open(value, contextOf(column, ref));
}

/** A history row's notes opened, for a row read together with its submission's `ref`. */
export function openNotes<Row extends { ref: string; note: string | null; public_note: string | null }>(
  cipher: FieldCipher,
  row: Row,
): Row {
  return {
    ...row,
    note: openNote(cipher, 'note', row.ref, row.note),
    public_note: openNote(cipher, 'public_note', row.ref, row.public_note),
  };
}

/**
 * Seals the notes that migration 0050 marked as stored in plain text, in one
 * transaction, and unmarks them; returns how many rows. Then moves the WAL
 * into the (secure_delete) main file, so the plain text stays in neither.
 * The same pattern as encryptLegacyRows: a row stays marked until its
 * encryption has committed.
 */
export function encryptLegacyNotes(db: Database.Database, cipher: FieldCipher): number {
  const rows = db
    .prepare(
      `SELECT h.id, s.ref, h.note, h.public_note FROM status_history h JOIN submissions s ON s.id = h.submission_id
       WHERE h.id IN (SELECT history_id FROM plaintext_notes)`,
    )
    .all() as { id: number; ref: string; note: string | null; public_note: string | null }[];
  if (rows.length === 0) return 0;
  const update = db.prepare('UPDATE status_history SET note = ?, public_note = ? WHERE id = ?');
  const unmark = db.prepare('DELETE FROM plaintext_notes WHERE history_id = ?');
  const encrypt = db.transaction(() => {
    for (const row of rows) {
      // Read again inside the write lock: another process may have sealed it meanwhile.
      if (unmark.run(row.id).changes === 0) continue;
      update.run(
        sealNote(cipher, 'note', row.ref, row.note),
        sealNote(cipher, 'public_note', row.ref, row.public_note),
        row.id,
      );
    }
  });
  encrypt.immediate();
  db.pragma('wal_checkpoint(TRUNCATE)');
  return rows.length;
}
