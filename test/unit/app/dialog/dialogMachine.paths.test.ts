/**
 * Walks the dialog machine with `xstate/graph` over a finite set of
 * representative events and checks, on every state and every transition
 * reached, what must hold whatever the resident does.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { adjacencyMapToArray, getAdjacencyMap, getShortestPaths, getSimplePaths } from 'xstate/graph';
import { currentStep, type DialogSnapshot, dialogMachine, emptyContext } from '../../../../app/dialog/dialogMachine';
import { draftFromContext } from '../../../../app/dialog/draft';
import { isComplete, PLACES } from '../../../../app/dialog/flow';
import { stepKey } from '../../../../app/dialog/prompts';
import { type DialogEvent, LOOKUP_STAGES, ME_TOO_STAGES, SECTIONS, STEPS } from '../../../../app/dialog/types';
import { kindAllowsAnonymous } from '../../../../app/domain/kinds';
import { LIMITS } from '../../../../app/domain/limits';
import { Draft } from '../../../../app/domain/submission';
import { INPUT, LOOKUP_RESULT, long, RESULT, SIMILAR_OFFER, SUPPORT_RESULT, VALID_PHONE } from './support';

const EVENTS: DialogEvent[] = [
  { type: 'user.start' },
  { type: 'user.setLanguage', language: 'en' },
  { type: 'user.chooseKind', kind: 'service' },
  { type: 'user.chooseKind', kind: 'complaint' },
  { type: 'user.chooseKind', kind: 'suggestion' },
  { type: 'user.chooseCategory', category: 'svc.legal' },
  { type: 'user.chooseCategory', category: 'svc.public-safety' }, // a service that asks where
  { type: 'user.chooseCategory', category: 'cmp.noise' },
  { type: 'user.chooseCategory', category: 'sug.other' },
  { type: 'user.togglePhrase', phrase: 'P' },
  { type: 'user.setDescription', text: long(LIMITS.description + 1) },
  // At the limit with one phrase in Chinese, one over in English (the separator is longer).
  { type: 'user.setDescription', text: long(LIMITS.description - 2) },
  { type: 'user.setLocation', text: '3号楼' },
  { type: 'user.setLocation', text: long(LIMITS.location + 1) },
  { type: 'user.chooseAnonymous', anonymous: true },
  { type: 'user.chooseAnonymous', anonymous: false },
  { type: 'user.setName', name: long(LIMITS.name + 1) },
  { type: 'user.setPhone', phone: VALID_PHONE },
  { type: 'user.chooseSms', consent: true },
  { type: 'user.chooseSms', consent: false },
  { type: 'user.next' },
  { type: 'user.back' },
  ...SECTIONS.map((section) => ({ type: 'user.edit', section }) as const),
  { type: 'user.submit' },
  { type: 'user.retry' },
  { type: 'user.finish' },
  { type: 'user.startOver' },
  { type: 'submit.done', result: RESULT },
  { type: 'submit.failed', code: 'network' },
  { type: 'system.reset' },
  { type: 'user.checkProgress' },
  { type: 'user.setLookupRef', ref: '123' },
  { type: 'user.setLookupRef', ref: RESULT.ref },
  { type: 'lookup.done', result: LOOKUP_RESULT },
  // A resolved case with a public note: the resident is asked for a verdict.
  { type: 'lookup.done', result: { ...LOOKUP_RESULT, status: 'resolved', publicNote: '已修好', verdictDue: true } },
  { type: 'user.rate', rating: 'satisfied' },
  { type: 'user.rate', rating: 'unsatisfied' },
  { type: 'user.setVerdictReason', text: '还是很吵' },
  { type: 'user.skipReason' },
  { type: 'verdict.done', status: 'closed' },
  { type: 'verdict.failed', code: 'network' },
  { type: 'lookup.failed', code: 'not-found' },
  { type: 'user.verify' },
  { type: 'user.setPhoneLast4', digits: '8000' },
  // "Me too" before a complaint is stored.
  { type: 'similar.found', offer: SIMILAR_OFFER },
  { type: 'similar.none' },
  { type: 'user.support' },
  { type: 'user.submitOwn' },
  { type: 'support.done', result: SUPPORT_RESULT },
  { type: 'support.failed' },
];

/**
 * Two snapshots with the same value and the same answers behave the same:
 * no guard reads fieldError, submitError, receipt, visits or inputModes.
 * Serialising only what guards read keeps the walk finite and exact. Long
 * texts go in by length (the events above give each field texts of distinct
 * lengths): keys of thousands of characters made the walk three times slower.
 */
