import type { SubmissionSummary } from '../../app/contract/kioskApi';
import type { StoredInputMode } from '../../app/domain/inputModes';
import type { Kind } from '../../app/domain/kinds';
import type { Status } from '../../app/domain/status';
import type { HistoryEntry } from '../../app/domain/submission';
import type { Language } from '../../app/i18n/languages';

/** A row of `submissions` as SQLite returns it. */
export interface SubmissionRow {
  id: number;
  ref: string;
  kind: string;
  category: string;
  description: string;
  location: string | null;
  anonymous: number;
  name: string | null;
  phone: string | null;
  language: string;
  input_modes: string;
  kiosk_id: string;
  status: string;
  created_at: string;
  updated_at: string;
  /** Whom the case is assigned to (migration 0080); null when nobody. */
  assignee_id: number | null;
}

/** A row of `status_history`, its notes opened (notes.ts), read with its submission's reference. */
export interface HistoryRow {
  submission_id: number;
  ref: string;
  status: string;
  at: string;
  by: string;
  note: string | null;
  public_note: string | null;
}

/**
 * A row as the CSV export reads it, `.raw()`: the columns of EXPORT_COLUMNS in that order, no object per row
 * (better-sqlite3 makes an object by setting each column's property on it, which cost 40 % more than an
 * array over 100,000 rows).
 */
export type ExportRow = [
  id: number,
  ref: string,
  kind: string,
  category: string,
  description: string,
  location: string | null,
  anonymous: number,
  name: string | null,
  phone: string | null,
  language: string,
  input_modes: string,
  kiosk_id: string,
  status: string,
  created_at: string,
  updated_at: string,
  assignee_id: number | null,
];

export const EXPORT_COLUMNS =
  'id, ref, kind, category, description, location, anonymous, name, phone, language, input_modes, kiosk_id, ' +
  'status, created_at, updated_at, assignee_id';

// The CHECK constraints in the schema and the validation before insert keep these casts honest.
export function toSummary(row: SubmissionRow): SubmissionSummary {
  return {
    id: row.id,
    ref: row.ref,
    kind: row.kind as Kind,
    category: row.category,
    description: row.description,
    location: row.location,
    anonymous: row.anonymous === 1,
    name: row.name,
    phone: row.phone,
    language: row.language as Language,
    inputModes: JSON.parse(row.input_modes) as StoredInputMode[],
    kioskId: row.kiosk_id,
    status: row.status as Status,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toHistoryEntry(row: HistoryRow): HistoryEntry {
  const entry: HistoryEntry = { status: row.status as Status, at: row.at, by: row.by, note: row.note };
  if (row.public_note !== null) entry.publicNote = row.public_note;
  return entry;
}
