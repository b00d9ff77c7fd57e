import type { Language } from '../i18n/languages';
import type { LocaleKey } from '../i18n/localeKey';
import type { DictationField, DigitsField } from './listening';
import { spokenDigits } from './spokenDigits';
import type { SpeechErrorCode } from './types';
import { FATAL_SPEECH_ERRORS } from './types';
import type { Interpretation, VoiceOutcome } from './voiceTurn';

/**
 * Something to say: text as it is, or a locale key of the voice's own prompts
 * with its values; a value given as `{ key }` is itself said in the resident's
 * language (the reason voice input went off, the name of a rate).
 */
export type Segment =
  | string
  | {
      key: LocaleKey;
      values?: Record<string, string | { key: LocaleKey }>;
      /** Slower or faster than the resident's rate, as a multiplier (a number read again slowly: 0.75). */
      rate?: number;
    };

/**
 * What a turn of listening is for: the screen's own question, a yes/no about
 * what was heard, or the reply to a read-back (yes, no, or more words).
 */
export type TurnPurpose = 'screen' | 'confirm' | 'readBack';

/** How a turn ended, already interpreted by the renderer for the screen it was on. */
export type TurnResult =
  | { type: 'heard'; text: string; interpretation: Interpretation }
  | { type: 'no-input' }
  | { type: 'error'; code: SpeechErrorCode };

/** What is waiting for the resident's yes: a low-confidence understanding, or words/digits to read back. */
export type Pending =
  | { type: 'confirm'; outcome: VoiceOutcome; echo: string }
  | { type: 'dictation'; field: DictationField; text: string }
  | { type: 'digits'; field: DigitsField; digits: string };

/** What is said to check a pending understanding, dictation or digits with the resident. */
export function readBackPrompt(p: Pending, language: Language): Segment[] {
  if (p.type === 'confirm') return [{ key: 'voice.confirm', values: { heard: p.echo } }];
  // Digit by digit in the resident's words and in the groups people read, so each can be checked ("幺三九，…").
  if (p.type === 'digits') {
    const grouping = p.field === 'phone' ? 'phone' : p.field === 'lookupRef' ? 'reference' : 'none';
    return [{ key: 'voice.readBackDigits', values: { digits: spokenDigits(p.digits, language, grouping) } }];
  }
  return [{ key: 'voice.readBack', values: { text: p.text } }];
}

/** What to do with how a turn ended. */
export type Decision =
  | { type: 'inputOff'; code: SpeechErrorCode }
  | { type: 'ignore' }
  | { type: 'miss'; reason: 'noInput' | 'noMatch' }
  | { type: 'deliver'; outcome: VoiceOutcome }
  | { type: 'repeat' }
  | { type: 'pend'; pending: Pending }
  | { type: 'retry' };

/** Joins what was said in two breaths: Chinese runs on, English takes a space. */
const join = (a: string, b: string) => (/[\u3400-\u9fff]$/.test(a) && /^[\u3400-\u9fff]/.test(b) ? a + b : `${a} ${b}`);

/** The pure heart of the machine: how a turn's result moves the conversation on. */
export function decide(
  context: { pending: Pending | null; confidenceThreshold: number },
  result: TurnResult,
): Decision {
  if (result.type === 'error') {
    if (FATAL_SPEECH_ERRORS.has(result.code)) return { type: 'inputOff', code: result.code };
    if (result.code === 'aborted') return { type: 'ignore' };
    return { type: 'miss', reason: 'noInput' };
  }
  if (result.type === 'no-input') return { type: 'miss', reason: 'noInput' };
  const { outcome, confidence } = result.interpretation;
  const { pending } = context;
  if (outcome.type === 'command') {
    if (outcome.command === 'repeat')
      return pending && pending.type !== 'confirm' ? { type: 'retry' } : { type: 'repeat' };
    return { type: 'deliver', outcome };
  }
  const sure = confidence >= context.confidenceThreshold;
  if (pending !== null) {
    if (outcome.type === 'answer') {
      // A yes or no the matcher is unsure of (a hedge, "对吧…可能") is no answer: the read-back is asked again.
      if (!sure) return { type: 'miss', reason: 'noMatch' };
      if (outcome.answer === 'no') return { type: 'retry' };
      if (pending.type === 'confirm') return { type: 'deliver', outcome: pending.outcome };
      return { type: 'deliver', outcome: accepted(pending) };
    }
    if (pending.type === 'dictation' && outcome.type === 'dictated') {
      return { type: 'pend', pending: { ...pending, text: join(pending.text, outcome.text) } };
    }
    if (pending.type === 'digits' && outcome.type === 'digits') {
      return { type: 'pend', pending: { ...pending, digits: pending.digits + outcome.digits } };
    }
    return { type: 'miss', reason: 'noMatch' };
  }
  switch (outcome.type) {
    case 'noMatch':
    case 'answer':
      return { type: 'miss', reason: 'noMatch' };
    case 'dictated':
      return { type: 'pend', pending: { type: 'dictation', field: outcome.field, text: outcome.text } };
    case 'digits':
      return { type: 'pend', pending: { type: 'digits', field: outcome.field, digits: outcome.digits } };
    default:
      if (!sure && outcome.type === 'events') {
        // Unsure with nothing to echo is a yes/no to the screen's own question (submit, finish): asked again, never acted on.
        if (outcome.echo === null) return { type: 'miss', reason: 'noMatch' };
        return { type: 'pend', pending: { type: 'confirm', outcome, echo: outcome.echo } };
      }
      return { type: 'deliver', outcome };
  }
}

/** What a read-back the resident said yes to delivers. */
export function accepted(pending: Pending): VoiceOutcome {
  if (pending.type === 'confirm') return pending.outcome;
  if (pending.type === 'digits') return { type: 'acceptDigits', field: pending.field, digits: pending.digits };
  return { type: 'acceptDictation', field: pending.field, text: pending.text };
}