function behaviourOf(s: DialogSnapshot): string {
  const { language, kind, category, phrases, freeText, location, anonymous, name, phone, returnToReview } = s.context;
  const text = (t: string) => (t.length > 20 ? `#${t.length}` : t);
  const texts = [freeText, location, name].map(text);
  const lookup = [s.context.lookupRef, s.context.phoneLast4, s.context.lookupResult !== null];
  return JSON.stringify([s.value, language, kind, category, phrases, texts, anonymous, phone, returnToReview, lookup]);
}

const walk = {
  input: INPUT,
  events: EVENTS,
  filterEvents: (s: DialogSnapshot, e: DialogEvent) => s.can(e),
  serializeState: behaviourOf,
};

const EMPTY_SESSION = { ...emptyContext(INPUT), visits: { welcome: 1 } };
const answersOf = ({ context: { fieldError, submitError, receipt, visits, inputModes, ...answers } }: DialogSnapshot) =>
  answers;
const placeOf = (s: DialogSnapshot) => {
  const { step, stage } = currentStep(s);
  return stepKey(step, stage);
};

type Edge = { state: DialogSnapshot; event: DialogEvent; nextState: DialogSnapshot };

/** The transitions breaking a rule, described so a failure says where: `describe --user.next--> location: why`. */
function breaking(edges: Edge[], rule: (edge: Edge) => string | null): string[] {
  return edges.flatMap((edge) => {
    const why = rule(edge);
    return why === null ? [] : [`${placeOf(edge.state)} --${edge.event.type}--> ${placeOf(edge.nextState)}: ${why}`];
  });
}

