import { SEARCHED_COLUMNS } from '../textIndex';
import { DIGITS_OF } from './0150-submission-counts';
import type { Migration } from './migration';

const columns = SEARCHED_COLUMNS.join(', ');
const grams = (row: 'new' | 'old') => SEARCHED_COLUMNS.map((c) => `linli_grams(${row}.${c})`).join(', ');
/** Whether a row is among those the text index already holds (the rest are indexed by textIndex.ts's catch-up). */
const indexed = (row: 'new' | 'old') => `${row}.id <= (SELECT id FROM submissions_indexed)`;

/**
 * A resident's submit no longer waits for the text index and the digit runs: the triggers of 0120 and
 * 0150 wrote about 12 of the 27 pages a submit committed (fsynced at synchronous=FULL), making it ~3×
 * slower than before 0150 (bench/submitPages.ts). New submissions are indexed instead by a catch-up
 * that every search runs first (`catchUpTextIndex`, textIndex.ts), in one transaction for all of them:
 * `submissions_indexed` holds the highest id the index covers. Ids are AUTOINCREMENT (0010), never
 * reused, so a row above it has never been indexed; a crash between a submit and its catch-up loses
 * nothing, as the next search indexes it.
 *
 * A change or delete of a row the index holds still updates it at once (a retention redaction must
 * take a phone number out of the file now); one of a row above the mark leaves the catch-up to index
 * what the row holds by then. The counts of 0150 stay in the submit: staff's counts are exact.
 */
export const textIndexAfterSubmit: Migration = {
  version: 160,
  name: 'text-index-after-submit',
  up(db) {
    db.exec(`
      CREATE TABLE submissions_indexed (
        one INTEGER PRIMARY KEY CHECK (one = 1),
        id INTEGER NOT NULL
      ) STRICT;
      -- Until now triggers indexed every row as it came: all there are now are in the index.
      INSERT INTO submissions_indexed (one, id) VALUES (1, (SELECT coalesce(max(id), 0) FROM submissions));
      DROP TRIGGER submission_text_insert;
      DROP TRIGGER submission_text_update;
      DROP TRIGGER submission_text_delete;
      DROP TRIGGER submission_digits_insert;
      DROP TRIGGER submission_digits_update;
      DROP TRIGGER submission_digits_delete;
      CREATE TRIGGER submission_text_update AFTER UPDATE OF ${columns} ON submissions WHEN ${indexed('old')} BEGIN
        DELETE FROM submission_text WHERE rowid = old.id;
        INSERT INTO submission_text (rowid, ${columns}) VALUES (new.id, ${grams('new')});
        DELETE FROM submission_digits WHERE submission_id = old.id;
        INSERT INTO submission_digits (digits, submission_id) SELECT value, new.id FROM json_each(${DIGITS_OF('new')});
      END;
      CREATE TRIGGER submission_text_delete AFTER DELETE ON submissions WHEN ${indexed('old')} BEGIN
        DELETE FROM submission_text WHERE rowid = old.id;
        DELETE FROM submission_digits WHERE submission_id = old.id;
      END;
    `);
  },
};
