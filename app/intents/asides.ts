import { askingClauses } from './family';
import type { IntentGrammar } from './grammar';
import { type Hit, means } from './hits';
import type { Token } from './normalise';
import { spansOf } from './scopes';

/*
 * Talk not meant for the kiosk at all, however many category words it holds (issue 14, round nineteen):
 * a call answered standing at the kiosk (喂 儿子 你到哪了 我在社区这儿呢, 你喺邊呀, "hello love, where are you
 * now") or a resident wondering aloud about their own pills, keys or glasses (我那降压药今天吃了没有,
 * 我副眼鏡擺咗喺邊, "did I take my tablets this morning"). 儿子 there is who is called, 降压药 what is
 * wondered about: neither is a family complaint nor a health service asked for.
 */

/** The resident's own (我, my): wondering aloud is about one's own things, not someone else's. */
const SELF = new Set(['我', 'i', 'my', 'im']);

/**
 * Whether what was said is an aside: a call (`onThePhone`) or one's own things wondered about (`wonderAloud`,
 * with 我 or "my" before it in its clause, or not remembering said: 我都记不住了) — and nothing asked for in any
 * clause (想问, 點樣, "I want", "can I") and no kind named outright (我要投诉 after the call is a request).
 */
export function saidAside(
  grammar: IntentGrammar,
  said: { tokens: readonly Token[]; chosen: readonly Hit[]; clause: readonly number[] },
): boolean {
  const { tokens, chosen, clause } = said;
  const calling = spansOf(grammar, tokens, 'onThePhone').length > 0;
  const forgetting = spansOf(grammar, tokens, 'forgetting').length > 0;
  const wondering = spansOf(grammar, tokens, 'wonderAloud').some((w) => {
    if (forgetting) return true;
    for (let k = w.start - 1; k >= 0 && clause[k] === clause[w.start]; k--) if (SELF.has(tokens[k]!.text)) return true;
    return tokens.slice(w.start, w.end).some((t) => SELF.has(t.text));
  });
  if (!calling && !wondering) return false;
  if (chosen.some((h) => means(h, 'kind') && h.quality === 1)) return false;
  return askingClauses(tokens, clause).size === 0;
}
