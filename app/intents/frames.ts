import type { CompiledPhrase } from './grammar';
import type { Hit } from './hits';
import { hasCue } from './understand';

/**
 * Indirect suggestions as frames, not sentences: residents wrap a wish in a question or a condition
 * whose middle is anything at all ("能不能给俺们老头老太太整个下棋的地方", "is there any way you lot
 * could put on a bingo night", "如果有中文课给老人，很好", "is good if have English class"). Two frames:
 *
 * - a request (`ask`: 能不能, 有冇可能, "can or not") with something provided later in the same clause
 *   (`provide`: 整, 搞, 开, "arrange", "put on") — unless the resident asks for themselves (`self`:
 *   帮我, "for me"), which is a service ("能不能帮我开个证明");
 * - a condition (`wish`: 如果, 要是, "if") with something called good anywhere in the utterance (`good`).
 *
 * Either is a hint of a suggestion, weighed as one (half a kind named outright): a kind or category
 * named outright still decides, and the frame alone is read back before it is acted on.
 */
const HINT: CompiledPhrase = { texts: [], meanings: [{ slot: 'kind', value: 'suggestion', weight: 0.5 }] };

export function framedSuggestion(chosen: readonly Hit[], clause: readonly number[]): Hit | null {
  const cue = (name: Parameters<typeof hasCue>[1]) => chosen.filter((h) => h.quality === 1 && hasCue(h, name));
  const asks = cue('ask');
  const provides = cue('provide');
  const selves = cue('self');
  for (const ask of asks) {
    const provide = provides.find((p) => p.start >= ask.end && clause[p.start] === clause[ask.start]);
    if (provide === undefined) continue;
    if (selves.some((s) => clause[s.start] === clause[ask.start])) continue;
    return frame(ask, provide);
  }
  const wish = cue('wish')[0];
  const good = cue('good').find((g) => wish !== undefined && (g.start >= wish.end || g.end <= wish.start));
  if (wish !== undefined && good !== undefined) return frame(wish, good);
  return null;
}

function frame(a: Hit, b: Hit): Hit {
  const [first, last] = a.start <= b.start ? [a, b] : [b, a];
  return { phrase: HINT, start: first.start, end: last.end, quality: 1, mass: a.mass + b.mass };
}
