import { type ActorRefFrom, assign, type SnapshotFrom, setup } from 'xstate';
import { checkPhone } from '../domain/phone';
import { isValidReference } from '../domain/referenceNumber';
import { hasDescription, isDescriptionTooLong, isDescriptionUnusable } from './draft';
import {
  changesFrom,
  isCategoryOffered,
  isComplete,
  isLocationTooLong,
  isLocationUnusable,
  isNameTooLong,
  isNameUnusable,
  PLACES,
  type Place,
  placeAfter,
  placeBefore,
  placeToEdit,
  withChanges,
} from './flow';
import type { ContactStage, DialogContext, DialogEvent, DialogInput, FieldErrorKey, LookupStage, Step } from './types';

/** A session with nothing entered yet, in the centre's default language. */
export function emptyContext(input: DialogInput): DialogContext {
  return {
    catalogue: input.catalogue,
    defaultLanguage: input.defaultLanguage,
    language: input.defaultLanguage,
    kind: null,
    category: null,
    phrases: [],
    freeText: '',
    location: '',
    anonymous: null,
    name: '',
    phone: '',
    inputModes: [],
    returnToReview: false,
    fieldError: null,
    submitError: null,
    receipt: null,
    visits: {},
    lookupRef: '',
    phoneLast4: '',
    lookupResult: null,
  };
}

const setupDialog = setup({
  types: {
    context: {} as DialogContext,
    events: {} as DialogEvent,
    input: {} as DialogInput,
  },
  guards: {
    nextLeadsTo: ({ context, event }, p: { from: Step; to: Place }) =>
      placeAfter(withChanges(context, event), p.from) === p.to,
    backLeadsTo: ({ context }, p: { from: Place; to: Place }) => placeBefore(context, p.from) === p.to,
    editLeadsTo: ({ context, event }, p: { to: Place }) =>
      event.type === 'user.edit' && placeToEdit(context, event.section) === p.to,
    categoryNotOffered: ({ context, event }) =>
      event.type === 'user.chooseCategory' && !isCategoryOffered(context, event.category),
    choosesNamedContact: ({ event }) => event.type === 'user.chooseAnonymous' && !event.anonymous,
    descriptionEmpty: ({ context }) => !hasDescription(context),
    descriptionTooLong: ({ context }) => isDescriptionTooLong(context),
    descriptionUnusable: ({ context }) => isDescriptionUnusable(context),
    locationTooLong: ({ context }) => isLocationTooLong(context),
    locationUnusable: ({ context }) => isLocationUnusable(context),
    nameTooLong: ({ context }) => isNameTooLong(context),
    nameUnusable: ({ context }) => isNameUnusable(context),
    phoneInvalid: ({ context }) => !checkPhone(context.phone).ok,
    draftComplete: ({ context }) => isComplete(context),
    staysComplete: ({ context, event }) => isComplete(withChanges(context, event)),
    refMalformed: ({ context }) => !isValidReference(context.lookupRef),
    last4Malformed: ({ context }) => !/^\d{4}$/.test(context.phoneLast4),
  },
  actions: {
    enterStep: assign(({ context }, p: { key: string; keepError?: boolean }) => ({
      visits: { ...context.visits, [p.key]: (context.visits[p.key] ?? 0) + 1 },
      ...(p.keepError ? {} : { fieldError: null }),
    })),
    recordInputMode: assign(({ context, event }) => {
      const mode = 'mode' in event ? event.mode : undefined;
      if (mode === undefined || context.inputModes.includes(mode)) return {};
      return { inputModes: [...context.inputModes, mode] };
    }),
    applyChoice: assign(({ context, event }) => changesFrom(context, event)),
    togglePhrase: assign(({ context, event }) => {
      if (event.type !== 'user.togglePhrase') return {};
      const chosen = context.phrases.includes(event.phrase);
      const phrases = chosen ? context.phrases.filter((p) => p !== event.phrase) : [...context.phrases, event.phrase];
      return { phrases, fieldError: null };
    }),
    // Setters keep the text whole, even past a limit: the screen shows the count, `next` refuses.
    setFreeText: assign(({ event }) =>
      event.type === 'user.setDescription' ? { freeText: event.text, fieldError: null } : {},
    ),
    setLocation: assign(({ event }) =>
      event.type === 'user.setLocation' ? { location: event.text, fieldError: null } : {},
    ),
    setName: assign(({ event }) => (event.type === 'user.setName' ? { name: event.name, fieldError: null } : {})),
    setPhone: assign(({ event }) => (event.type === 'user.setPhone' ? { phone: event.phone, fieldError: null } : {})),
    refuse: assign((_, p: { error: FieldErrorKey }) => ({ fieldError: p.error })),
    refusePhone: assign(({ context }) => {
      const check = checkPhone(context.phone);
      return { fieldError: check.ok ? null : (`contact.phone.error.${check.error}` as const) };
    }),
    assumeNamedForService: assign(({ context }) => (context.kind === 'service' ? { anonymous: false } : {})),
    startEditing: assign({ returnToReview: true }),
    finishEditing: assign({ returnToReview: false }),
    keepReceipt: assign(({ event }) => (event.type === 'submit.done' ? { receipt: event.result } : {})),
    noteSubmitError: assign(({ event }) => (event.type === 'submit.failed' ? { submitError: event.code } : {})),
    clearSubmitError: assign({ submitError: null }),
    resetSession: assign(({ context }) => emptyContext(context)),
    setLookupRef: assign(({ event }) =>
      event.type === 'user.setLookupRef' ? { lookupRef: event.ref, fieldError: null } : {},
    ),
    setPhoneLast4: assign(({ event }) =>
      event.type === 'user.setPhoneLast4' ? { phoneLast4: event.digits, fieldError: null } : {},
    ),
    keepLookupResult: assign(({ event }) =>
      event.type === 'lookup.done' ? { lookupResult: event.result, fieldError: null } : {},
    ),
    noteLookupError: assign(({ event }) =>
      event.type === 'lookup.failed' ? { fieldError: `lookup.error.${event.code}` as const } : {},
    ),
    forgetLookup: assign({ lookupRef: '', phoneLast4: '', lookupResult: null }),
    forgetAnswer: assign({ phoneLast4: '', lookupResult: null }),
    clearFieldError: assign({ fieldError: null }),
  },
});

