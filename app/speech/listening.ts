import type { ContactStage, LookupStage, MeTooStage, Step } from '../dialog/types';
import type { Expect } from '../intents/types';

/** A field the resident fills by dictation: heard, shown large, read back, then accepted. */
export type DictationField = 'describe' | 'location' | 'name' | 'verdictReason';
/** A field the resident fills by saying digits, read back digit by digit. */
export type DigitsField = 'phone' | 'lookupRef' | 'phoneLast4';

/** What a screen listens for. */
export type Listening =
  /** `quiet`: a screen nobody may be at (welcome) — silence there is not a miss, and nothing is said. */
  | { type: 'intent'; expect: Expect; quiet?: boolean }
  | { type: 'dictation'; field: DictationField }
  | { type: 'digits'; field: DigitsField }
  | { type: 'none' };

/** What each screen listens for: intents where there are choices, dictation for free text, digits for numbers. */
export function listeningFor(step: Step, stage: ContactStage | LookupStage | MeTooStage | null): Listening {
  switch (step) {
    case 'welcome':
      return { type: 'intent', expect: 'free', quiet: true };
    case 'chooseKind':
      return { type: 'intent', expect: 'kind' };
    case 'chooseCategory':
      return { type: 'intent', expect: 'category' };
    case 'describe':
      return { type: 'dictation', field: 'describe' };
    case 'location':
      return { type: 'dictation', field: 'location' };
    case 'contact':
      if (stage === 'name') return { type: 'dictation', field: 'name' };
      if (stage === 'phone') return { type: 'digits', field: 'phone' };
      return { type: 'intent', expect: 'yesno' };
    case 'review':
    case 'submitFailed':
    case 'receipt':
      return { type: 'intent', expect: 'yesno' };
    case 'lookup':
      if (stage === 'ref') return { type: 'digits', field: 'lookupRef' };
      if (stage === 'phone') return { type: 'digits', field: 'phoneLast4' };
      if (stage === 'result' || stage === 'rated') return { type: 'intent', expect: 'yesno' };
      if (stage === 'rate') return { type: 'intent', expect: 'rating' };
      if (stage === 'reason') return { type: 'dictation', field: 'verdictReason' };
      return { type: 'none' };
    case 'submitting':
      return { type: 'none' };
    case 'meToo':
      // "加上您的一票吗？" — yes adds the resident's support, no submits their own.
      return stage === 'offer' ? { type: 'intent', expect: 'yesno' } : { type: 'none' };
  }
}
