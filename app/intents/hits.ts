import type { CompiledPhrase } from './grammar';
import type { Answer } from './types';

/** A phrase found in the utterance, over tokens [start, end). */
export interface Hit {
  phrase: CompiledPhrase;
  start: number;
  end: number;
  /** 1 when every character is the grammar's own; lower when some only sound alike (头诉 for 投诉). */
  quality: number;
  /** How much it says: its tokens, an English word among Chinese counting twice. */
  mass: number;
}

export const span = (h: Hit) => h.end - h.start;
export const isFiller = (h: Hit) => h.phrase.meanings.every((m) => m.slot === 'filler');
export const means = (h: Hit, slot: string) => h.phrase.meanings.some((m) => m.slot === slot);
export const names = (h: Hit) => means(h, 'kind') || means(h, 'category');
/** Carries no meaning where clauses and replies are weighed: a filler, even one that can also be an answer elsewhere (要). */
export const holdsFiller = (h: Hit | null) => h?.phrase.meanings.some((m) => m.slot === 'filler') === true;
/** The yes or no a phrase means, or null. */
export const answerOf = (h: Hit): Answer | null => {
  for (const m of h.phrase.meanings) if (m.slot === 'answer') return m.value;
  return null;
};

export function distinct(owner: readonly (Hit | null)[]): Hit[] {
  return owner.filter((h, i): h is Hit => h !== null && owner[i - 1] !== h);
}