describe('every transition the walk reaches', () => {
  let states: DialogSnapshot[];
  let edges: Edge[];

  beforeAll(() => {
    const adjacency = getAdjacencyMap(dialogMachine, walk);
    states = Object.values(adjacency).map((v) => v.state);
    edges = adjacencyMapToArray(adjacency);
    // As the routes walk: seconds alone, a minute and more on a machine that is busy with other work.
  }, 600_000);

  it('covers every screen, and reviews of each kind, anonymous and named, with and without a location', () => {
    const reached = new Set(states.map(placeOf));
    const lookups = LOOKUP_STAGES.map((stage) => `lookup.${stage}`);
    const meToo = ME_TOO_STAGES.map((stage) => `meToo.${stage}`);
    const steps = STEPS.filter((s) => s !== 'contact' && s !== 'lookup' && s !== 'meToo');
    for (const place of [...PLACES, ...steps, ...lookups, ...meToo]) {
      expect(reached).toContain(place);
    }
    const reviews = states.filter((s) => s.value === 'review').map((s) => draftFromContext(s.context));
    const kinds = new Set(reviews.map((d) => [d.kind, d.location ? 'located' : '-', d.contact.anonymous].join()));
    for (const combination of [
      'service,located,false',
      'service,-,false',
      'complaint,located,true',
      'complaint,-,false',
      'suggestion,-,true',
      'suggestion,-,false',
    ]) {
      expect(kinds).toContain(combination);
    }
    expect(reviews.some((d) => d.language === 'en')).toBe(true);
    expect(edges.length).toBeGreaterThan(10_000);
  });

  it('shows the review only with a complete draft that the API accepts', () => {
    const rule = ({ nextState: { value, context } }: Edge) => {
      if (value !== 'review') return null;
      if (context.returnToReview) return 'still marked as editing';
      const issues = Draft.safeParse(draftFromContext(context)).error?.issues ?? [];
      return issues.length > 0 ? JSON.stringify(issues.map((i) => [i.path, i.message])) : null;
    };
    expect(breaking(edges, rule)).toEqual([]);
  });

  it('starts submitting only from a complete draft', () => {
    const rule = ({ state, nextState }: Edge) =>
      nextState.value === 'submitting' && state.value !== 'submitting' && !isComplete(nextState.context)
        ? 'incomplete draft'
        : null;
    expect(breaking(edges, rule)).toEqual([]);
  });

  it("shows a receipt only after the kiosk reports the submission (or the resident's support) stored", () => {
    const intoReceipt = edges.filter((e) => e.nextState.value === 'receipt' && e.state.value !== 'receipt');
    expect(intoReceipt.length).toBeGreaterThan(0);
    const supported = ({ state, event, nextState }: Edge) =>
      placeOf(state) === 'meToo.supporting' &&
      event.type === 'support.done' &&
      nextState.context.receipt?.ref === SUPPORT_RESULT.ref &&
      nextState.context.supportedBy === SUPPORT_RESULT.residents;
    expect(intoReceipt.some(supported)).toBe(true);
    const rule = (edge: Edge) =>
      (edge.state.value === 'submitting' &&
        edge.event.type === 'submit.done' &&
        edge.nextState.context.receipt === RESULT) ||
      supported(edge)
        ? null
        : 'not from a stored submission';
    expect(breaking(intoReceipt, rule)).toEqual([]);
  });

  it('keeps every answer when a submission fails, and names the failure only on its screen', () => {
    const rule = ({ state, event, nextState }: Edge) => {
      if (event.type === 'submit.failed' && JSON.stringify(answersOf(nextState)) !== JSON.stringify(answersOf(state))) {
        return 'answers changed';
      }
      return (nextState.context.submitError !== null) !== (nextState.value === 'submitFailed') ? 'submitError' : null;
    };
    expect(breaking(edges, rule)).toEqual([]);
  });

  it('leaves nothing of the resident behind after start over, finish or reset', () => {
    const resets = edges.filter((e) => ['user.startOver', 'user.finish', 'system.reset'].includes(e.event.type));
    expect(resets.length).toBeGreaterThan(states.length);
    const empty = JSON.stringify(EMPTY_SESSION);
    const rule = ({ nextState }: Edge) =>
      nextState.value === 'welcome' && JSON.stringify(nextState.context) === empty ? null : 'something kept';
    expect(breaking(resets, rule)).toEqual([]);
  });

  it('clears a field error on every move to another screen, and explains every refusal', () => {
    const rule = ({ state, event, nextState }: Edge) => {
      const moved = placeOf(state) !== placeOf(nextState);
      // A failed lookup or verdict is the one move that brings its reason along, to the screen where it is tried again.
      const lookupFailed =
        (event.type === 'lookup.failed' && nextState.context.fieldError === `lookup.error.${event.code}`) ||
        (event.type === 'verdict.failed' && nextState.context.fieldError === `lookup.verdict.error.${event.code}`);
      if (moved && nextState.context.fieldError !== null && !lookupFailed)
        return `kept ${nextState.context.fieldError}`;
      if (event.type === 'user.next' && !moved && nextState.context.fieldError === null) return 'refused silently';
      return null;
    };
    expect(breaking(edges, rule)).toEqual([]);
  });

  it('keeps typed text whole, however long', () => {
    const rule = ({ event, nextState: { context } }: Edge) => {
      if (event.type === 'user.setDescription' && context.freeText !== event.text) return 'description cut';
      if (event.type === 'user.setLocation' && context.location !== event.text) return 'location cut';
      return null;
    };
    expect(breaking(edges, rule)).toEqual([]);
  });

  it('never offers anonymity on a service request, and keeps no name or phone when anonymous', () => {
    for (const { context, ...s } of states) {
      if (context.kind === 'service')
        expect(placeOf({ ...s, context } as DialogSnapshot)).not.toBe('contact.anonymity');
      if (context.anonymous === true) {
        expect(kindAllowsAnonymous(context.kind!)).toBe(true);
        expect([context.name, context.phone]).toEqual(['', '']);
      }
    }
  });

  it('ignores back while submitting and at the receipt, and start over while submitting', () => {
    const busy = states.filter((x) => x.value === 'submitting' || x.value === 'receipt');
    expect(busy.length).toBeGreaterThan(0);
    for (const s of busy) {
      expect(s.can({ type: 'user.back' })).toBe(false);
      if (s.value === 'submitting') expect(s.can({ type: 'user.startOver' })).toBe(false);
    }
  });
});

