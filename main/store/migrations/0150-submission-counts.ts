import { SEARCHED_COLUMNS } from '../textIndex';
import type { Migration } from './migration';

/** Every run of digits long enough in a row's searched columns, with its suffixes (textIndex.ts), for json_each. */
export const DIGITS_OF = (row: string) => `linli_digits(${SEARCHED_COLUMNS.map((c) => `${row}.${c}`).join(', ')})`;

/**
 * The UTC day a submission came in, as days since 1970-01-01, from `created_at` (submissionCounts.ts
 * counts whole days with it). julianday() + 0.5 is a whole number at each UTC midnight and positive for
 * any date, so CAST floors it; 2440588 is 1970-01-01's. A created_at SQLite cannot read (no version
 * writes one) gets a day before any date a filter can name, as a date filter never matches it either.
 */
export const dayOf = (createdAt: string) =>
  `coalesce(CAST(julianday(${createdAt}) + 0.5 AS INTEGER) - 2440588, -99999999)`;

const add = (row: 'new' | 'old', delta: 1 | -1) => `
  INSERT INTO submission_counts (kind, category, status, n) VALUES (${row}.kind, ${row}.category, ${row}.status, ${delta})
    ON CONFLICT DO UPDATE SET n = n + ${delta};
  INSERT INTO submission_days (day, kind, category, status, n)
    VALUES (${dayOf(`${row}.created_at`)}, ${row}.kind, ${row}.category, ${row}.status, ${delta})
    ON CONFLICT DO UPDATE SET n = n + ${delta};`;

/**
 * How many submissions there are per kind, category and status, in all and per day, kept by triggers, so
 * that the staff console's counts per status (on every list) read a few hundred rows, not an index of a
 * million entries. `submission_counts` answers a list without dates; `submission_days` the whole days of
 * a date range, the hours at either end of it being counted on the date index (submissionCounts.ts).
 * Days are UTC days: created_at holds the kiosk's local time with its offset, and only an instant
 * orders rows across offsets. Rows that fall to 0 are kept (a few hundred at most per day).
 * Filled here once, from one pass over the table.
 *
 * `submission_digits` holds the runs of 8 digits or more (a phone number, a reference) with their suffixes,
 * kept by triggers like the text index, so a whole phone number is found by a range on a plain index rather
 * than by 19 trigrams that most rows hold (textIndex.ts).
 *
 * Two indexes as well, so a list by kind, or by kind and category, reads its newest page in id order
 * from an index and stops there: those of 0040 order by date first, so SQLite read every case of the kind
 * (a third of a million) to sort them by id. And one for the console's overdue and due-today counts
 * (caseQueries.ts): a range of creation times per category, kind and open status reads only open cases,
 * where the index of 0040, status last, read every case ever created before the range's end.
 */
export const submissionCounts: Migration = {
  version: 150,
  name: 'submission-counts',
  up(db) {
    db.exec(`
      CREATE TABLE submission_counts (
        kind TEXT NOT NULL,
        category TEXT NOT NULL,
        status TEXT NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (kind, category, status)
      ) STRICT, WITHOUT ROWID;
      CREATE TABLE submission_days (
        day INTEGER NOT NULL,
        kind TEXT NOT NULL,
        category TEXT NOT NULL,
        status TEXT NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (day, kind, category, status)
      ) STRICT, WITHOUT ROWID;
      INSERT INTO submission_counts (kind, category, status, n)
        SELECT kind, category, status, count(*) FROM submissions GROUP BY kind, category, status;
      INSERT INTO submission_days (day, kind, category, status, n)
        SELECT ${dayOf('created_at')} AS day, kind, category, status, count(*)
        FROM submissions GROUP BY day, kind, category, status;
      CREATE INDEX submissions_kind_newest ON submissions (kind);
      CREATE INDEX submissions_due ON submissions (category, kind, status, julianday(created_at));
      CREATE INDEX submissions_category_newest ON submissions (category, kind);
      CREATE TABLE submission_digits (
        digits TEXT NOT NULL,
        submission_id INTEGER NOT NULL,
        PRIMARY KEY (digits, submission_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX submission_digits_submission ON submission_digits (submission_id);
      INSERT INTO submission_digits (digits, submission_id)
        SELECT d.value, s.id FROM submissions s, json_each(${DIGITS_OF('s')}) d;
      CREATE TRIGGER submission_digits_insert AFTER INSERT ON submissions BEGIN
        INSERT INTO submission_digits (digits, submission_id) SELECT value, new.id FROM json_each(${DIGITS_OF('new')});
      END;
      CREATE TRIGGER submission_digits_update AFTER UPDATE OF ${SEARCHED_COLUMNS.join(', ')} ON submissions BEGIN
        DELETE FROM submission_digits WHERE submission_id = old.id;
        INSERT INTO submission_digits (digits, submission_id) SELECT value, new.id FROM json_each(${DIGITS_OF('new')});
      END;
      CREATE TRIGGER submission_digits_delete AFTER DELETE ON submissions BEGIN
        DELETE FROM submission_digits WHERE submission_id = old.id;
      END;
      CREATE TRIGGER submission_counts_insert AFTER INSERT ON submissions BEGIN ${add('new', 1)}
      END;
      CREATE TRIGGER submission_counts_delete AFTER DELETE ON submissions BEGIN ${add('old', -1)}
      END;
      CREATE TRIGGER submission_counts_update AFTER UPDATE OF kind, category, status, created_at ON submissions
        WHEN old.kind IS NOT new.kind OR old.category IS NOT new.category OR old.status IS NOT new.status
          OR old.created_at IS NOT new.created_at
        BEGIN ${add('old', -1)} ${add('new', 1)}
      END;
    `);
  },
};
