import type { ContactStage, LookupStage, Step } from './types';

type Stage = ContactStage | LookupStage | null;

/** The locale keys of one step's prompt: what the screen shows and what is spoken, side by side. */
export interface PromptKeys {
  /** Key of the step's own name, e.g. `steps.chooseKind`. */
  base: string;
  shown: string;
  spoken: string;
  help: string;
}

/** The screen's key name: a contact or lookup stage is a step of its own to the resident. */
export function stepKey(step: Step, stage: Stage): string {
  return (step === 'contact' || step === 'lookup') && stage ? `${step}.${stage}` : step;
}

/**
 * Prompts are counted (VoiceXML's prompt counter): the first visit speaks
 * the full question, later visits the shorter one.
 */
export function promptKeys(step: Step, stage: Stage, visits: number): PromptKeys {
  const base = `steps.${stepKey(step, stage)}`;
  return {
    base,
    shown: `${base}.title`,
    spoken: visits > 1 ? `${base}.spokenAgain` : `${base}.spoken`,
    help: `${base}.help`,
  };
}
