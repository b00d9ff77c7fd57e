import { type Category, codesOfKind } from '../domain/catalogue';
import type { CompiledPhrase } from './grammar';
import { type Hit, isFiller, names } from './hits';
import type { Token } from './normalise';
import { hasCue } from './understand';

/**
 * Indirect suggestions as frames, not sentences: residents wrap a wish in a question or a condition
 * whose middle is anything at all ("能不能给俺们老头老太太整个下棋的地方", "is there any way you lot
 * could put on a bingo night", "如果有中文课给老人，很好", "is good if have English class"). The frames:
 *
 * - a request (`ask`: 能不能, 有冇可能, "can or not"; put rhetorically, 就不能…吗, 点解唔; or as an
 *   opinion, 应该, 我琢磨着; or told to the centre, `tellYou`: 我就想跟你们说说) with something provided later in the same clause (`provide`: 整, 搞, 开,
 *   "arrange", "put on") — or in the next one when the request ends its own clause ("我琢磨着 窗口礼拜六
 *   也开开") — unless the resident asks for themselves (`self`: 帮我, "for me"), which is a service
 *   ("能不能帮我开个证明");
 * - a condition (`wish`: 如果, 要是, "if") with something called good anywhere in the utterance (`good`);
 * - something provided, then called good, with no condition ("多几个垃圾桶不就好了", 多幾個垃圾桶咪得囉):
 *   the condition is the provision itself — unless it is already done (装了, 開咗: a story);
 * - a comparison with somewhere else (`elsewhere`: 人家, 别的社区, 人哋, "other places") and what it has
 *   (`have`: 都有, 早就有, "all have") in the same clause: "人家隔壁小区都有健身器材" asks for the same here;
 * - a lack stated (`lack`: 缺个, 欠個, "could do with") of something named after it in its clause, or a
 *   shortage (`scarce`: 少了点, 少咗啲) said after something in its clause.
 *
 * Each is a hint of a suggestion, weighed as one (half a kind named outright): a kind or category
 * named outright still decides, and the frame alone is read back before it is acted on.
 */
/** A frame's own weight: a hint of a suggestion, asked back unless a suggestion is said outright (also better.ts). */
export const HINT: CompiledPhrase = { texts: [], meanings: [{ slot: 'kind', value: 'suggestion', weight: 0.5 }] };

/** Said right after a verb, these make it done already (装了, 開咗, 弄过): a story, not a wish. */
const DONE = new Set(['了', '咗', '过', '晒']);

/** Said right before 多, these tell how many there are (好多, 太多, 咁多), not a wish for more. */
const HOW_MANY = new Set(['好', '太', '咁', '很', '挺', '几', '么', '蛮', '超', '够', '夠', '最', '更', '甚']);

/** Who opens news told to the centre (我孙子开车…, 佢開車…, "my son will bring…"): a provision after them is theirs. */
const SOMEONE = new Set([
  '我',
  '你',
  '他',
  '她',
  '佢',
  '俺',
  'i',
  'my',
  'he',
  'she',
  'they',
  'we',
  'our',
  'his',
  'her',
]);

/** Whether a phrase names outright a category of the suggestion kind (周末也开: opening hours). */
export function namesWish(h: Hit, catalogue: readonly Category[], weight = 1): boolean {
  const codes = codesOfKind(catalogue, 'suggestion');
  return h.phrase.meanings.some((m) => m.slot === 'category' && m.weight >= weight && codes.has(m.value));
}

/**
 * `tokens` tell whether a verb is done already (装了); with `catalogue`, a thing of the suggestion kind named
 * after a request is what it provides ("能不能周末也开个门": 周末也开 holds the verb).
 */