const to = (place: Place) => `#dialog.${place}` as const;
const enter = (key: string) => ({ type: 'enterStep', params: { key } }) as const;
const refuse = (error: FieldErrorKey) => ({ type: 'refuse', params: { error } }) as const;

/** A completed step: one guarded transition per screen, the guard asks `placeAfter` which one. */
function forward(from: Step, also: readonly 'startEditing'[] = []) {
  return PLACES.map((place) => ({
    guard: { type: 'nextLeadsTo', params: { from, to: place } } as const,
    target: to(place),
    actions: ['recordInputMode', 'applyChoice', ...also] as const,
  }));
}

function backFrom(from: Place) {
  return PLACES.map((place) => ({
    guard: { type: 'backLeadsTo', params: { from, to: place } } as const,
    target: to(place),
    actions: ['recordInputMode'] as const,
  }));
}

const editFromReview = PLACES.map((place) => ({
  guard: { type: 'editLeadsTo', params: { to: place } } as const,
  target: to(place),
  actions: ['recordInputMode', 'startEditing'] as const,
}));

/**
 * The resident's side of a session, one state per screen (STEPS in types.ts).
 * Pure: no timers, no I/O, so `xstate/graph` can walk it; the kiosk machine
 * invokes it and owns time and the submit call.
 */
