/**
 * The kiosk's calls on the dialog's behalf: storing a complaint, checking a case's progress, sending
 * the resident's verdict, and "me too" (asking for a similar open case, then adding the support).
 * The dialog asks (a query in `dialog.changed`); the kiosk calls the renderer's KioskApi and tells
 * the dialog how it went. One region a call, each waiting for the next ask while none is running.
 */
import { and, type InputFrom, type OutputFrom, sendTo } from 'xstate';
import type { SimilarCase } from '../contract/kioskApi';
import { lookupErrorCode, submitErrorCode } from './errorCodes';
import { draftIn, lookupIn, similarIn, supportIn, verdictIn } from './kioskDialog';
import { type KioskEvents, type kioskActors, kioskBase } from './kioskSetup';

type Call = 'submitDraft' | 'lookupStatus' | 'rateOutcome' | 'findSimilar' | 'supportCase';
type Answer<TCall extends Call> = OutputFrom<(typeof kioskActors)[TCall]>;
type Query<TCall extends Call> = InputFrom<(typeof kioskActors)[TCall]>;

export const withRequests = kioskBase.extend({
  guards: {
    dialogSubmits: ({ event }) =>
      event.type === 'dialog.changed' && event.phase === 'submitting' && event.draft !== null,
    dialogSubmitsNothing: ({ event }) =>
      event.type === 'dialog.changed' && event.phase === 'submitting' && event.draft === null,
    dialogLooksUp: ({ event }) => event.type === 'dialog.changed' && event.lookup !== null,
    dialogRates: ({ event }) => event.type === 'dialog.changed' && !!event.verdict,
    dialogAsksSimilar: ({ event }) => event.type === 'dialog.changed' && !!event.similar,
    dialogSupports: ({ event }) => event.type === 'dialog.changed' && !!event.support,
    meTooOn: ({ context }) => context.meToo,
  },
  actions: {
    reportSubmitted: sendTo('dialog', (_, p: { output: Answer<'submitDraft'> }) => ({
      type: 'submit.done',
      result: p.output,
    })),
    reportSubmitFailed: sendTo('dialog', (_, p: { error: unknown }) => ({
      type: 'submit.failed',
      code: submitErrorCode(p.error),
    })),
    reportLookup: sendTo('dialog', (_, p: { output: Answer<'lookupStatus'> }) => ({
      type: 'lookup.done',
      result: p.output,
    })),
    reportLookupFailed: sendTo('dialog', (_, p: { error: unknown }) => ({
      type: 'lookup.failed',
      code: lookupErrorCode(p.error),
    })),
    reportVerdict: sendTo('dialog', (_, p: { output: Answer<'rateOutcome'> }) => ({
      type: 'verdict.done',
      status: p.output.status,
    })),
    reportVerdictFailed: sendTo('dialog', (_, p: { error: unknown }) => ({
      type: 'verdict.failed',
      code: lookupErrorCode(p.error),
    })),
    reportSimilar: sendTo('dialog', (_, p: { output: { items: SimilarCase[] } }) =>
      p.output.items[0] === undefined
        ? { type: 'similar.none' as const }
        : { type: 'similar.found' as const, offer: p.output.items[0] },
    ),
    reportNoSimilar: sendTo('dialog', { type: 'similar.none' }),
    // "Me too" never stands in the way: when asking fails, the complaint is submitted as usual.
    reportSimilarFailed: sendTo('dialog', (_, _p: { error: unknown }) => ({ type: 'similar.none' as const })),
    reportSupported: sendTo('dialog', (_, p: { output: Answer<'supportCase'> }) => ({
      type: 'support.done',
      result: p.output,
    })),
    reportSupportFailed: sendTo('dialog', (_, _p: { error: unknown }) => ({ type: 'support.failed' as const })),
  },
});

/**
 * A state that makes one call with the dialog's query (`queryIn` its `dialog.changed`) and tells the dialog its answer (`done`) or its failure (`failed`),
 * then waits again. Every call of the kiosk has this one shape.
 */
function callAndReport<TCall extends Call, const TDone extends string, const TFailed extends string>(
  src: TCall,
  queryIn: (event: KioskEvents) => Query<TCall>,
  done: TDone,
  failed: TFailed,
) {
  return {
    invoke: {
      src,
      input: ({ event }: { event: KioskEvents }) => queryIn(event),
      onDone: {
        target: 'waiting',
        actions: {
          type: done,
          params: ({ event }: { event: { output: Answer<TCall> } }) => ({ output: event.output }),
        },
      },
      onError: {
        target: 'waiting',
        actions: { type: failed, params: ({ event }: { event: { error: unknown } }) => ({ error: event.error }) },
      },
    },
  } as const;
}

/**
 * A region of calls: it waits until the dialog asks (`asked`, its answer to `dialog.changed`), makes
 * the call in one of its `calls` states, and forgets any call at a visit's end.
 */
function callRegion<const TAsked, const TCalls>(asked: TAsked, calls: TCalls) {
  return {
    initial: 'waiting',
    on: { 'kiosk.reset': '.waiting' },
    states: { waiting: { on: { 'dialog.changed': asked } }, ...calls },
  } as const;
}

const submission = withRequests.createStateConfig(
  callRegion(
    [
      { guard: 'dialogSubmits', target: 'sending' },
      // Defensive: the dialog reaches submitting only from a complete review.
      {
        guard: 'dialogSubmitsNothing',
        actions: { type: 'reportSubmitFailed', params: { error: { code: 'invalid' } } },
      },
    ],
    { sending: callAndReport('submitDraft', draftIn, 'reportSubmitted', 'reportSubmitFailed') },
  ),
);

/** "Me too": the question before a complaint is stored, and the support; any failure submits as usual. */
const meToo = withRequests.createStateConfig(
  callRegion(
    [
      { guard: and(['dialogAsksSimilar', 'meTooOn']), target: 'asking' },
      { guard: 'dialogAsksSimilar', actions: 'reportNoSimilar' },
      { guard: 'dialogSupports', target: 'supporting' },
    ],
    {
      asking: callAndReport('findSimilar', similarIn, 'reportSimilar', 'reportSimilarFailed'),
      supporting: callAndReport('supportCase', supportIn, 'reportSupported', 'reportSupportFailed'),
    },
  ),
);

/** Checking a case's progress by its reference. */
const lookup = withRequests.createStateConfig(
  callRegion(
    { guard: 'dialogLooksUp', target: 'asking' },
    { asking: callAndReport('lookupStatus', lookupIn, 'reportLookup', 'reportLookupFailed') },
  ),
);

/** The resident's verdict on a resolved case. */
const verdict = withRequests.createStateConfig(
  callRegion(
    { guard: 'dialogRates', target: 'sending' },
    { sending: callAndReport('rateOutcome', verdictIn, 'reportVerdict', 'reportVerdictFailed') },
  ),
);

/** The kiosk's regions of calls, by name (the kiosk machine's parallel regions). */
export const requestRegions = { submission, meToo, lookup, verdict };
