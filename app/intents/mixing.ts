import type { CompiledGrammar } from './grammar';
import type { Hit } from './hits';
import type { Token } from './normalise';

/*
 * Cantonese–English (and Mandarin–English) mixing. Hong Kong elders say the
 * thing in English and the grammar around it in Chinese: 我想 apply 公屋,
 * 後樓梯好 dirty, 想見 social worker. The Chinese lexicons list the English
 * words heard most, but not all of them; the English lexicon knows them all.
 * So a run of English words inside a Chinese sentence is also read through the
 * English grammar, and a kind or category word it names counts as said.
 * Only kinds and categories — and on a yes/no question its answers and hedges
 * ("fine 呀", "go ahead 啦", "not sure 呀"), on a choice its ordinals ("second個"): an English "sorry" or "not" among
 * Chinese words is the Chinese grammar's to read (sorry 呀 is politeness, not
 * a request to repeat).
 */

type Find = (grammar: CompiledGrammar, text: string, tokens: readonly Token[]) => { hits: Hit[]; steps: number };

const namesOnly = (h: Hit) =>
  h.phrase.meanings.length > 0 && h.phrase.meanings.every((m) => m.slot === 'kind' || m.slot === 'category');
/** On a yes/no question, an English answer or hedge too ("fine 呀", "nope", "not sure 呀"). */
const answers = (h: Hit) =>
  h.phrase.meanings.length > 0 &&
  h.phrase.meanings.every((m) => m.slot === 'answer' || (m.slot === 'cue' && m.value === 'hedge'));

const ordinal = (h: Hit) => h.phrase.meanings.length > 0 && h.phrase.meanings.every((m) => m.slot === 'choice');

/**
 * After a classifier (你哋個 service 好差, 啲 report) an English kind word is a thing talked about, not the
 * resident asking: it only hints at the kind, as the grammar's `hints` do.
 */
const NOUN_BEFORE = new Set(['個', '个', '啲', '嘅', '的', '份', '張', '张']);
const asThing = (h: Hit): Hit => ({
  ...h,
  phrase: {
    ...h.phrase,
    meanings: h.phrase.meanings.map((m) => (m.slot === 'kind' ? { ...m, weight: Math.min(m.weight, 0.5) } : m)),
  },
});

/**
 * The Chinese lexicon's own English words ("form", "apply") follow the same rule: after a classifier
 * (呢份 form, 个 form) the word is a thing talked about, and only hints at the kind.
 */
export function englishAfterClassifier(hits: Hit[], tokens: readonly Token[]): Hit[] {
  if (!tokens.some((t) => t.han)) return hits;
  return hits.map((h) => {
    const english = tokens.slice(h.start, h.end).every((t) => !t.han);
    return english && NOUN_BEFORE.has(tokens[h.start - 1]?.text ?? '') ? asThing(h) : h;
  });
}

/** The English words' own kind and category hits, said exactly, inside a sentence that is mostly Chinese. */
export function englishWithin(
  /** Built only when English is heard among Chinese: most utterances never need it. */
  englishGrammar: () => CompiledGrammar,
  text: string,
  tokens: readonly Token[],
  find: Find,
  yesNo = false,
  /** On a choice step, an English ordinal too ("second個啦", "last 嗰個"). */
  choosing = false,
): { hits: Hit[]; steps: number } {
  if (!tokens.some((t) => t.han) || !tokens.some((t) => !t.han && /[a-z]/.test(t.text))) return { hits: [], steps: 0 };
  const found = find(englishGrammar(), text, tokens);
  const hits = found.hits.filter((h) => {
    if (h.quality < 1 || !(namesOnly(h) || (yesNo && answers(h)) || (choosing && ordinal(h)))) return false;
    for (let k = h.start; k < h.end; k++) if (tokens[k]!.han) return false;
    return true;
  });
  return {
    hits: hits.map((h) => (NOUN_BEFORE.has(tokens[h.start - 1]?.text ?? '') ? asThing(h) : h)),
    steps: found.steps,
  };
}

const commandsOnly = (h: Hit) => h.phrase.meanings.length > 0 && h.phrase.meanings.every((m) => m.slot === 'command');

/**
 * The other way round: a Chinese command inside English ("aiyah can you 講多次 please", "can you 叫個職員"). A
 * resident who mixes falls back on the words of home for the request itself; only commands are read so, each
 * said exactly and in Chinese characters only, through the Cantonese grammar and the Mandarin one.
 */
export function chineseWithin(
  /** Built only when Chinese is heard among English: most utterances never need them. */
  chineseGrammars: () => readonly CompiledGrammar[],
  text: string,
  tokens: readonly Token[],
  find: Find,
): { hits: Hit[]; steps: number } {
  if (!tokens.some((t) => t.han) || !tokens.some((t) => !t.han && /[a-z]/.test(t.text))) return { hits: [], steps: 0 };
  const hits: Hit[] = [];
  let steps = 0;
  for (const grammar of chineseGrammars()) {
    const found = find(grammar, text, tokens);
    steps += found.steps;
    for (const h of found.hits) {
      if (h.quality < 1 || !commandsOnly(h)) continue;
      if (tokens.slice(h.start, h.end).every((t) => t.han)) hits.push(h);
    }
  }
  return { hits, steps };
}
