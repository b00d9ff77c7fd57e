import type { ContactStage, DialogContext, LookupStage, MeTooStage, Step, UserEvent } from '../dialog/types';
import { categoriesOf } from '../domain/catalogue';
import { KINDS, type Kind } from '../domain/kinds';
import { GRAMMARS, matchIntent, normalise } from '../intents';
import type { Command, Expect, IntentResult } from '../intents/types';
import { type DictationField, type DigitsField, type Listening, listeningFor } from './listening';

export type { DictationField, DigitsField, Listening } from './listening';
export { listeningFor } from './listening';

/** What one utterance means on the screen that heard it. */
export type VoiceOutcome =
  /** Dialog events to send, in order; `echo` is what was understood, said back in the next prompt. */
  | { type: 'events'; events: UserEvent[]; echo: string | null }
  | { type: 'command'; command: Command }
  /** The resident said the label of a button on the screen: press it. */
  | { type: 'press'; label: string }
  | { type: 'dictated'; field: DictationField; text: string }
  | { type: 'digits'; field: DigitsField; digits: string }
  /** Yes or no to a read-back or a "did you say …?". */
  | { type: 'answer'; answer: 'yes' | 'no' }
  /** Dictation or digits the resident said yes to: fill the field and move on. */
  | { type: 'acceptDictation'; field: DictationField; text: string }
  | { type: 'acceptDigits'; field: DigitsField; digits: string }
  | { type: 'noMatch' };

/** A low-confidence outcome is confirmed first ("您是说'投诉'吗？"). */
export interface Interpretation {
  outcome: VoiceOutcome;
  confidence: number;
}

export interface TurnInput {
  step: Step;
  stage: ContactStage | LookupStage | MeTooStage | null;
  ctx: DialogContext;
  text: string;
  /** The visible buttons' labels, so that saying what a button says presses it. */
  buttons: readonly string[];
  /** The shown name of a kind or category, for the echo. */
  labelOf: (what: { kind?: Kind; category?: string }) => string;
}

const same = (a: string, b: string) => a !== '' && normalise(a) === normalise(b);

/** The button whose label is what was said, if any ("跳过", "确认提交", "Try again"). */
function buttonSaid(text: string, buttons: readonly string[]): string | null {
  return buttons.find((label) => same(label, text)) ?? null;
}

/** A kind, and what else the same breath gave: category and description (mixed initiative). */
function kindEvents(ctx: DialogContext, result: IntentResult, kind: Kind): UserEvent[] {
  const events: UserEvent[] = [{ type: 'user.chooseKind', kind, mode: 'voice' }];
  const category = result.category !== null && categoryOf(ctx, result.category, kind);
  if (category) {
    events.push({ type: 'user.chooseCategory', category, mode: 'voice' });
    if (result.description) events.push(...describeEvents(ctx, result.description));
  }
  return events;
}

function categoryOf(ctx: DialogContext, code: string, kind: Kind): string | null {
  return categoriesOf(ctx.catalogue, kind).some((c) => c.code === code) ? code : null;
}

/** A description given in the same breath fills the describe step and moves past it. */
function describeEvents(ctx: DialogContext, description: string): UserEvent[] {
  const text = ctx.freeText.trim() ? `${ctx.freeText.trim()} ${description}` : description;
  return [
    { type: 'user.setDescription', text, mode: 'voice' },
    { type: 'user.next', mode: 'voice' },
  ];
}

