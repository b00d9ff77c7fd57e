import type { Migration } from './migration';

/**
 * "Me too" (已经有人反映过这个问题) and merged cases:
 *
 * - `supporters`: a resident who added their support to an open case instead
 *   of submitting the same complaint again. Each has a reference number of
 *   their own (unique among submissions' too, which the triggers keep) that
 *   looks the supported case up, and an optional name and phone kept like a
 *   submission's contact: in the encrypted database file (0070), never shown
 *   to another resident.
 * - `merged_cases`: a case merged into another by staff (`from` → `into`).
 *   Its reference looks `into` up from then on. Always one level: merging a
 *   case that others were merged into moves them along.
 */
export const meToo: Migration = {
  version: 130,
  name: 'me-too',
  up(db) {
    db.exec(`
      CREATE TABLE supporters (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        ref TEXT NOT NULL UNIQUE,
        submission_id INTEGER NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
        name TEXT,
        phone TEXT,
        notify INTEGER NOT NULL CHECK (notify IN (0, 1)),
        language TEXT NOT NULL,
        input_modes TEXT NOT NULL CHECK (json_valid(input_modes)),
        source TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX supporters_submission ON supporters (submission_id);

      CREATE TABLE merged_cases (
        from_id INTEGER PRIMARY KEY REFERENCES submissions (id) ON DELETE CASCADE,
        into_id INTEGER NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        by TEXT NOT NULL,
        CHECK (from_id <> into_id)
      ) STRICT;
      CREATE INDEX merged_cases_into ON merged_cases (into_id);

      -- One space of reference numbers: a resident's reference names one thing, whichever table holds it.
      CREATE TRIGGER supporters_ref_unique BEFORE INSERT ON supporters
        WHEN EXISTS (SELECT 1 FROM submissions WHERE ref = NEW.ref)
        BEGIN SELECT RAISE(ABORT, 'UNIQUE constraint failed: supporters.ref'); END;
      CREATE TRIGGER submissions_ref_unique_with_supporters BEFORE INSERT ON submissions
        WHEN EXISTS (SELECT 1 FROM supporters WHERE ref = NEW.ref)
        BEGIN SELECT RAISE(ABORT, 'UNIQUE constraint failed: submissions.ref'); END;
    `);
  },
};
