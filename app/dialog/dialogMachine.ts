import type { ActorRefFrom, SnapshotFrom } from 'xstate';
import type { Rating } from '../cases/lifecycle';
import type { InputMode } from '../domain/inputModes';
import type { Language } from '../i18n/languages';
import { emptyContext, setupDialog } from './dialogSetup';
import { draftFromContext } from './draft';
import type { Place } from './flow';
import type { ContactStage, FieldErrorKey, LookupStage, MeTooStage, Step } from './types';

/** A "me too" question (KioskApi `findSimilar`): only what similarity compares, never the contact. */
export interface SimilarQuery {
  category: string;
  location?: string;
  description: string;
}

/** Support to add to an offered case (KioskApi `supportCase`), with the resident's own contact if they left one. */
export interface SupportQuery {
  handle: string;
  /** `notify`: the resident left a phone and said yes to being told by SMS (contact.sms), else false. */
  contact?: { name?: string; phone?: string; notify: boolean };
  language: Language;
  inputModes: InputMode[];
}

/** A verdict to send (KioskApi `rateOutcome`). */
export interface VerdictQuery {
  ref: string;
  phoneLast4?: string;
  rating: Rating;
  reason?: string;
}

/** The contract's bound on a reason; what is longer is cut rather than lose the verdict. */
export const VERDICT_REASON_MAX = 1000;

// Other modules and tests take the empty session from here, with the machine.
export { emptyContext };

const to = (place: Place) => `#dialog.${place}` as const;
const enter = (key: string) => ({ type: 'enterStep', params: { key } }) as const;
const refuse = (error: FieldErrorKey) => ({ type: 'refuse', params: { error } }) as const;

const NOTE_MODE = ['recordInputMode'] as const;
const CHOOSE = ['recordInputMode', 'applyChoice'] as const;
type MoveActions = readonly ('recordInputMode' | 'applyChoice' | 'startEditing')[];
/** At least one screen: a move with none declared would be invisible to the walk that checks routes. */
type Places = readonly [Place, ...Place[]];

/**
 * Where a completed step may go: one transition per screen it declares, each
 * guarded by whether flow.ts's `placeAfter` names that screen. A screen that
 * flow.ts computes but the step does not declare would leave the resident
 * where they are; dialogMachine.routes.test.ts walks the chart to show there is none.
 */
function forward(from: Step, places: Places, actions: MoveActions = NOTE_MODE) {
  return places.map((place) => ({
    guard: { type: 'nextLeadsTo', params: { from, to: place } } as const,
    target: to(place),
    actions,
  }));
}

/** Where `back` may go from a screen; flow.ts's `placeBefore` picks one. */
function backFrom(from: Place, places: Places) {
  return places.map((place) => ({
    guard: { type: 'backLeadsTo', params: { from, to: place } } as const,
    target: to(place),
    actions: NOTE_MODE,
  }));
}

/** The screens the review's "change" buttons open; flow.ts's `placeToEdit` picks one. */
function editFromReview(places: Places) {
  return places.map((place) => ({
    guard: { type: 'editLeadsTo', params: { to: place } } as const,
    target: to(place),
    actions: [...NOTE_MODE, 'startEditing'] as const,
  }));
}

/**
 * The resident's side of a session, one state per screen (STEPS in types.ts).
 * Pure: no timers, no I/O, so `xstate/graph` can walk it; the kiosk machine
 * invokes it and owns time and the submit call.
 *
 * Read top to bottom, the chart is the resident's route. Three rules of
 * flow.ts make some lists longer than the ordinary way on:
 * - a step changed from the review goes on to the first screen still
 *   unanswered, else back to the review, so an early step may lead to any later one;
 * - `back` from a step changed from the review returns there when nothing is missing;
 * - a change of language can push the composed description over its limit
 *   (the phrase separator differs), so later steps may send the resident back to describe.
 */
