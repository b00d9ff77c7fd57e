import { ApiError } from '../../app/contract/errors';
import { type CallContext, type KioskApiHandlers, kioskApi } from '../../app/contract/kioskApi';
import { METHOD_NAMES, type MethodName } from '../../app/contract/methodNames';
import { createCaseDeadlines } from './caseDeadlines';
import { caseHandlers } from './caseHandlers';
import type { ServiceDeps } from './deps';
import { createExportDownloads, type ExportDownloads } from './exportDownload';
import { meTooHandlers } from './meTooHandlers';
import { onBehalfHandlers } from './onBehalfHandlers';
import { createProgressLookup } from './progressLookup';
import { createQueueWatch } from './queueWatch';
import { residentHandlers } from './residentHandlers';
import { createResidentLimits } from './residentLimits';
import { smsHandlers } from './smsHandlers';
import { staffCallHandlers } from './staffCallHandlers';
import { staffHandlers } from './staffHandlers';
import { requireStaffSession } from './staffSession';
import { ratesOf, verdictHandlers } from './verdictHandlers';

/** The KioskApi, implemented once for both transports; typed by the contract, so a missing method does not compile. */
export function createKioskHandlers(
  deps: ServiceDeps,
  downloads: ExportDownloads = createExportDownloads(deps),
): KioskApiHandlers {
  const { store, config, now, freeSpace } = deps;
  const limits = createResidentLimits(config.residentLimits, now);
  const queueWatch = createQueueWatch({
    file: store.file,
    thresholds: config.queueWatch,
    audit: store.audit,
    freeSpace,
  });
  const queue = staffHandlers(deps, downloads);
  const cases = caseHandlers(deps, queue);
  const progress = createProgressLookup({ ...deps, guesses: config.residentLimits });
  const deadlines = createCaseDeadlines(config);
  const handlers: KioskApiHandlers = {
    ...residentHandlers(deps, { limits, queueWatch, progress }),
    ...queue,
    ...staffCallHandlers(deps),
    ...cases,
    ...onBehalfHandlers(deps, queueWatch),
    // The queue's list carries the space warning, so the console shows it where staff look (after the staff check).
    listSubmissions: async (args, ctx) => {
      const list = await cases.listSubmissions(args, ctx);
      const spaceWarning = queueWatch.check();
      return spaceWarning === null ? list : { ...list, spaceWarning };
    },
    ...verdictHandlers(deps, { progress, limits }),
    ...meTooHandlers(deps, { limits }),
    ...smsHandlers(deps),
    // The three rates of the same range as the counts (after the staff check the counts make).
    stats: async (args, ctx) => {
      const counts = await cases.stats(args, ctx);
      return { ...counts, rates: ratesOf(deps, deadlines, new Date(counts.from), new Date(counts.to)) };
    },
    // A case in full carries its verdicts and follow-up calls (after the staff check getSubmission makes).
    getSubmission: async (args, ctx) => ({
      ...(await cases.getSubmission(args, ctx)),
      ...store.verdicts.ofCase(args.id),
    }),
    // A resident's 不满意 is told to staff where they look for what needs them, until someone takes the case up.
    staffNotices: async (args, ctx) => {
      const { items } = await queue.staffNotices(args, ctx);
      const reopened = store.verdicts.reopenedByResidents().map((n) => ({ code: 'case-reopened', ...n }));
      return { items: [...items, ...reopened] };
    },
  };
  return adminOnly(handlers, deps);
}

/**
 * Methods the contract marks `admin` refuse a member of staff whose role is
 * `staff` (403 'forbidden'), before their handler runs: enforced here, once,
 * from the contract, so a new admin method cannot forget it.
 */
function adminOnly(handlers: KioskApiHandlers, { staffAuth }: ServiceDeps): KioskApiHandlers {
  const guarded: Partial<Record<MethodName, unknown>> = {};
  for (const method of METHOD_NAMES) {
    if (kioskApi[method].access !== 'admin') continue;
    const handler = handlers[method] as (args: unknown, ctx: CallContext) => unknown;
    guarded[method] = (args: unknown, ctx: CallContext) => {
      const { person } = requireStaffSession(staffAuth, ctx);
      if (person.role !== 'admin') {
        throw new ApiError(
          'forbidden',
          `${method} is for an admin of the centre; ${person.name} is signed in as staff`,
        );
      }
      return handler(args, ctx);
    };
  }
  return { ...handlers, ...guarded } as KioskApiHandlers;
}
