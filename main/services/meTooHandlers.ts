import { randomBytes } from 'node:crypto';
import { findSimilar } from '../../app/cases/similarity';
import { ApiError } from '../../app/contract/errors';
import type { CallContext, KioskApiHandlers, SimilarCase } from '../../app/contract/kioskApi';
import { findCategory } from '../../app/domain/catalogue';
import { checkPhone } from '../../app/domain/phone';
import { hasVisibleText } from '../../app/domain/text';
import { by } from '../staff/staffAuth';
import type { ServiceDeps } from './deps';
import type { ResidentLimits } from './residentLimits';
import { requireStaffSession } from './staffSession';

type MeTooMethod = 'findSimilar' | 'supportCase' | 'mergeCases';

/** How long a handle findSimilar gave stays good: longer than any visit's review screen. */
const HANDLE_LIFETIME_MS = 2 * 60 * 60_000;
/** Handles kept at once; the oldest go first (a script asking again and again cannot grow the map). */
const MAX_HANDLES = 5000;
/** At most this many cases are offered: the kiosk shows the best one, a second is for a screen that lists. */
const MAX_OFFERED = 3;

/**
 * Opaque names for cases offered to residents: random, kept in memory only,
 * so a handle says nothing of the case (not its id, not its reference) and a
 * restart forgets them (supportCase then answers 'not-found' and the kiosk
 * submits the complaint as usual).
 */
function createHandles(now: () => number) {
  const handles = new Map<string, { id: number; expires: number }>();
  return {
    issue(id: number): string {
      const handle = randomBytes(18).toString('base64url');
      handles.set(handle, { id, expires: now() + HANDLE_LIFETIME_MS });
      while (handles.size > MAX_HANDLES) handles.delete(handles.keys().next().value!);
      return handle;
    },
    caseOf(handle: string): number | undefined {
      const found = handles.get(handle);
      if (found === undefined || found.expires < now()) return undefined;
      return found.id;
    },
  };
}

const given = (text: string | undefined) => (text !== undefined && hasVisibleText(text) ? text.trim() : null);

/**
 * "Me too" (已经有人反映过这个问题): a resident about to submit a complaint is
 * offered the open cases that look like the same problem, and may add their
 * support instead; staff merge two cases into one. What a resident is shown
 * of another's case is what a notice board would show: the category, the
 * place, the date and how many reported it.
 */
export function meTooHandlers(
  deps: ServiceDeps,
  { limits }: { limits: ResidentLimits },
): Pick<KioskApiHandlers, MeTooMethod> {
  const { store, config, staffAuth, now } = deps;
  const handles = createHandles(() => now().getTime());

  function offered(ids: number[]): SimilarCase[] {
    if (ids.length === 0) return [];
    const counts = store.supporters.residents(ids);
    return ids.map((id) => {
      const found = store.submissions.getById(id)!;
      return {
        handle: handles.issue(id),
        category: found.category,
        location: found.location,
        firstReportedAt: found.createdAt,
        residents: counts.get(id) ?? 1,
      };
    });
  }

  return {
    findSimilar: ({ category, location, description }, ctx) => {
      limits.similar(ctx.source);
      const days = config.meToo.days;
      if (days === 0) return { items: [] };
      const known = findCategory(config.catalogue, category);
      if (known === undefined) throw new ApiError('invalid', 'category: is not offered at this kiosk', 'category');
      if (known.kind !== 'complaint') return { items: [] };
      const at = now();
      const since = new Date(at.getTime() - days * 86_400_000);
      const cases = store.supporters.openCases(known.code, since).map((c) => ({
        id: String(c.id),
        category: c.category,
        location: c.location ?? undefined,
        description: c.description,
        status: c.status,
        createdAt: new Date(c.createdAt),
      }));
      const complaint = { category: known.code, location: given(location) ?? undefined, description };
      const matches = findSimilar(complaint, cases, at, days).slice(0, MAX_OFFERED);
      return { items: offered(matches.map((m) => Number(m.id))) };
    },

    supportCase: ({ handle, contact = {}, language, inputModes, visit }, ctx) => {
      if (!config.languages.includes(language)) {
        throw new ApiError('invalid', 'language: is not offered at this kiosk', 'language');
      }
      const phone = contact.phone === undefined ? null : checkPhone(contact.phone);
      if (phone !== null && !phone.ok) {
        throw new ApiError('invalid', `contact.phone: is not a valid number (${phone.error})`, 'contact.phone');
      }
      if (contact.notify === true && phone === null) {
        throw new ApiError('invalid', 'contact.notify: needs a phone to tell the resident on', 'contact.notify');
      }
      const caseId = handles.caseOf(handle);
      const found = caseId === undefined ? undefined : store.submissions.getById(caseId);
      if (found === undefined || store.supporters.isMerged(found.id)) {
        throw new ApiError('not-found', 'handle: no case is offered under this handle (any more)', 'handle');
      }
      // Counted like a submit: a supporter gets a reference of their own, as a submission does.
      limits.submit(ctx.source, visit);
      const stored = store.supporters.add({
        submissionId: found.id,
        name: given(contact.name),
        phone: phone?.ok ? phone.digits : null,
        notify: contact.notify === true,
        language,
        inputModes,
        source: ctx.source,
      });
      const residents = store.supporters.residents([found.id]).get(found.id)!;
      store.audit.record({ actor: 'kiosk', action: 'submission.support', detail: { ref: found.ref, residents } });
      return { ...stored, residents };
    },

    mergeCases: ({ into, from, note }, ctx: CallContext) => {
      const session = requireStaffSession(staffAuth, ctx);
      if (into === from) throw new ApiError('invalid', 'from: a case cannot be merged into itself', 'from');
      const target = store.submissions.getById(into);
      if (target === undefined) throw new ApiError('not-found', `into: no case has the id ${into}`, 'into');
      const merged = store.submissions.getById(from);
      if (merged === undefined) throw new ApiError('not-found', `from: no case has the id ${from}`, 'from');
      if (store.supporters.isMerged(from)) {
        throw new ApiError('invalid', `from: case ${merged.ref} is already merged into another`, 'from');
      }
      if (store.supporters.isMerged(into)) {
        throw new ApiError('invalid', `into: case ${target.ref} is itself merged into another`, 'into');
      }
      const words = given(note);
      const residents = store.supporters.merge({
        intoId: into,
        fromId: from,
        by: session.actor,
        noteInto: `⇐ ${merged.ref}${words === null ? '' : `: ${words}`}`,
        noteFrom: `⇒ ${target.ref}${words === null ? '' : `: ${words}`}`,
      });
      store.audit.record({
        ...by(session.person),
        action: 'submissions.merge',
        detail: { into: target.ref, from: merged.ref, residents },
      });
      return { into: { id: into, ref: target.ref }, from: { id: from, ref: merged.ref }, residents };
    },
  };
}