export const dialogMachine = setupDialog.createMachine({
  id: 'dialog',
  context: ({ input }) => emptyContext(input),
  initial: 'welcome',
  // Commands that work on every screen (a screen below may refine them).
  on: {
    'user.setLanguage': { actions: CHOOSE },
    'user.startOver': { target: '.welcome', actions: 'resetSession' },
    'system.reset': { target: '.welcome', actions: 'resetSession' },
  },
  states: {
    welcome: {
      entry: enter('welcome'),
      on: {
        'user.start': { target: 'chooseKind', actions: NOTE_MODE },
        // The welcome screen's language buttons start the session in that language.
        'user.setLanguage': { target: 'chooseKind', actions: CHOOSE },
      },
    },
    chooseKind: {
      entry: enter('chooseKind'),
      on: {
        'user.chooseKind': forward(
          'chooseKind',
          ['chooseCategory', 'describe', 'location', 'contact.anonymity', 'contact.name', 'review'],
          CHOOSE,
        ),
        'user.checkProgress': { target: 'lookup', actions: NOTE_MODE },
        'user.back': backFrom('chooseKind', ['welcome', 'review']),
      },
    },
    /** Checking progress by reference number; the API call is the kiosk machine's. */
    lookup: {
      entry: enter('lookup'),
      exit: 'forgetLookup',
      initial: 'ref',
      states: {
        ref: {
          // A failed lookup comes back here with its reason, which the entry must not wipe.
          entry: { type: 'enterStep', params: { key: 'lookup.ref', keepError: true } },
          on: {
            'user.setLookupRef': { actions: [...NOTE_MODE, 'setLookupRef'] },
            'user.next': [
              { guard: 'refMalformed', actions: [...NOTE_MODE, 'refuseReference'] },
              { target: 'checking', actions: NOTE_MODE },
            ],
            'user.back': { target: '#dialog.chooseKind', actions: NOTE_MODE },
          },
        },
        // No `back` while the kiosk is asking: the answer would come back to a screen no longer shown.
        checking: {
          entry: 'clearFieldError',
          on: {
            'lookup.done': [
              { guard: 'verdictAsked', target: 'rate', actions: 'keepLookupResult' },
              { target: 'result', actions: 'keepLookupResult' },
            ],
            'lookup.failed': { target: 'ref', actions: 'noteLookupError' },
          },
        },
        result: {
          entry: enter('lookup.result'),
          on: {
            'user.verify': { target: 'phone', actions: NOTE_MODE },
            'user.back': { target: 'ref', actions: [...NOTE_MODE, 'forgetAnswer'] },
          },
        },
        phone: {
          entry: enter('lookup.phone'),
          on: {
            'user.setPhoneLast4': { actions: [...NOTE_MODE, 'setPhoneLast4'] },
            'user.next': [
              { guard: 'last4Malformed', actions: [...NOTE_MODE, refuse('lookup.error.last4')] },
              { target: 'checking', actions: NOTE_MODE },
            ],
            'user.back': { target: 'result', actions: NOTE_MODE },
          },
        },
        /** A resolved case: the status and the public note, then 满意 / 基本满意 / 不满意. */
        rate: {
          // A verdict that failed to send comes back here with its reason.
          entry: { type: 'enterStep', params: { key: 'lookup.rate', keepError: true } },
          on: {
            'user.rate': [
              { guard: 'ratesUnsatisfied', target: 'reason', actions: [...NOTE_MODE, 'setRating'] },
              { target: 'rating', actions: [...NOTE_MODE, 'setRating', 'clearVerdictReason'] },
            ],
            'user.back': { target: 'ref', actions: [...NOTE_MODE, 'forgetAnswer'] },
          },
        },
        /** 不满意: what is not right, in the resident's words, or nothing (a keypad user may not type). */
        reason: {
          entry: enter('lookup.reason'),
          on: {
            'user.setVerdictReason': { actions: [...NOTE_MODE, 'setVerdictReason'] },
            'user.next': { target: 'rating', actions: NOTE_MODE },
            'user.skipReason': { target: 'rating', actions: [...NOTE_MODE, 'clearVerdictReason'] },
            'user.back': { target: 'rate', actions: NOTE_MODE },
          },
        },
        // No `back` while the verdict is being sent, as while looking up.
        rating: {
          entry: 'clearFieldError',
          on: {
            'verdict.done': { target: 'rated', actions: 'keepVerdict' },
            'verdict.failed': { target: 'rate', actions: 'noteVerdictError' },
          },
        },
        rated: {
          entry: enter('lookup.rated'),
        },
      },
    },
    chooseCategory: {
      entry: enter('chooseCategory'),
      on: {
        'user.chooseCategory': [
          { guard: 'categoryNotOffered' },
          ...forward('chooseCategory', ['describe', 'location', 'contact.anonymity', 'contact.name', 'review'], CHOOSE),
        ],
        'user.back': backFrom('chooseCategory', ['chooseKind', 'review']),
      },
    },
    describe: {
      entry: enter('describe'),
      on: {
        'user.togglePhrase': { actions: [...NOTE_MODE, 'togglePhrase'] },
        'user.setDescription': { actions: [...NOTE_MODE, 'setFreeText'] },
        'user.next': [
          { guard: 'descriptionEmpty', actions: [...NOTE_MODE, refuse('describe.error.empty')] },
          { guard: 'descriptionTooLong', actions: [...NOTE_MODE, refuse('describe.error.tooLong')] },
          { guard: 'descriptionUnusable', actions: [...NOTE_MODE, refuse('describe.error.unusable')] },
          ...forward('describe', ['location', 'contact.anonymity', 'contact.name', 'review']),
        ],
        'user.back': backFrom('describe', ['chooseCategory', 'review']),
      },
    },
    location: {
      entry: enter('location'),
      on: {
        'user.setLocation': { actions: [...NOTE_MODE, 'setLocation'] },
        'user.next': [
          { guard: 'locationTooLong', actions: [...NOTE_MODE, refuse('location.error.tooLong')] },
          { guard: 'locationUnusable', actions: [...NOTE_MODE, refuse('location.error.unusable')] },
          ...forward('location', ['contact.anonymity', 'contact.name', 'review', 'describe']),
        ],
        'user.back': backFrom('location', ['describe', 'review']),
      },
    },
    contact: {
      entry: [enter('contact'), 'assumeNamedForService'],
      initial: 'anonymity',
      states: {
        anonymity: {
          entry: enter('contact.anonymity'),
          on: {
            'user.chooseAnonymous': [
              { guard: 'choosesNamedContact', target: 'name', actions: CHOOSE },
              ...forward('contact', ['review', 'describe'], CHOOSE),
            ],
            'user.back': backFrom('contact.anonymity', ['location', 'describe', 'review']),
          },
        },
        name: {
          entry: enter('contact.name'),
          on: {
            'user.setName': { actions: [...NOTE_MODE, 'setName'] },
            'user.next': [
              { guard: 'nameTooLong', actions: [...NOTE_MODE, refuse('contact.name.error.tooLong')] },
              { guard: 'nameUnusable', actions: [...NOTE_MODE, refuse('contact.name.error.unusable')] },
              { target: 'phone', actions: NOTE_MODE },
            ],
            'user.back': backFrom('contact.name', ['contact.anonymity', 'location', 'describe', 'review']),
          },
        },
        phone: {
          entry: enter('contact.phone'),
          on: {
            'user.setPhone': { actions: [...NOTE_MODE, 'setPhone'] },
            'user.next': [
              { guard: 'phoneInvalid', actions: [...NOTE_MODE, 'refusePhone'] },
              { target: 'sms', actions: NOTE_MODE },
            ],
            'user.back': backFrom('contact.phone', ['contact.name', 'review']),
          },
        },
        /** "案件有进展时，用短信告诉您吗？": only a resident who left a phone is asked; no until they say yes. */
        sms: {
          entry: enter('contact.sms'),
          on: {
            'user.chooseSms': forward('contact', ['review', 'describe'], CHOOSE),
            'user.back': backFrom('contact.sms', ['contact.phone', 'review']),
          },
        },
      },
    },
    review: {
      entry: [enter('review'), 'finishEditing'],
      on: {
        'user.edit': editFromReview([
          'chooseKind',
          'chooseCategory',
          'describe',
          'location',
          'contact.anonymity',
          'contact.name',
        ]),
        'user.submit': [
          { guard: 'asksMeToo', target: 'meToo', actions: NOTE_MODE },
          { target: 'submitting', actions: NOTE_MODE },
        ],
        'user.back': backFrom('review', ['contact.anonymity', 'contact.sms']),
        // A language whose phrase separator is longer can push the description over the limit:
        // then the resident goes back to shorten it, as if changing it from here.
        'user.setLanguage': [
          { guard: 'staysComplete', actions: CHOOSE },
          ...forward('review', ['describe'], [...CHOOSE, 'startEditing']),
        ],
      },
    },
    /**
     * "Me too" (已经有人反映过这个问题): before a complaint is stored, the kiosk
     * asks whether an open case is the same problem; the resident adds their
     * support to it or submits their own. Whatever goes wrong on the way — no
     * answer, a refusal, an expired offer — the complaint is submitted as usual,
     * so the draft is never lost.
     */
    meToo: {
      exit: 'forgetOffer',
      initial: 'checking',
      on: {
        // As on the review: a language whose phrase separator is longer can push the description over the limit.
        'user.setLanguage': [
          { guard: 'staysComplete', actions: CHOOSE },
          ...forward('review', ['describe'], [...CHOOSE, 'startEditing']),
        ],
      },
      states: {
        checking: {
          entry: enter('meToo.checking'),
          on: {
            'similar.found': { target: 'offer', actions: 'keepOffer' },
            'similar.none': '#dialog.submitting',
          },
        },
        offer: {
          entry: enter('meToo.offer'),
          on: {
            'user.support': { target: 'supporting', actions: NOTE_MODE },
            'user.submitOwn': { target: '#dialog.submitting', actions: NOTE_MODE },
            'user.back': { target: '#dialog.review', actions: NOTE_MODE },
          },
        },
        supporting: {
          entry: enter('meToo.supporting'),
          on: {
            'support.done': { target: '#dialog.receipt', actions: 'keepSupportReceipt' },
            'support.failed': '#dialog.submitting',
            // The support may already be stored: starting over now would hide its reference number.
            'user.startOver': {},
          },
        },
      },
    },
    submitting: {
      entry: enter('submitting'),
      on: {
        'submit.done': { target: 'receipt', actions: 'keepReceipt' },
        'submit.failed': { target: 'submitFailed', actions: 'noteSubmitError' },
        // The submission may already be stored: starting over now would hide its reference number.
        'user.startOver': {},
      },
    },
    submitFailed: {
      entry: enter('submitFailed'),
      exit: 'clearSubmitError',
      on: {
        'user.retry': [
          { guard: 'draftComplete', target: 'submitting', actions: NOTE_MODE },
          ...forward('submitFailed', ['describe'], [...NOTE_MODE, 'startEditing']),
        ],
        'user.back': forward('submitFailed', ['review', 'describe'], [...NOTE_MODE, 'startEditing']),
      },
    },
    receipt: {
      entry: enter('receipt'),
      on: { 'user.finish': { target: 'welcome', actions: 'resetSession' } },
    },
  },
});

