/**
 * The dialog machine's guards and actions, named once here so the chart in
 * dialogMachine.ts reads as the resident's route. An action or guard that
 * reads an event's payload asserts the event's type first: used on the wrong
 * event it throws, instead of quietly doing nothing.
 */
import { assertEvent, assign, setup } from 'xstate';
import { checkPhone } from '../domain/phone';
import { referenceProblem } from '../domain/referenceNumber';
import { hasDescription, isDescriptionTooLong, isDescriptionUnusable } from './draft';
import {
  changesFrom,
  isCategoryOffered,
  isComplete,
  isLocationTooLong,
  isLocationUnusable,
  isNameTooLong,
  isNameUnusable,
  type Place,
  placeAfter,
  placeBefore,
  placeToEdit,
  withChanges,
} from './flow';
import type { DialogContext, DialogEvent, DialogInput, FieldErrorKey, Step } from './types';

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
    smsConsent: false,
    inputModes: [],
    returnToReview: false,
    fieldError: null,
    submitError: null,
    receipt: null,
    similar: null,
    supportedBy: null,
    visits: {},
    lookupRef: '',
    phoneLast4: '',
    lookupResult: null,
    verdictRating: null,
    verdictReason: '',
    verdictStatus: null,
  };
}

const NO_VERDICT = { verdictRating: null, verdictReason: '', verdictStatus: null } as const;

/** The events that change an answer by choosing (what `changesFrom` in flow.ts reads). */
const CHOICE_EVENTS = [
  'user.setLanguage',
  'user.chooseKind',
  'user.chooseCategory',
  'user.chooseAnonymous',
  'user.chooseSms',
] as const;

