import type { Meaning } from './grammar';
import { distinct, type Hit, isFiller } from './hits';
import type { Token } from './normalise';

/**
 * What the resident said beyond the kind and a bare category name, in their
 * own characters: fillers, answers, cues, commands and the kind are taken off both ends
 * ("我要投诉" … ); a lone category name (噪音), or one stray character or word, is no description.
 */
export function descriptionOf(text: string, tokens: readonly Token[], owner: readonly (Hit | null)[]): string | null {
  const trimmed = (m: Meaning) =>
    m.slot === 'filler' ||
    m.slot === 'answer' ||
    m.slot === 'cue' ||
    m.slot === 'command' ||
    (m.slot === 'kind' && m.weight === 1);
  const edge = (h: Hit | null) => h?.phrase.meanings.every(trimmed) === true;
  let first = 0;
  let last = tokens.length;
  while (first < last && edge(owner[first]!)) first++;
  // At the end only a kind said last is cut (楼上太吵了，我要投诉), not a closing 了 or 谢谢.
  let end = last;
  while (end > first && edge(owner[end - 1]!)) end--;
  if (owner.slice(end, last).some((h) => h?.phrase.meanings.some((m) => m.slot === 'kind'))) last = end;
  if (first >= last) return null;
  const inside = distinct(owner.slice(first, last)).filter((h) => !isFiller(h));
  const onlyCategory =
    inside.length === 1 &&
    owner.slice(first, last).every((o) => o === null || o === inside[0] || isFiller(o)) &&
    owner.slice(first, last).every((o) => o !== null) &&
    inside[0]!.phrase.meanings.some((m) => m.slot === 'category' && m.weight === 1);
  if (onlyCategory) return null;
  // One character or one word left over (算 of 可能算投诉吧, "as" of "counts as a complaint") says nothing.
  if (last - first === 1 && owner[first] === null) return null;
  const slice = text.slice(tokens[first]!.start, tokens[last - 1]!.end);
  return slice.replace(/^[\p{P}\p{Z}\s]+|[\p{P}\p{Z}\s]+$/gu, '') || null;
}
