import type Database from 'better-sqlite3';
import { DIGITS_OF } from './migrations/0150-submission-counts';
import { SEARCHED_COLUMNS } from './textIndex';

/**
 * Indexes the submissions that came in since the last search (migration 0160): their text in the text
 * index, their digit runs in theirs, and moves the mark, in one transaction. Every query that reads
 * either index calls it first, so a search finds exactly what is stored. Nothing to do costs one read of
 * two integers; a busy day's submissions (a thousand) take tens of milliseconds at the first search.
 */
export function createTextIndexCatchUp(db: Database.Database): () => void {
  const behind = db.prepare<[], { behind: number }>(
    `SELECT (SELECT coalesce(max(id), 0) FROM submissions) > (SELECT id FROM submissions_indexed) AS behind`,
  );
  const catchUp = db.transaction(() => {
    db.exec(`
      INSERT INTO submission_text (rowid, ${SEARCHED_COLUMNS.join(', ')})
        SELECT id, ${SEARCHED_COLUMNS.map((c) => `linli_grams(${c})`).join(', ')} FROM submissions
        WHERE id > (SELECT id FROM submissions_indexed) ORDER BY id;
      INSERT INTO submission_digits (digits, submission_id)
        SELECT d.value, s.id FROM submissions s, json_each(${DIGITS_OF('s')}) d
        WHERE s.id > (SELECT id FROM submissions_indexed);
      UPDATE submissions_indexed SET id = (SELECT max(id) FROM submissions) WHERE id < (SELECT max(id) FROM submissions);
    `);
  });
  return () => {
    // Read first: a search with nothing new to index writes nothing (and takes no write lock).
    if (behind.get()!.behind === 1) catchUp.immediate();
  };
}
