import type Database from 'better-sqlite3';
import type { Migration } from './migration';

/**
 * The last personal data that earlier versions kept in plain text:
 *
 * - Staff notes and public notes (`status_history`): sealed like the personal
 *   details. That needs the data key, which migrations do not have, so the
 *   rows are only marked here (`plaintext_notes`) and openStore seals them in
 *   one transaction before anything else reads them (encryptLegacyNotes in
 *   notes.ts), as migration 0020 does for submissions.
 * - The city's answers in `outbox.last_error` and in `forwarding.uncertain`
 *   audit entries, which may echo a description, address, name or phone: only
 *   the HTTP status and what the forwarder itself wrote are kept (from now on
 *   the forwarder keeps a redacted excerpt, main/forwarding/cityAnswer.ts).
 * - Export filters in the audit log: the text searched for is dropped, and
 *   that there was one is kept (`textSearch: true`).
 */
export const sealNotes: Migration = {
  version: 60,
  name: 'seal-notes',
  up(db) {
    db.exec(`
      CREATE TABLE plaintext_notes (
        history_id INTEGER PRIMARY KEY REFERENCES status_history (id) ON DELETE CASCADE
      ) STRICT;
      INSERT INTO plaintext_notes (history_id)
        SELECT id FROM status_history WHERE note IS NOT NULL OR public_note IS NOT NULL;
    `);
    forgetCityAnswers(db);
    forgetFilterText(db);
  },
};

/** `HTTP 400: …the city's words…` → `HTTP 400 (the city's answer is no longer kept)`; the forwarder's own words stay. */
export function withoutCityText(reason: string): string {
  const answered = /^HTTP (\d{3})( without a service_request_id or token)?:/.exec(reason);
  return answered === null ? reason : `HTTP ${answered[1]}${answered[2] ?? ''} (the city's answer is no longer kept)`;
}

function forgetCityAnswers(db: Database.Database): void {
  const outbox = db.prepare<[], { id: number; reason: string }>(
    'SELECT submission_id AS id, last_error AS reason FROM outbox WHERE last_error IS NOT NULL',
  );
  const setOutbox = db.prepare('UPDATE outbox SET last_error = ? WHERE submission_id = ?');
  for (const { id, reason } of outbox.all()) {
    const kept = withoutCityText(reason);
    if (kept !== reason) setOutbox.run(kept, id);
  }
  const audit = db.prepare<[], { id: number; detail: string }>(
    `SELECT id, detail FROM audit_log WHERE action = 'forwarding.uncertain' AND json_valid(detail)
       AND json_type(detail, '$.reason') = 'text'`,
  );
  const setAudit = db.prepare('UPDATE audit_log SET detail = ? WHERE id = ?');
  for (const { id, detail } of audit.all()) {
    const parsed = JSON.parse(detail) as { reason: string };
    const kept = withoutCityText(parsed.reason);
    if (kept !== parsed.reason) setAudit.run(JSON.stringify({ ...parsed, reason: kept }), id);
  }
}

function forgetFilterText(db: Database.Database): void {
  db.exec(`
    UPDATE audit_log
    SET detail = CASE
      WHEN json_type(detail, '$.filter.text') = 'text' AND trim(json_extract(detail, '$.filter.text')) <> ''
        THEN json_set(json_remove(detail, '$.filter.text'), '$.filter.textSearch', json('true'))
      ELSE json_remove(detail, '$.filter.text')
    END
    WHERE json_valid(detail) AND json_type(detail, '$.filter.text') IS NOT NULL;
  `);
}