function intentOutcome(input: TurnInput, expect: Expect): Interpretation {
  const { ctx, step, stage, text } = input;
  const result = matchIntent(text, {
    lang: ctx.language,
    expect,
    catalogue: ctx.catalogue,
    kind: ctx.kind ?? undefined,
  });
  const sure = (outcome: VoiceOutcome): Interpretation => ({ outcome, confidence: result.confidence });
  if (result.command !== null) return sure({ type: 'command', command: result.command });

  if (step === 'welcome' || step === 'chooseKind') {
    const kind = result.kind ?? (step === 'chooseKind' && result.choice ? (KINDS[result.choice - 1] ?? null) : null);
    if (kind !== null) {
      const start: UserEvent[] = step === 'welcome' ? [{ type: 'user.start', mode: 'voice' }] : [];
      const events = kindEvents(ctx, result, kind);
      return sure({ type: 'events', events: [...start, ...events], echo: echoOf(input, events) });
    }
  }
  if (step === 'chooseCategory' && ctx.kind !== null) {
    const offered = categoriesOf(ctx.catalogue, ctx.kind);
    const code =
      (result.category !== null ? categoryOf(ctx, result.category, ctx.kind) : null) ??
      (result.choice !== null ? (offered[result.choice - 1]?.code ?? null) : null);
    if (code !== null) {
      const events: UserEvent[] = [{ type: 'user.chooseCategory', category: code, mode: 'voice' }];
      if (result.description) events.push(...describeEvents(ctx, result.description));
      return sure({ type: 'events', events, echo: echoOf(input, events) });
    }
  }
  if (step === 'lookup' && stage === 'rate' && result.rating) {
    return sure({ type: 'events', events: [{ type: 'user.rate', rating: result.rating, mode: 'voice' }], echo: null });
  }
  if (result.answer !== null) {
    const yes = result.answer === 'yes';
    const answered = answerEvents(step, stage, yes);
    if (answered) return sure({ type: 'events', events: answered, echo: null });
  }
  const label = buttonSaid(text, input.buttons);
  if (label !== null) return { outcome: { type: 'press', label }, confidence: 1 };
  // On the welcome screen anything said starts the kiosk: the resident is there and talking.
  if (step === 'welcome' && text.trim())
    return { outcome: { type: 'events', events: [{ type: 'user.start', mode: 'voice' }], echo: null }, confidence: 1 };
  return { outcome: { type: 'noMatch' }, confidence: 0 };
}

/**
 * What was taken from one breath, said back before the next question: the
 * kind, the category and the resident's own words ("投诉噪音扰民：楼上晚上太吵"),
 * so that a resident who said it all hears it was all kept.
 */
function echoOf(input: TurnInput, events: readonly UserEvent[]): string {
  const english = input.ctx.language === 'en';
  const parts: string[] = [];
  for (const event of events) {
    if (event.type === 'user.chooseKind') parts.push(input.labelOf({ kind: event.kind }));
    if (event.type === 'user.chooseCategory') parts.push(input.labelOf({ category: event.category }));
  }
  const taken = parts.join(english ? ', ' : '');
  const described = events.find((e) => e.type === 'user.setDescription');
  if (described?.type !== 'user.setDescription') return taken;
  return `${taken}${english ? ': ' : '：'}${described.text}`;
}

/** What yes and no mean on the screens that ask a yes/no question. */
function answerEvents(
  step: Step,
  stage: ContactStage | LookupStage | MeTooStage | null,
  yes: boolean,
): UserEvent[] | null {
  const voice = { mode: 'voice' } as const;
  switch (step) {
    case 'contact':
      // "要留下联系方式吗？" — yes leaves a name and phone, no is anonymous.
      if (stage === 'anonymity') return [{ type: 'user.chooseAnonymous', anonymous: !yes, ...voice }];
      // "案件有进展时，用短信告诉您吗？"
      return stage === 'sms' ? [{ type: 'user.chooseSms', consent: yes, ...voice }] : null;
    case 'review':
      return yes ? [{ type: 'user.submit', ...voice }] : null;
    case 'submitFailed':
      return yes ? [{ type: 'user.retry', ...voice }] : null;
    case 'receipt':
      return yes ? [{ type: 'user.finish', ...voice }] : null;
    case 'meToo':
      // "是否加上您的一票？" — yes adds the resident's support; no submits their own complaint.
      if (stage !== 'offer') return null;
      return [{ type: yes ? 'user.support' : 'user.submitOwn', ...voice }];
    case 'lookup':
      if (stage === 'rated') return yes ? [{ type: 'user.startOver', ...voice }] : null;
      return stage === 'result' && yes ? [{ type: 'user.verify', ...voice }] : null;
    default:
      return null;
  }
}

/** Turns one final transcript into what it means on this screen. */
export function interpretTurn(input: TurnInput): Interpretation {
  const listening = listeningFor(input.step, input.stage);
  const { ctx, text } = input;
  if (listening.type === 'none' || !text.trim()) return { outcome: { type: 'noMatch' }, confidence: 0 };
  if (listening.type === 'intent') return intentOutcome(input, listening.expect);

  const result = matchIntent(text, {
    lang: ctx.language,
    expect: listening.type === 'digits' ? 'digits' : 'free',
    catalogue: ctx.catalogue,
  });
  // A command alone ("返回", "帮助") is a command even while dictating; anything longer is the resident's words.
  if (result.command !== null)
    return { outcome: { type: 'command', command: result.command }, confidence: result.confidence };
  const label = buttonSaid(text, input.buttons);
  if (label !== null) return { outcome: { type: 'press', label }, confidence: 1 };
  if (listening.type === 'digits') {
    return result.digits === null
      ? { outcome: { type: 'noMatch' }, confidence: 0 }
      : { outcome: { type: 'digits', field: listening.field, digits: result.digits }, confidence: result.confidence };
  }
  return { outcome: { type: 'dictated', field: listening.field, text: text.trim() }, confidence: 1 };
}

