import type { Migration } from './migration';

/**
 * From this version the whole database file is encrypted (database.ts), so
 * SQL can search and sort residents' personal details, which until now were
 * sealed value by value. Opening the sealed values needs the data key, which
 * migrations do not have: this migration only marks the submissions whose
 * details are still sealed (`sealed_submissions`), and openStore opens them in
 * one transaction before anything else reads them (openSealedRows in
 * personalData.ts). Rows an earlier version still held in plain text
 * (`plaintext_submissions`) need nothing more: that table goes.
 *
 * The values are opened only once the file is encrypted: a database of an
 * earlier version is migrated and then encrypted before openStore sees it.
 */
export const wholeFileEncryption: Migration = {
  version: 70,
  name: 'whole-file-encryption',
  up(db) {
    db.exec(`
      CREATE TABLE sealed_submissions (
        submission_id INTEGER PRIMARY KEY REFERENCES submissions (id) ON DELETE CASCADE
      ) STRICT;
      INSERT INTO sealed_submissions (submission_id)
        SELECT id FROM submissions WHERE id NOT IN (SELECT submission_id FROM plaintext_submissions);
      DROP TABLE plaintext_submissions;
    `);
  },
};
