export type { IntentGrammar } from './grammar';
export { GRAMMARS } from './grammars';
export { grammarFor, matchIntent, matchWithCost } from './match';
export { normalise, pinyinOf, tokenise } from './normalise';
export { toSimplified } from './phonetics';
export {
  ANSWERS,
  type Answer,
  COMMANDS,
  type Command,
  EXPECTS,
  type Expect,
  type IntentResult,
  type MatchOptions,
} from './types';