/** A smaller model, so whole paths can be listed: one complaint and one service request. */
const SMALL: DialogEvent[] = [
  { type: 'user.start' },
  { type: 'user.chooseKind', kind: 'complaint' },
  { type: 'user.chooseKind', kind: 'service' },
  { type: 'user.chooseCategory', category: 'cmp.noise' },
  { type: 'user.chooseCategory', category: 'svc.legal' },
  { type: 'user.togglePhrase', phrase: 'P' },
  { type: 'user.setPhone', phone: VALID_PHONE },
  { type: 'user.chooseAnonymous', anonymous: true },
  { type: 'user.chooseAnonymous', anonymous: false },
  { type: 'user.chooseSms', consent: true },
  { type: 'user.next' },
  { type: 'user.back' },
  { type: 'user.submit' },
  { type: 'user.retry' },
  { type: 'submit.done', result: RESULT },
  { type: 'submit.failed', code: 'network' },
];
const smallWalk = { ...walk, events: SMALL };

type Path = ReturnType<typeof getShortestPaths<typeof dialogMachine>>[number];

/** The resident's events along a path (its first step is the machine's own start). */
const eventsOf = (path: Path) => path.steps.slice(1).map((step) => step.event);

function replay(events: readonly DialogEvent[]): DialogSnapshot {
  const actor = createActor(dialogMachine, { input: INPUT }).start();
  for (const event of events) actor.send(event);
  return actor.getSnapshot();
}

describe('whole paths a resident can take', () => {
  it('reaches a receipt only through review, submit and a stored submission, and a live actor agrees', {
    timeout: 600_000,
  }, () => {
    const paths = getSimplePaths(dialogMachine, { ...smallWalk, toState: (s) => s.value === 'receipt' });
    expect(paths.length).toBeGreaterThan(50);
    for (const path of paths) {
      const { steps } = path;
      const submitAt = steps.findLastIndex((step) => step.event.type === 'user.submit');
      expect(steps[submitAt - 1]?.state.value).toBe('review');
      expect(steps.at(-1)?.event.type).toBe('submit.done');
      expect(steps.at(-2)?.state.value).toBe('submitting');
      const live = replay(eventsOf(path));
      expect(live.value).toBe('receipt');
      expect(Draft.safeParse(draftFromContext(live.context)).success).toBe(true);
    }
  });

  it('counts every arrival at a screen, so the prompt shortens on the second visit', () => {
    const paths = getShortestPaths(dialogMachine, smallWalk);
    expect(paths.length).toBeGreaterThan(50);
    for (const path of paths) {
      const arrivals: Record<string, number> = {};
      path.steps.forEach((step, i) => {
        const place = placeOf(step.state);
        if (i === 0 || placeOf(path.steps[i - 1]!.state) !== place) arrivals[place] = (arrivals[place] ?? 0) + 1;
      });
      const live = replay(eventsOf(path));
      expect(behaviourOf(live)).toBe(behaviourOf(path.state));
      expect(live.context.visits).toMatchObject(arrivals);
    }
  });
});