export function framedSuggestion(
  chosen: readonly Hit[],
  clause: readonly number[],
  tokens: readonly Token[] = [],
  catalogue: readonly Category[] = [],
  /** Where a why is said (scope whyWords: 为啥, 點解, "why", "how come"). */
  whys: readonly { start: number; end: number }[] = [],
): Hit | null {
  const cue = (name: Parameters<typeof hasCue>[1]) => chosen.filter((h) => h.quality === 1 && hasCue(h, name));
  const provides = chosen.filter(
    (h) => h.quality === 1 && (hasCue(h, 'provide') || namesWish(h, catalogue)) && !DONE.has(tokens[h.end]?.text ?? ''),
  );
  const selves = cue('self');
  // Nothing said after it in its clause but fillers or a particle (我寻思着…): the request closes its clause.
  const lastOfClause = (h: Hit) =>
    !chosen.some((o) => o.start >= h.end && clause[o.start] === clause[h.start] && !isFiller(o));
  // A why with a "not" after it in its clause and something provided after that (点解中心禮拜日唔開, 为啥礼拜天
  // 不开门, "why the centre don't open on Sunday"): asked rhetorically, the wish that it were — as 点解唔 is.
  for (const why of whys) {
    const not = chosen.find(
      (h) =>
        h.start >= why.end &&
        clause[h.start] === clause[why.start] &&
        (hasCue(h, 'verbNegator') || hasCue(h, 'negator')),
    );
    // Or none of something a suggestion names (为啥周末没有活动, "why is there no bench"): a wish for it.
    const after = (p: Hit) => not !== undefined && p.start >= not.end && clause[p.start] === clause[why.start];
    const provide =
      provides.find(after) ??
      (not !== undefined && hasCue(not, 'haveNone')
        ? chosen.find((h) => after(h) && namesWish(h, catalogue, 0))
        : undefined);
    if (provide === undefined || selves.some((s) => clause[s.start] === clause[why.start])) continue;
    const found = frame(not!, provide);
    return hasCue(provide, 'provide') ? found : { ...found, mass: not!.mass + 1 };
  }
  // Telling the centre (我就想跟你们说说 | 搭个棚子放几把椅子, "I just wanted to tell you … put a bench in") frames
  // what follows as a request does.
  for (const ask of [...cue('ask'), ...cue('tellYou')]) {
    // The request's clause, or the next one when the request closes its own ("我琢磨着 …").
    // Or when the next clause opens with the provision ("能不能跟物业说说，多派几个保洁").
    const opensNext = (p: Hit) =>
      clause[p.start] === clause[ask.start]! + 1 &&
      !chosen.some((o) => o.start < p.start && clause[o.start] === clause[p.start] && !isFiller(o));
    const reach = (p: Hit) =>
      clause[p.start] === clause[ask.start] ||
      (lastOfClause(ask) && clause[p.start] === clause[ask.start]! + 1) ||
      opensNext(p);
    // Told to the centre, only a provision said next (我就想跟你们说说 搭个棚子), not one further on in news told
    // (我就想跟你们说说 我儿子开车…, "I wanted to tell you my son will bring the papers").
    // Or a thing that "could" be provided in the clause after it (淨係想講下 街市門口可以整個上蓋): what could be done
    // for everyone, said to the centre (round twenty-four).
    const couldBe = (p: Hit) =>
      clause[p.start]! - clause[ask.start]! <= 1 &&
      (tokens[p.start - 1]?.text === 'could' ||
        (tokens[p.start - 2]?.text === '可' && tokens[p.start - 1]?.text === '以'));
    const next = (p: Hit) =>
      (p.start - ask.end <= 2 || couldBe(p)) && !tokens.slice(ask.end, p.start).some((t) => SOMEONE.has(t.text));
    const provide = provides.find((p) => p.start >= ask.end && reach(p) && (hasCue(ask, 'ask') || next(p)));
    if (provide === undefined) continue;
    if (selves.some((s) => clause[s.start] === clause[ask.start] || reach(s))) continue;
    // A thing named as what is provided weighs in its own slot already: the frame adds only its word's worth.
    const found = frame(ask, provide);
    return hasCue(provide, 'provide') ? found : { ...found, mass: ask.mass + 1 };
  }
  const goods = cue('good');
  const wish = cue('wish')[0];
  const good = goods.find((g) => wish !== undefined && (g.start >= wish.end || g.end <= wish.start));
  if (wish !== undefined && good !== undefined) return frame(wish, good);
  // A verb of providing then "more" (擺多幾張櫈, 种多啲花) or "more" then the verb (多装几个, 多種啲樹): more of
  // something put for everyone, a wish whoever says it — unless done already (多装了) or for the resident (帮我).
  for (const provide of provides) {
    const next = provides.find((p) => p.start === provide.end && hasCue(p, 'provide'));
    if (next === undefined || !hasCue(provide, 'provide') || DONE.has(tokens[next.end]?.text ?? '')) continue;
    const more = [provide, next].find((p) => tokens[p.start]?.text === '多');
    if (more !== undefined && !selves.some((s) => clause[s.start] === clause[provide.start]))
      return frame(provide, next);
  }
  // Praise of the kiosk itself (这屏幕上的字挺大的 谁设计的 挺好): no wish for the centre.
  const ofKiosk = chosen.some((h) => hasCue(h, 'machine'));
  // Only a verb of providing here, said as a wish: not one that describes (放的那个电影挺好看: 的 after it).
  // Nor one said undone (又唔開抽氣扇, "doesn't turn the fan on"): a story of what someone fails to do. Round twenty-two.
  const undone = (p: Hit) =>
    chosen.some((n) => n.end === p.start && (hasCue(n, 'verbNegator') || hasCue(n, 'negator')));
  for (const provide of provides) {
    if (!hasCue(provide, 'provide') || tokens[provide.end]?.text === '的' || ofKiosk || undone(provide)) continue;
    const after = goods.find((g) => g.start >= provide.end && clause[g.start]! - clause[provide.start]! <= 1);
    if (after !== undefined && !selves.some((s) => clause[s.start] === clause[provide.start]))
      return frame(provide, after);
  }
  // What somewhere else has, or what is lacking, named after it (人家社区都有老年大学, 缺个量血压的地方), is
  // wished for here, not asked for oneself: it weighs with the frame.
  const withNamed = (found: Hit, after: Hit) => {
    const named = chosen.filter((h) => h.start >= after.end && clause[h.start] === clause[after.start] && names(h));
    return { ...found, mass: found.mass + named.reduce((sum, h) => sum + h.mass, 0) };
  };
  for (const there of cue('elsewhere')) {
    const has = cue('have').find((h) => h.start >= there.end && clause[h.start] === clause[there.start]);
    if (has !== undefined) return withNamed(frame(there, has), has);
  }
  for (const lack of cue('lack')) {
    // Something said after the lack, in its clause: 缺个晾衣服的地方, not a bare 缺个.
    const next = lack.end < clause.length && clause[lack.end] === clause[lack.start];
    if (next && !selves.some((s) => clause[s.start] === clause[lack.start])) return withNamed(frame(lack, lack), lack);
  }
  for (const short of cue('scarce')) {
    // Something named before the shortage in its clause (就是椅子少了点, 不過啲凳少咗啲), none for the resident.
    // Not one's own money (退休金太少了, "my pension's too small"): a service's word is the resident's own lack.
    const what = chosen.find(
      (h) => h.end <= short.start && clause[h.start] === clause[short.start] && names(h) && !ownLack(h, catalogue),
    );
    const own = selves.some((s) => clause[s.start] === clause[short.start]);
    // Or after praise or a "but" (挺好，就是…少了点): a shortage alone (今天人少了点) is only a remark.
    const but = [...cue('contrast'), ...cue('good')].some((c) => c.end <= short.start);
    if (!own && (what !== undefined || but)) return frame(what ?? short, short);
  }
  return null;
}

