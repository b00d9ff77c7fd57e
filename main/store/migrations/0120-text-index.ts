import { SEARCHED_COLUMNS } from '../textIndex';
import type { Migration } from './migration';

const columns = SEARCHED_COLUMNS.join(', ');
const grams = (row: 'new' | 'old') => SEARCHED_COLUMNS.map((c) => `linli_grams(${row}.${c})`).join(', ');

/**
 * An index for staff's text search, so a search does not read every submission (seconds at a million):
 * FTS5 with the trigram tokenizer over the searched columns as main/store/textIndex.ts writes them,
 * inside the encrypted file like everything else. Contentless (the text is already in `submissions`),
 * with deletes allowed by rowid. Triggers keep it in step with every insert, change of the searched
 * columns (the retention purge blanks them) and delete; they call `linli_grams`, which every connection
 * Linli opens registers (database.ts). Existing submissions are indexed here, in the migration's
 * transaction: a stop half-way leaves the file as it was, and the next start builds it again.
 */
export const textIndex: Migration = {
  version: 120,
  name: 'text-index',
  up(db) {
    db.exec(`
      CREATE VIRTUAL TABLE submission_text USING fts5(
        ${columns}, content = '', contentless_delete = 1, tokenize = 'trigram case_sensitive 1'
      );
      CREATE TRIGGER submission_text_insert AFTER INSERT ON submissions BEGIN
        INSERT INTO submission_text (rowid, ${columns}) VALUES (new.id, ${grams('new')});
      END;
      CREATE TRIGGER submission_text_update AFTER UPDATE OF ${columns} ON submissions BEGIN
        DELETE FROM submission_text WHERE rowid = old.id;
        INSERT INTO submission_text (rowid, ${columns}) VALUES (new.id, ${grams('new')});
      END;
      CREATE TRIGGER submission_text_delete AFTER DELETE ON submissions BEGIN
        DELETE FROM submission_text WHERE rowid = old.id;
      END;
      INSERT INTO submission_text (rowid, ${columns})
        SELECT id, ${SEARCHED_COLUMNS.map((c) => `linli_grams(${c})`).join(', ')} FROM submissions;
    `);
  },
};
