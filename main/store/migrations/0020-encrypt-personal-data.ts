import type { Migration } from './migration';

/**
 * Earlier versions stored residents' personal details (name, phone,
 * description, location) as plain text. Encrypting them needs the data key,
 * which migrations do not have, so this migration only marks every existing
 * submission as still to be encrypted; openStore then encrypts the marked rows
 * in one transaction before anything else reads or writes (encryptLegacyRows
 * in personalData.ts). A row stays marked until its encryption has
 * committed, so nothing stored is lost, or left unencrypted, if the kiosk stops
 * half-way. Rows written from now on are encrypted as they are stored.
 */
export const encryptPersonalData: Migration = {
  version: 20,
  name: 'encrypt-personal-data',
  up(db) {
    db.exec(`
      CREATE TABLE plaintext_submissions (
        submission_id INTEGER PRIMARY KEY REFERENCES submissions (id) ON DELETE CASCADE
      ) STRICT;
      INSERT INTO plaintext_submissions (submission_id) SELECT id FROM submissions;
    `);
  },
};
