import type { Rating } from '../cases/lifecycle';
import type { Category } from '../domain/catalogue';
import type { Kind } from '../domain/kinds';
import type { Language } from '../i18n/languages';

/** What the dialog step is asking for (DESIGN.md, "Intent CLI"). */
export const EXPECTS = ['kind', 'category', 'yesno', 'choice', 'digits', 'free', 'rating'] as const;
export type Expect = (typeof EXPECTS)[number];

/** The universal commands, recognised at every step. */
export const COMMANDS = ['help', 'repeat', 'back', 'start_over', 'call_staff'] as const;
export type Command = (typeof COMMANDS)[number];

export const ANSWERS = ['yes', 'no'] as const;
export type Answer = (typeof ANSWERS)[number];

/**
 * What an utterance means to the step that heard it. Every field that was not
 * found is null; `confidence` is 0 when nothing was found.
 */
export interface IntentResult {
  kind: Kind | null;
  /** A catalogue code (`cmp.noise`). */
  category: string | null;
  command: Command | null;
  answer: Answer | null;
  /** 1-based: "第二个", "二", "2", "the second one". */
  choice: number | null;
  /** A string of digits, e.g. a phone number said as "幺三八…". */
  digits: string | null;
  /** 0–1: below the dialog's threshold it confirms what it heard. */
  confidence: number;
  /**
   * Extension: what the resident said beyond the kind and a bare category
   * name ("我要投诉楼上邻居半夜噪音" → "楼上邻居半夜噪音"), in their own
   * characters, for the describe step; null when there is nothing more.
   */
  description: string | null;
  /**
   * Extension, given with `expect: 'rating'` only: the resident's verdict
   * (满意 `satisfied`, 基本满意 `basically`, 不满意 `unsatisfied`); null for a
   * hedge ("我想想", "maybe"), a bare yes or no, or two verdicts at odds.
   */
  rating?: Rating | null;
}

export interface MatchOptions {
  lang: Language;
  /** Default `free`. */
  expect?: Expect;
  /** The centre's catalogue (default: the default catalogue); its own labels and phrases are matched too. */
  catalogue?: readonly Category[];
  /** Extension: the kind already chosen, which settles a category named in more than one kind ("其他"). */
  kind?: Kind;
}