/**
 * "More" inside a suggestion's own words (種多啲樹, 多啲樹蔭, 多点路灯): more of something put for everyone, a wish
 * as 擺多幾張櫈 is — not how many there are (好多树, 太多人) nor more come about (多了垃圾). Only when no word of
 * the utterance calls it good (種多幾棵大樹咪好囉: that says the wish itself). Round twenty-two.
 */
export function moreWished(
  chosen: readonly Hit[],
  clause: readonly number[],
  tokens: readonly Token[],
  catalogue: readonly Category[],
): Hit | null {
  if (chosen.some((h) => h.quality === 1 && hasCue(h, 'good'))) return null;
  const selves = chosen.filter((h) => h.quality === 1 && hasCue(h, 'self'));
  for (const h of chosen) {
    if (h.quality !== 1 || !namesWish(h, catalogue) || DONE.has(tokens[h.end]?.text ?? '')) continue;
    const more = tokens.findIndex((t, i) => i >= h.start && i < h.end - 1 && t.text === '多');
    if (more < 0 || HOW_MANY.has(tokens[more - 1]?.text ?? '') || DONE.has(tokens[more + 1]?.text ?? '')) continue;
    if (!selves.some((s) => clause[s.start] === clause[h.start])) return frame(h, h);
  }
  return null;
}

/** Whether a phrase names only categories of the service kind (退休金, "pension"): what the resident lacks. */
export function ownLack(h: Hit, catalogue: readonly Category[]): boolean {
  const services = codesOfKind(catalogue, 'service');
  const codes = h.phrase.meanings.flatMap((m) => (m.slot === 'category' ? [m.value] : []));
  return codes.length > 0 && codes.every((c) => services.has(c));
}

function frame(a: Hit, b: Hit): Hit {
  const [first, last] = a.start <= b.start ? [a, b] : [b, a];
  return { phrase: HINT, start: first.start, end: last.end, quality: 1, mass: a === b ? a.mass : a.mass + b.mass };
}

/**
 * The hits naming a suggestion that a "not" after a why precedes in its clause ("why don't you open on Sunday",
 * 点解唔開埋禮拜日): asked rhetorically, the "not" denies nothing — the wish stands.
 */
export function askedWhyNot(
  chosen: readonly Hit[],
  clause: readonly number[],
  whys: readonly { start: number; end: number }[],
): Hit[] {
  const wished = (h: Hit) => h.phrase.meanings.some((m) => m.slot === 'kind' && m.value === 'suggestion');
  return chosen.filter(
    (h) =>
      wished(h) &&
      whys.some((why) =>
        chosen.some(
          (n) =>
            (hasCue(n, 'verbNegator') || hasCue(n, 'negator')) &&
            n.start >= why.end &&
            n.end <= h.start &&
            clause[why.start] === clause[h.start] &&
            clause[n.start] === clause[h.start],
        ),
      ),
  );
}