export type DialogSnapshot = SnapshotFrom<typeof dialogMachine>;
export type DialogActorRef = ActorRefFrom<typeof dialogMachine>;

/** The screen a dialog snapshot is on: the step, and the stage when the step has stages (contact, lookup). */
export function currentStep(snapshot: Pick<DialogSnapshot, 'value'>): {
  step: Step;
  stage: ContactStage | LookupStage | MeTooStage | null;
} {
  const { value } = snapshot;
  if (typeof value === 'string') return { step: value, stage: null };
  if ('lookup' in value) return { step: 'lookup', stage: value.lookup ?? null };
  if ('meToo' in value) return { step: 'meToo', stage: value.meToo ?? null };
  return { step: 'contact', stage: value.contact ?? null };
}

/** The verdict the kiosk machine should send now (KioskApi `rateOutcome`), or null. */
export function pendingVerdict(snapshot: DialogSnapshot): VerdictQuery | null {
  if (!snapshot.matches({ lookup: 'rating' })) return null;
  const { lookupResult, phoneLast4, verdictRating, verdictReason } = snapshot.context;
  if (lookupResult === null || verdictRating === null) return null;
  const reason = verdictReason.trim().slice(0, VERDICT_REASON_MAX);
  return {
    ref: lookupResult.ref,
    rating: verdictRating,
    ...(phoneLast4 !== '' && { phoneLast4 }),
    ...(reason !== '' && { reason }),
  };
}