export const dialogMachine = setupDialog.createMachine({
  id: 'dialog',
  context: ({ input }) => emptyContext(input),
  initial: 'welcome',
  on: {
    'user.setLanguage': { actions: ['recordInputMode', 'applyChoice'] },
    'user.startOver': { target: '.welcome', actions: 'resetSession' },
    'system.reset': { target: '.welcome', actions: 'resetSession' },
  },
  states: {
    welcome: {
      entry: enter('welcome'),
      on: {
        'user.start': { target: 'chooseKind', actions: 'recordInputMode' },
        // The welcome screen's language buttons start the session in that language.
        'user.setLanguage': { target: 'chooseKind', actions: ['recordInputMode', 'applyChoice'] },
      },
    },
    chooseKind: {
      entry: enter('chooseKind'),
      on: {
        'user.chooseKind': forward('chooseKind'),
        'user.checkProgress': { target: 'lookup', actions: 'recordInputMode' },
        'user.back': backFrom('chooseKind'),
      },
    },
    /** Checking progress by reference number; the API call is the kiosk machine's. */
    lookup: {
      entry: enter('lookup'),
      exit: 'forgetLookup',
      initial: 'ref',
      on: { 'user.back': { target: 'chooseKind', actions: 'recordInputMode' } },
      states: {
        ref: {
          // A failed lookup comes back here with its reason, which the entry must not wipe.
          entry: { type: 'enterStep', params: { key: 'lookup.ref', keepError: true } },
          on: {
            'user.setLookupRef': { actions: ['recordInputMode', 'setLookupRef'] },
            'user.next': [
              { guard: 'refMalformed', actions: ['recordInputMode', refuse('lookup.error.invalid')] },
              { target: 'checking', actions: 'recordInputMode' },
            ],
          },
        },
        checking: {
          entry: 'clearFieldError',
          on: {
            'lookup.done': { target: 'result', actions: 'keepLookupResult' },
            'lookup.failed': { target: 'ref', actions: 'noteLookupError' },
            'user.back': {},
          },
        },
        result: {
          entry: enter('lookup.result'),
          on: {
            'user.verify': { target: 'phone', actions: 'recordInputMode' },
            'user.back': { target: 'ref', actions: ['recordInputMode', 'forgetAnswer'] },
          },
        },
        phone: {
          entry: enter('lookup.phone'),
          on: {
            'user.setPhoneLast4': { actions: ['recordInputMode', 'setPhoneLast4'] },
            'user.next': [
              { guard: 'last4Malformed', actions: ['recordInputMode', refuse('lookup.error.last4')] },
              { target: 'checking', actions: 'recordInputMode' },
            ],
            'user.back': { target: 'result', actions: 'recordInputMode' },
          },
        },
      },
    },
    chooseCategory: {
      entry: enter('chooseCategory'),
      on: {
        'user.chooseCategory': [{ guard: 'categoryNotOffered' }, ...forward('chooseCategory')],
        'user.back': backFrom('chooseCategory'),
      },
    },
    describe: {
      entry: enter('describe'),
      on: {
        'user.togglePhrase': { actions: ['recordInputMode', 'togglePhrase'] },
        'user.setDescription': { actions: ['recordInputMode', 'setFreeText'] },
        'user.next': [
          { guard: 'descriptionEmpty', actions: ['recordInputMode', refuse('describe.error.empty')] },
          { guard: 'descriptionTooLong', actions: ['recordInputMode', refuse('describe.error.tooLong')] },
          { guard: 'descriptionUnusable', actions: ['recordInputMode', refuse('describe.error.unusable')] },
          ...forward('describe'),
        ],
        'user.back': backFrom('describe'),
      },
    },
    location: {
      entry: enter('location'),
      on: {
        'user.setLocation': { actions: ['recordInputMode', 'setLocation'] },
        'user.next': [
          { guard: 'locationTooLong', actions: ['recordInputMode', refuse('location.error.tooLong')] },
          { guard: 'locationUnusable', actions: ['recordInputMode', refuse('location.error.unusable')] },
          ...forward('location'),
        ],
        'user.back': backFrom('location'),
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
              { guard: 'choosesNamedContact', target: 'name', actions: ['recordInputMode', 'applyChoice'] },
              ...forward('contact'),
            ],
            'user.back': backFrom('contact.anonymity'),
          },
        },
        name: {
          entry: enter('contact.name'),
          on: {
            'user.setName': { actions: ['recordInputMode', 'setName'] },
            'user.next': [
              { guard: 'nameTooLong', actions: ['recordInputMode', refuse('contact.name.error.tooLong')] },
              { guard: 'nameUnusable', actions: ['recordInputMode', refuse('contact.name.error.unusable')] },
              { target: 'phone', actions: 'recordInputMode' },
            ],
            'user.back': backFrom('contact.name'),
          },
        },
        phone: {
          entry: enter('contact.phone'),
          on: {
            'user.setPhone': { actions: ['recordInputMode', 'setPhone'] },
            'user.next': [
              { guard: 'phoneInvalid', actions: ['recordInputMode', 'refusePhone'] },
              ...forward('contact'),
            ],
            'user.back': backFrom('contact.phone'),
          },
        },
      },
    },
    review: {
      entry: [enter('review'), 'finishEditing'],
      on: {
        'user.edit': editFromReview,
        'user.submit': { target: 'submitting', actions: 'recordInputMode' },
        'user.back': backFrom('review'),
        // The composed description's length depends on the language (the phrase separator),
        // so a change of language can push it over the limit: then it goes back to be shortened.
        'user.setLanguage': [
          { guard: 'staysComplete', actions: ['recordInputMode', 'applyChoice'] },
          ...forward('review', ['startEditing']),
        ],
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
          { guard: 'draftComplete', target: 'submitting', actions: 'recordInputMode' },
          ...forward('submitFailed', ['startEditing']),
        ],
        'user.back': forward('submitFailed', ['startEditing']),
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
  stage: ContactStage | LookupStage | null;
} {
  const { value } = snapshot;
  if (typeof value === 'string') return { step: value, stage: null };
  if ('lookup' in value) return { step: 'lookup', stage: value.lookup ?? null };
  return { step: 'contact', stage: value.contact ?? null };
}

/** The lookup the kiosk machine should make now, or null. */
export function pendingLookup(snapshot: DialogSnapshot): { ref: string; phoneLast4?: string } | null {
  if (!snapshot.matches({ lookup: 'checking' })) return null;
  const { lookupRef, phoneLast4, lookupResult } = snapshot.context;
  // The last four digits go along only once the resident has seen the status and asked for the note.
  return lookupResult && phoneLast4 ? { ref: lookupRef, phoneLast4 } : { ref: lookupRef };
}