export const setupDialog = setup({
  types: {
    context: {} as DialogContext,
    events: {} as DialogEvent,
    input: {} as DialogInput,
  },
  guards: {
    // The three route guards ask flow.ts where a move leads; the chart has one transition per declared answer.
    nextLeadsTo: ({ context, event }, p: { from: Step; to: Place }) =>
      placeAfter(withChanges(context, event), p.from) === p.to,
    backLeadsTo: ({ context }, p: { from: Place; to: Place }) => placeBefore(context, p.from) === p.to,
    editLeadsTo: ({ context, event }, p: { to: Place }) => {
      assertEvent(event, 'user.edit');
      return placeToEdit(context, event.section) === p.to;
    },
    categoryNotOffered: ({ context, event }) => {
      assertEvent(event, 'user.chooseCategory');
      return !isCategoryOffered(context, event.category);
    },
    choosesNamedContact: ({ event }) => {
      assertEvent(event, 'user.chooseAnonymous');
      return !event.anonymous;
    },
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
    refMalformed: ({ context }) => referenceProblem(context.lookupRef) !== null,
    last4Malformed: ({ context }) => !/^\d{4}$/.test(context.phoneLast4),
    verdictAsked: ({ event }) => {
      assertEvent(event, 'lookup.done');
      return event.result.verdictDue === true;
    },
    /** Only a complaint is offered "me too": a request or a suggestion is the resident's own. */
    asksMeToo: ({ context }) => context.kind === 'complaint',
    ratesUnsatisfied: ({ event }) => {
      assertEvent(event, 'user.rate');
      return event.rating === 'unsatisfied';
    },
  },
  actions: {
    enterStep: assign(({ context }, p: { key: string; keepError?: boolean }) => ({
      visits: { ...context.visits, [p.key]: (context.visits[p.key] ?? 0) + 1 },
      ...(p.keepError ? {} : { fieldError: null }),
    })),
    // Every resident's event may say how it was given (touch, keypad, voice), so this one reads any event.
    recordInputMode: assign(({ context, event }) => {
      const mode = 'mode' in event ? event.mode : undefined;
      if (mode === undefined || context.inputModes.includes(mode)) return {};
      return { inputModes: [...context.inputModes, mode] };
    }),
    applyChoice: assign(({ context, event }) => {
      assertEvent(event, CHOICE_EVENTS);
      return changesFrom(context, event);
    }),
    togglePhrase: assign(({ context, event }) => {
      assertEvent(event, 'user.togglePhrase');
      const chosen = context.phrases.includes(event.phrase);
      const phrases = chosen ? context.phrases.filter((p) => p !== event.phrase) : [...context.phrases, event.phrase];
      return { phrases, fieldError: null };
    }),
    // Setters keep the text whole, even past a limit: the screen shows the count, `next` refuses.
    setFreeText: assign(({ event }) => {
      assertEvent(event, 'user.setDescription');
      return { freeText: event.text, fieldError: null };
    }),
    setLocation: assign(({ event }) => {
      assertEvent(event, 'user.setLocation');
      return { location: event.text, fieldError: null };
    }),
    setName: assign(({ event }) => {
      assertEvent(event, 'user.setName');
      return { name: event.name, fieldError: null };
    }),
    setPhone: assign(({ event }) => {
      assertEvent(event, 'user.setPhone');
      return { phone: event.phone, fieldError: null };
    }),
    refuse: assign((_, p: { error: FieldErrorKey }) => ({ fieldError: p.error })),
    // Too short, too long or one digit wrong: each needs a different correction, so each has its words.
    refuseReference: assign(({ context }) => ({
      fieldError: `lookup.error.${referenceProblem(context.lookupRef) ?? 'invalid'}` as const,
    })),
    refusePhone: assign(({ context }) => {
      const check = checkPhone(context.phone);
      return { fieldError: check.ok ? null : (`contact.phone.error.${check.error}` as const) };
    }),
    assumeNamedForService: assign(({ context }) => (context.kind === 'service' ? { anonymous: false } : {})),
    startEditing: assign({ returnToReview: true }),
    finishEditing: assign({ returnToReview: false }),
    keepReceipt: assign(({ event }) => {
      assertEvent(event, 'submit.done');
      return { receipt: event.result };
    }),
    keepOffer: assign(({ event }) => {
      assertEvent(event, 'similar.found');
      return { similar: event.offer };
    }),
    forgetOffer: assign({ similar: null }),
    keepSupportReceipt: assign(({ event }) => {
      assertEvent(event, 'support.done');
      const { residents, ...receipt } = event.result;
      return { receipt, supportedBy: residents };
    }),
    noteSubmitError: assign(({ event }) => {
      assertEvent(event, 'submit.failed');
      return { submitError: event.code };
    }),
    clearSubmitError: assign({ submitError: null }),
    resetSession: assign(({ context }) => emptyContext(context)),
    setLookupRef: assign(({ event }) => {
      assertEvent(event, 'user.setLookupRef');
      return { lookupRef: event.ref, fieldError: null };
    }),
    setPhoneLast4: assign(({ event }) => {
      assertEvent(event, 'user.setPhoneLast4');
      return { phoneLast4: event.digits, fieldError: null };
    }),
    keepLookupResult: assign(({ event }) => {
      assertEvent(event, 'lookup.done');
      return { lookupResult: event.result, fieldError: null };
    }),
    noteLookupError: assign(({ event }) => {
      assertEvent(event, 'lookup.failed');
      return { fieldError: `lookup.error.${event.code}` as const };
    }),
    forgetLookup: assign({ ...NO_VERDICT, lookupRef: '', phoneLast4: '', lookupResult: null }),
    forgetAnswer: assign({ ...NO_VERDICT, phoneLast4: '', lookupResult: null }),
    setRating: assign(({ event }) => {
      assertEvent(event, 'user.rate');
      return { verdictRating: event.rating, fieldError: null };
    }),
    setVerdictReason: assign(({ event }) => {
      assertEvent(event, 'user.setVerdictReason');
      return { verdictReason: event.text, fieldError: null };
    }),
    clearVerdictReason: assign({ verdictReason: '' }),
    keepVerdict: assign(({ event }) => {
      assertEvent(event, 'verdict.done');
      return { verdictStatus: event.status, fieldError: null };
    }),
    noteVerdictError: assign(({ event }) => {
      assertEvent(event, 'verdict.failed');
      return { fieldError: `lookup.verdict.error.${event.code}` as const };
    }),
    clearFieldError: assign({ fieldError: null }),
  },
});
