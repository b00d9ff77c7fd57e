import type Database from 'better-sqlite3';
import type { AuditAction } from '../../app/domain/auditActions';
import { type Clock, localIso } from '../clock';

export interface AuditRecord {
  /**
   * Who: `kiosk`, `admin-cli`, or a member of staff by name at the time (with `actorId`).
   * Rows written before named accounts hold a session label such as `staff:3fa9c2d1`.
   */
  actor: string;
  /** The staff account that acted (0: the centre's shared PIN); absent for the kiosk and the CLI. */
  actorId?: number | undefined;
  /** What, dotted: `staff.login`, `submission.view`, … — one of app/domain/auditActions.ts, which staff read as a sentence. */
  action: AuditAction;
  /** Particulars, stored as JSON; never a PIN, a token or a resident's personal details. */
  detail?: Record<string, unknown>;
}

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  detail: string | null;
  /** The staff account that acted; null for the kiosk, the CLI and rows written before named accounts. */
  actorId: number | null;
}

export function createAuditLog(db: Database.Database, now: Clock) {
  const insert = db.prepare('INSERT INTO audit_log (at, actor, action, detail, actor_id) VALUES (?, ?, ?, ?, ?)');
  const latest = db.prepare<[number], AuditEntry>(
    'SELECT id, at, actor, action, detail, actor_id AS actorId FROM audit_log ORDER BY id DESC LIMIT ?',
  );

  return {
    record({ actor, actorId, action, detail }: AuditRecord): void {
      insert.run(localIso(now()), actor, action, detail === undefined ? null : JSON.stringify(detail), actorId ?? null);
    },

    /** Newest first. */
    list(limit: number): AuditEntry[] {
      return latest.all(limit);
    },
  };
}
