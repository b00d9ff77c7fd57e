import type { LocaleKey } from '../i18n/localeKey';
import type { ContactStage, LookupStage, MeTooStage, Step } from './types';

type Stage = ContactStage | LookupStage | MeTooStage | null;

/** A screen's name in the locale files: a contact or lookup stage is a screen of its own. */
type Screen =
  | Exclude<Step, 'contact' | 'lookup' | 'meToo'>
  | `contact.${ContactStage}`
  | `lookup.${LookupStage}`
  | `meToo.${MeTooStage}`;
/** Admits only locale keys: a key outside the locale files is a type error where it is named. */
type Existing<Key extends LocaleKey> = Key;
/**
 * Every key a screen's prompt can be built from. Each must exist, so a screen or stage added
 * without its strings in zh-CN fails `tsc`, though the key is put together at run time.
 */
type PromptKey = Existing<`steps.${Screen}.${'title' | 'spoken' | 'spokenAgain' | 'help'}`>;

/** The locale keys of one step's prompt: what the screen shows and what is spoken, side by side. */
export interface PromptKeys {
  /** Key of the step's own name, e.g. `steps.chooseKind`. */
  base: string;
  shown: PromptKey;
  spoken: PromptKey;
  help: PromptKey;
}

/** The screen's key name: a contact, lookup or me-too stage is a step of its own to the resident. */
export function stepKey(step: Step, stage: Stage): string {
  return (step === 'contact' || step === 'lookup' || step === 'meToo') && stage ? `${step}.${stage}` : step;
}

/**
 * Prompts are counted (VoiceXML's prompt counter): the first visit speaks
 * the full question, later visits the shorter one.
 */
export function promptKeys(step: Step, stage: Stage, visits: number): PromptKeys {
  const base = `steps.${stepKey(step, stage)}`;
  const key = (part: string) => `${base}.${part}` as PromptKey;
  return {
    base,
    shown: key('title'),
    spoken: visits > 1 ? key('spokenAgain') : key('spoken'),
    help: key('help'),
  };
}
