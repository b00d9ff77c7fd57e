import { ApiError } from '../../app/contract/errors';
import type { CallContext, KioskApiHandlers } from '../../app/contract/kioskApi';
import { KINDS } from '../../app/domain/kinds';
import { localIso, startOfLocalDay } from '../clock';
import type { StaffSession } from '../staff/staffAuth';
import type { ServiceDeps } from './deps';
import { createExportDownloads, type ExportDownloads, exportWhole } from './exportDownload';
import { closedPurge, purgeClosed } from './retention';
import { requireStaffSession } from './staffSession';

type StaffMethod =
  | 'staffLogout'
  | 'listSubmissions'
  | 'getSubmission'
  | 'setStatus'
  | 'exportSubmissions'
  | 'stats'
  | 'auditLog'
  | 'purgeClosed'
  | 'staffNotices';

const DEFAULT_PAGE_SIZE = 100;

/** `downloads`: the exports, shared with the browser host's streamed download (one cache of deadlines for both). */
export function staffHandlers(
  deps: ServiceDeps,
  downloads: ExportDownloads = createExportDownloads(deps),
): Pick<KioskApiHandlers, StaffMethod> {
  const { store, config, staffAuth, now, notices } = deps;
  const { submissions, audit } = store;

  const requireStaff = (ctx: CallContext): StaffSession => requireStaffSession(staffAuth, ctx);

  return {
    staffLogout: (_args, ctx) => {
      requireStaff(ctx);
      staffAuth.logout(ctx.staffSession);
      ctx.setStaffSession(null);
      return { ok: true };
    },

    listSubmissions: ({ limit, offset, ...filter }, ctx) => {
      requireStaff(ctx);
      return submissions.list(filter, { limit: limit ?? DEFAULT_PAGE_SIZE, offset: offset ?? 0 });
    },

    getSubmission: ({ id }, ctx) => {
      const { actor, actorId } = requireStaff(ctx);
      const submission = submissions.getById(id);
      if (submission === undefined) throw new ApiError('not-found', 'No submission has this id');
      audit.record({ actor, actorId, action: 'submission.view', detail: { id, ref: submission.ref } });
      return submission;
    },

    setStatus: ({ ids, status, note, publicNote }, ctx) => {
      const { actor, actorId } = requireStaff(ctx);
      const changed = submissions.setStatus({ ids, status, by: actor, note, publicNote });
      const detail = { ids: changed, status, ...(publicNote !== undefined && { publicNote: true }) };
      audit.record({ actor, actorId, action: 'submissions.status', detail });
      return { updated: changed.length };
    },

    // The whole file in one answer; the browser host also streams it (host/exportRoute.ts), from the same code.
    exportSubmissions: (args, ctx) => exportWhole(downloads.open(args, ctx)),

    stats: ({ days }, ctx) => {
      requireStaff(ctx);
      // Whole local days, today included: [midnight `days - 1` days ago, midnight tonight).
      const at = now();
      const from = localIso(startOfLocalDay(at, days - 1));
      const to = localIso(startOfLocalDay(at, -1));
      const counts = submissions.stats(from, to);
      const byKind = Object.fromEntries(KINDS.map((k) => [k, counts.byKind[k] ?? 0]));
      const byCategory = Object.fromEntries(config.catalogue.map((c) => [c.code, 0]));
      return { from, to, byKind, byCategory: { ...byCategory, ...counts.byCategory } };
    },

    auditLog: ({ limit }, ctx) => {
      requireStaff(ctx);
      return { items: audit.list(limit ?? DEFAULT_PAGE_SIZE) };
    },

    staffNotices: (_args, ctx) => {
      requireStaff(ctx);
      return { items: (notices?.() ?? []).map((code) => ({ code })) };
    },

    purgeClosed: ({ days }, ctx) => {
      const { actor, actorId } = requireStaff(ctx);
      return { purged: purgeClosed(store, closedPurge(config, now, days), actor, actorId) };
    },
  };
}