/** Accepting dictated text: the field's events, then on to the next step. */
export function dictationEvents(ctx: DialogContext, field: DictationField, text: string): UserEvent[] {
  const voice = { mode: 'voice' } as const;
  switch (field) {
    case 'describe':
      return describeEvents(ctx, text);
    case 'location':
      return [
        { type: 'user.setLocation', text: ctx.location.trim() ? `${ctx.location.trim()} ${text}` : text, ...voice },
        { type: 'user.next', ...voice },
      ];
    case 'name':
      return [
        { type: 'user.setName', name: text, ...voice },
        { type: 'user.next', ...voice },
      ];
    case 'verdictReason':
      return [
        {
          type: 'user.setVerdictReason',
          text: ctx.verdictReason.trim() ? `${ctx.verdictReason.trim()} ${text}` : text,
          ...voice,
        },
        { type: 'user.next', ...voice },
      ];
  }
}

/** Accepting digits read back: the field's events, then on. */
export function digitsEvents(field: DigitsField, digits: string): UserEvent[] {
  const voice = { mode: 'voice' } as const;
  switch (field) {
    case 'phone':
      return [
        { type: 'user.setPhone', phone: digits, ...voice },
        { type: 'user.next', ...voice },
      ];
    case 'lookupRef':
      return [
        // Whole, up to a bound: a digit too many is told as such, rather than cut off unseen.
        { type: 'user.setLookupRef', ref: digits.slice(0, 20), ...voice },
        { type: 'user.next', ...voice },
      ];
    case 'phoneLast4':
      return [
        { type: 'user.setPhoneLast4', digits: digits.slice(-4), ...voice },
        { type: 'user.next', ...voice },
      ];
  }
}

/**
 * The reply to "did you say …?" or to a read-back: yes, no, a command, or —
 * while dictating or saying digits — more of the same to add.
 */
export function interpretReply(input: TurnInput, purpose: 'confirm' | 'readBack'): Interpretation {
  const { ctx, text } = input;
  const result = matchIntent(text, { lang: ctx.language, expect: 'yesno', catalogue: ctx.catalogue });
  if (result.command !== null)
    return { outcome: { type: 'command', command: result.command }, confidence: result.confidence };
  if (result.answer !== null)
    return { outcome: { type: 'answer', answer: result.answer }, confidence: result.confidence };
  if (purpose === 'confirm') return { outcome: { type: 'noMatch' }, confidence: 0 };
  return interpretTurn(input);
}

/** Recognisers take a bounded list of hints; the first phrases of each set are the common ones. */
const HINTS_PER_SET = 6;

/**
 * Phrase hints for the recogniser (the ponyfill's `grammars.phrases`): what
 * this screen expects from the language's grammar, plus the universal commands.
 */
export function phraseHints(
  listening: Listening,
  ctx: Pick<DialogContext, 'language' | 'kind' | 'catalogue'>,
  pending: boolean,
): string[] {
  const grammar = GRAMMARS[ctx.language];
  const first = (list: readonly string[]) => list.slice(0, HINTS_PER_SET);
  const commands = Object.values(grammar.commands).flatMap((list) => list.slice(0, 2));
  const answers = [...first(grammar.answers.yes), ...first(grammar.answers.no)];
  if (pending) return [...answers, ...commands];
  if (listening.type !== 'intent') return commands;
  switch (listening.expect) {
    case 'kind':
    case 'free':
      return [...KINDS.flatMap((k) => first(grammar.kinds[k].phrases)), ...commands];
    case 'category': {
      const offered = ctx.kind ? categoriesOf(ctx.catalogue, ctx.kind) : [];
      return [...offered.flatMap((c) => first(grammar.categories[c.code]?.phrases ?? [])), ...commands];
    }
    case 'yesno':
      return [...answers, ...commands];
    default:
      return commands;
  }
}

/**
 * Builds what understanding needs for a language and catalogue — the compiled
 * grammar and the character tables it folds with, each made on first use —
 * so that the resident's first answer does not wait for them (about a tenth
 * of a second on a two-core kiosk). Cheap once done: everything is kept.
 */
export function prepareUnderstanding(ctx: Pick<DialogContext, 'language' | 'catalogue'>): void {
  matchIntent('嗯，好的', { lang: ctx.language, catalogue: ctx.catalogue });
}