/** The lookup the kiosk machine should make now, or null. */
export function pendingLookup(snapshot: DialogSnapshot): { ref: string; phoneLast4?: string } | null {
  if (!snapshot.matches({ lookup: 'checking' })) return null;
  const { lookupRef, phoneLast4, lookupResult } = snapshot.context;
  // The last four digits go along only once the resident has seen the status and asked for the note.
  return lookupResult && phoneLast4 ? { ref: lookupRef, phoneLast4 } : { ref: lookupRef };
}

/** The "me too" question the kiosk machine should ask now (KioskApi `findSimilar`), or null. */
export function pendingSimilar(snapshot: DialogSnapshot): SimilarQuery | null {
  if (!snapshot.matches({ meToo: 'checking' })) return null;
  const draft = draftFromContext(snapshot.context);
  return {
    category: draft.category,
    description: draft.description,
    ...(draft.location !== undefined && { location: draft.location }),
  };
}

/** The support the kiosk machine should add now (KioskApi `supportCase`), or null. */
export function pendingSupport(snapshot: DialogSnapshot): SupportQuery | null {
  if (!snapshot.matches({ meToo: 'supporting' }) || snapshot.context.similar === null) return null;
  const draft = draftFromContext(snapshot.context);
  const { contact } = draft;
  return {
    handle: snapshot.context.similar.handle,
    language: draft.language,
    inputModes: draft.inputModes,
    ...(!contact.anonymous && {
      contact: {
        ...(contact.name !== undefined && { name: contact.name }),
        ...(contact.phone !== undefined && { phone: contact.phone }),
        notify: contact.smsConsent === true && contact.phone !== undefined && contact.phone !== '',
      },
    }),
  };
}
