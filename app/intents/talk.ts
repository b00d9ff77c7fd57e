import type { IntentGrammar } from './grammar';
import type { Hit } from './hits';
import type { Token } from './normalise';
import { questionClauses } from './questions';
import { spansOf } from './scopes';
import { hasCue } from './understand';

/*
 * Talk that asks for nothing (issue 14, round fourteen): a remark about the kiosk or a question about how the
 * centre is, said in words that elsewhere make a request.
 */

/** Can, able: what the machine is said to be able to do (呢部機識講廣東話, 这机器会说普通话). */
const ABLE = new Set(['识', '識', '会', '會', '能', 'can']);

/**
 * Whether a command's shape (講廣東話, "speak Cantonese") is what the machine is said to be able to do — the
 * machine named before it in its clause, an ability word between, and no question: a remark about the kiosk,
 * not a request to it (呢部機講廣東話啦 is one; 呢部機識唔識講廣東話 asks).
 */
export function remarksOnMachine(
  said: { text: string; tokens: readonly Token[]; chosen: readonly Hit[]; clause: readonly number[] },
  at: { start: number },
): boolean {
  const { text, tokens, chosen, clause } = said;
  const c = clause[at.start]!;
  if (questionClauses(text, tokens, clause).has(c)) return false;
  return chosen.some(
    (h) =>
      hasCue(h, 'machine') &&
      clause[h.start] === c &&
      h.end <= at.start &&
      tokens.slice(h.end, at.start).some((t) => ABLE.has(t.text)),
  );
}

/**
 * Whether every suggestion word is in a clause that opens by asking whether something is so (`askWhether`:
 * "are you open on Sundays", "do you open late") with nothing wished in it (`wanting`: could, possible): a
 * question about how the centre is, not a suggestion for it.
 */
export function asksWhetherItIs(
  grammar: IntentGrammar,
  tokens: readonly Token[],
  clause: readonly number[],
  suggesting: readonly Hit[],
): boolean {
  const opens = new Set(
    spansOf(grammar, tokens, 'askWhether')
      .filter((s) => s.start === 0 || clause[s.start - 1] !== clause[s.start])
      .map((s) => clause[s.start]!),
  );
  const wished = new Set(spansOf(grammar, tokens, 'wanting').map((w) => clause[w.start]!));
  return suggesting.length > 0 && suggesting.every((h) => opens.has(clause[h.start]!) && !wished.has(clause[h.start]!));
}

/**
 * On the yes/no step, the clauses that put a question back instead of replying: one about the kiosk itself, a
 * machine word with a question word (scope whWords) in it (这机器是哪年装的, 部機係邊間公司整㗎), or one that
 * opens by asking whether something is so (`askWhether`: "is that clock on the wall right", "is it me or…").
 * The 是, 係 or "right" inside is the question's, not the resident's reply (questions.ts does the rest).
 */
export function questionsPutBack(
  grammar: IntentGrammar,
  said: { tokens: readonly Token[]; chosen: readonly Hit[]; clause: readonly number[] },
): Set<number> {
  const { tokens, chosen, clause } = said;
  const out = new Set<number>();
  const asking = spansOf(grammar, tokens, 'whWords').map((s) => clause[s.start]!);
  for (const h of chosen) if (hasCue(h, 'machine') && asking.includes(clause[h.start]!)) out.add(clause[h.start]!);
  for (const s of spansOf(grammar, tokens, 'askWhether'))
    if (s.start === 0 || clause[s.start - 1] !== clause[s.start]) out.add(clause[s.start]!);
  return out;
}
