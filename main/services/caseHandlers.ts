import { checkAssign, checkMove } from '../../app/cases/lifecycle';
import { ApiError } from '../../app/contract/errors';
import type {
  CallContext,
  CaseFields,
  CaseSummary,
  KioskApiHandlers,
  ParsedArgsOf,
  SubmissionSummary,
} from '../../app/contract/kioskApi';
import { by, type StaffSession } from '../staff/staffAuth';
import type { CaseKey } from '../store/caseQueries';
import { createCaseDeadlines } from './caseDeadlines';
import type { ServiceDeps } from './deps';
import { requireStaffSession } from './staffSession';

type CaseMethod = 'assign' | 'listStaff' | 'listSubmissions' | 'getSubmission' | 'stats' | 'setStatus';

const DEFAULT_PAGE_SIZE = 100;

/**
 * Case handling (接诉即办) over the queue's own methods: who handles a case,
 * its deadlines in working days, the queue sorted by urgency, and status
 * changes held to the case's lifecycle (app/cases/lifecycle.ts). `base` is
 * the queue's implementation of the methods this one extends.
 */
export function caseHandlers(
  deps: ServiceDeps,
  base: Pick<KioskApiHandlers, 'listSubmissions' | 'getSubmission' | 'stats' | 'setStatus'>,
): Pick<KioskApiHandlers, CaseMethod> {
  const { store, config, staffAuth, staffDirectory, now } = deps;
  const deadlines = createCaseDeadlines(config);
  const requireStaff = (ctx: CallContext): StaffSession => requireStaffSession(staffAuth, ctx);

  const assigneeOf = (id: number | null): CaseFields['assignee'] =>
    id === null ? null : { id, name: staffDirectory.nameOf(id) ?? `#${id}` };

  function fieldsOf(summary: SubmissionSummary, assigneeId: number | null, at: Date): CaseFields {
    const { pendingEndsAt: _sortOnly, ...view } = deadlines.view(summary, at);
    return { assignee: assigneeOf(assigneeId), ...view };
  }

  function withCase(summaries: SubmissionSummary[]): CaseSummary[] {
    const at = now();
    const ids = summaries.map((s) => s.id);
    const assignees = new Map(store.cases.keysOf(ids).map((k) => [k.id, k.assigneeId]));
    const meToo = meTooOf(ids);
    return summaries.map((s) => ({ ...s, ...fieldsOf(s, assignees.get(s.id) ?? null, at), ...meToo(s.id) }));
  }

  /** "Me too": how many residents reported each case, and the case it was merged into. */
  function meTooOf(ids: number[]) {
    const residents = store.supporters.residents(ids);
    const merged = store.supporters.mergedInto(ids);
    return (id: number) => ({ residents: residents.get(id) ?? 1, mergedInto: merged.get(id) ?? null });
  }

  /**
   * Open cases past a deadline now, and due today, over the whole queue: counted by the store in ranges of
   * creation time per category, never by computing each case's deadline (at 100,000 cases that took seconds
   * on every list).
   */
  let lastDue: { key: string; counts: { overdue: number; dueToday: number } } | null = null;
  function dueCounts(at: Date): { overdue: number; dueToday: number } {
    // They change only with the data and the local date (a deadline ends at a local midnight): a queue
    // looked at again and again between two submissions counts once.
    const key = `${store.changeMark()} ${deadlines.today(at)}`;
    if (lastDue?.key !== key) lastDue = { key, counts: countDue(at) };
    return lastDue.counts;
  }

  function countDue(at: Date): { overdue: number; dueToday: number } {
    let overdue = 0;
    let dueToday = 0;
    for (const pair of store.cases.categoryKinds()) {
      for (const stage of ['queued', 'working'] as const) {
        const counted = store.cases.dueCount({ ...pair, stage, ...deadlines.dueInstants(pair, stage, at) });
        overdue += counted.overdue;
        dueToday += counted.dueToday;
      }
    }
    return { overdue, dueToday };
  }

  /** A page of the queue by urgency, or only what is overdue or due today: deadlines are not SQL, so computed here. */
  function byDeadline(args: ParsedArgsOf<'listSubmissions'>) {
    const { limit = DEFAULT_PAGE_SIZE, offset = 0, due, sort: _sort, ...filter } = args;
    const at = now();
    let keys = store.cases.keys(filter).map((key) => ({ ...key, ...deadlines.view(key, at) }));
    if (due !== undefined) keys = keys.filter((k) => k.urgency === (due === 'overdue' ? 'overdue' : 'due-today'));
    if (args.sort === 'urgency') keys.sort(deadlines.compare);
    const page = keys.slice(offset, offset + limit).map((k) => k.id);
    const { counts } = store.submissions.list(filter, { limit: 1, offset: 0 });
    return { items: withCase(store.cases.summaries(page)), total: keys.length, counts };
  }

  function person(staffId: number | undefined, session: StaffSession) {
    if (staffId === undefined) return session.person;
    const found = staffDirectory.current(staffId);
    if (found === undefined) {
      throw new ApiError('invalid', `staffId: no member of staff with id ${staffId} can take cases`, 'staffId');
    }
    return found;
  }

  return {
    listSubmissions: async (args, ctx) => {
      requireStaff(ctx);
      if (args.due !== undefined || args.sort === 'urgency' || args.assignee !== undefined) {
        return { ...byDeadline(args), ...dueCounts(now()) };
      }
      const list = await base.listSubmissions(args, ctx);
      return { ...list, items: withCase(list.items), ...dueCounts(now()) };
    },

    getSubmission: async (args, ctx) => {
      const submission = await base.getSubmission(args, ctx);
      const key = store.cases.keysOf([submission.id])[0];
      return {
        ...submission,
        ...fieldsOf(submission, key?.assigneeId ?? null, now()),
        ...meTooOf([submission.id])(submission.id),
      };
    },

    stats: async (args, ctx) => ({ ...(await base.stats(args, ctx)), overdue: dueCounts(now()).overdue }),

    setStatus: (args, ctx) => {
      requireStaff(ctx);
      for (const key of store.cases.keysOf(args.ids)) {
        // Kept as before case handling: a case already in the status is left alone unless it gets a public note.
        if (key.status === args.status) continue;
        const move = checkMove(key.status, args.status, { publicNote: args.publicNote });
        if (!move.ok) throw new ApiError('invalid', `status: case ${key.ref}: ${move.message}`, 'status');
      }
      return base.setStatus(args, ctx);
    },

    assign: ({ ids, staffId, note }, ctx) => {
      const session = requireStaff(ctx);
      const assignee = person(staffId, session);
      const keys: CaseKey[] = store.cases.keysOf(ids);
      for (const key of keys) {
        const check = checkAssign(key.status);
        if (!check.ok) throw new ApiError('invalid', `ids: case ${key.ref}: ${check.message}`, 'ids');
      }
      const text = `→ ${assignee.name}${note === undefined || note.trim() === '' ? '' : `: ${note}`}`;
      const changed = store.cases.assign({ ids, assigneeId: assignee.id, by: session.actor, note: text });
      const taken = staffId === undefined || staffId === session.actorId;
      store.audit.record({
        ...by(session.person),
        action: taken ? 'submissions.take' : 'submissions.assign',
        detail: { ids: changed, assigneeId: assignee.id, assignee: assignee.name },
      });
      return { updated: changed.length, assignee: { id: assignee.id, name: assignee.name } };
    },

    listStaff: (_args, ctx) => {
      const { person: self } = requireStaff(ctx);
      return { items: staffDirectory.people(), self };
    },
  };
}
