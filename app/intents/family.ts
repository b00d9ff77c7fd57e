import type { Hit } from './hits';
import { forgetKindAndCategory, UNSURE } from './kindAndCategory';
import type { Token } from './normalise';
import type { IntentResult } from './types';

/*
 * Family news is no request. Asked what they came for, a resident who tells
 * of a grandchild or a son (我孙女可喜欢画画了, 我外孙在上海读书, 我個孫好鍾意
 * 畫畫, "my grandson loves football") names a category only in passing: the
 * drawing is the child's, not a class the resident asks for. When the only
 * thing said is such a passing word, in a clause whose subject is their kin,
 * and the resident asks for nothing of their own (我想, 想問, "I want", "can
 * I"), nothing is taken and the kiosk asks again. A trouble told of the kin
 * (a son out of work, a daughter who won't visit) is a story, left to the
 * situations; only the stray word, which would be asked back, is dropped.
 */

/** The resident's own asking: 我想, 我要, 想问, 想問, "I want", "I need", "I'd like", "can I". */
const ASKING_HAN = [
  '来问',
  '來問',
  '嚟問',
  '我想',
  '我要',
  '想问',
  '想問',
  '想搵',
  '想找',
  '我需要',
  '想申请',
  '想申請',
  '点样',
  '點樣',
  '怎么',
  '怎麼',
  '點',
];
const ASKING_EN = [
  ['i', 'want'],
  ['i', 'need'],
  ['i', 'would', 'like'],
  ['id', 'like'],
  ['can', 'i'],
  ['could', 'i'],
  ['how', 'do'],
  ['how', 'can'],
  ['is', 'there'],
  ['are', 'there'],
  ['do', 'you', 'run'],
  ['do', 'you', 'have'],
  // Asking what to do about it ("what do we do", "what should I do"), as 怎么办 and 點算 do.
  ['what', 'do', 'we', 'do'],
  ['what', 'do', 'i', 'do'],
  ['what', 'should', 'we'],
  ['what', 'should', 'i'],
  ['what', 'can', 'we', 'do'],
  ['what', 'can', 'i', 'do'],
];
/** Said of the kin, a need or a trouble (needs a carer, can't afford): a story, not news. */
const NEED_EN = [['needs'], ['need'], ['cant'], ['cannot']];
const NEED_HAN = ['需要', '不能', '没法', '冇錢', '唔夠錢'];

/** The clauses in which the resident asks for something of their own. */
export function askingClauses(tokens: readonly Token[], clause: readonly number[], needs = false): Set<number> {
  const out = new Set<number>();
  const said = new Map<number, { han: string; words: string[] }>();
  tokens.forEach((t, i) => {
    const c = said.get(clause[i]!) ?? { han: '', words: [] };
    if (t.han) c.han += t.text;
    c.words.push(t.text);
    said.set(clause[i]!, c);
  });
  for (const [n, c] of said) {
    const en = needs ? [...ASKING_EN, ...NEED_EN] : ASKING_EN;
    const han = needs ? [...ASKING_HAN, ...NEED_HAN] : ASKING_HAN;
    const english = en.some((phrase) => c.words.some((_, i) => phrase.every((p, k) => c.words[i + k] === p)));
    if (english || han.some((w) => c.han.includes(w))) out.add(n);
  }
  return out;
}

/** Whether the category taken is only a passing word in a clause about the resident's kin. */
export function isFamilyNews(
  tokens: readonly Token[],
  clause: readonly number[],
  kin: readonly { start: number; end: number }[],
  categoryHits: readonly Hit[],
): boolean {
  if (categoryHits.length === 0 || kin.length === 0 || askingClauses(tokens, clause, true).size > 0) return false;
  // Every word of the category follows a kin word in its own clause: the kin is who it is about.
  return categoryHits.every((h) => kin.some((k) => k.start < h.start && clause[k.start] === clause[h.start]));
}

/**
 * Drops a kind and category taken only from family news, which would have been asked back: asked what they
 * came for, the kiosk asks again instead of "did you mean …?" about a grandson's football.
 */
export function forgetFamilyNews(
  result: IntentResult,
  confidence: Partial<Record<keyof IntentResult, number>>,
  weighed: readonly Hit[],
  tokens: readonly Token[],
  clause: readonly number[],
  kin: () => readonly { start: number; end: number }[],
): void {
  if (result.category === null) return;
  // Named plainly (幼稚園 @ 0.86), the category is dropped only when nothing at all is wished, asked or
  // wondered (幫阿爸問, 可以幫手申請, 不晓得要准备啥): the kin's school told, no question of one.
  if ((confidence.category ?? 0) > UNSURE && tokens.some((t) => WANTING.has(t.text) || WONDERING.has(t.text))) return;
  const passing = weighed.filter((h) =>
    h.phrase.meanings.some((m) => m.slot === 'category' && m.value === result.category),
  );
  if (!isFamilyNews(tokens, clause, kin(), passing)) return;
  forgetKindAndCategory(result, confidence);
}

/** Verbs of saying (说, 讲, 话, "says", "told"): after someone else, what follows is what they said. */
const SAYING = new Set(['说', '讲', '话', 'say', 'says', 'said', 'told', 'tell', 'tells', 'reckon', 'reckons']);
/** Words of wanting, needing, advising or being able (想, 要, 让, 可以, "like", "should", "can"). */
const WANTING = new Set([
  ...'想要让叫请帮替可能应得',
  'like',
  'want',
  'wants',
  'need',
  'needs',
  'should',
  'can',
  'could',
  'help',
]);
/** The resident or the kiosk saying it is no news from someone else (我说, "I said", 你说). */
const NOT_SOMEONE_ELSE = new Set([
  '我',
  '俺',
  '咱',
  '你',
  '您',
  '听',
  'i',
  'you',
  'we',
  'please',
  'kindly',
  'was',
  'were',
]);
/** How many words may stand between a category's word and the saying for it to be the speaker (的医生, "at the"). */
const SPEAKER_WORDS = 4;
/** Asking or wondering words (问, 啥, 咩, 點, "how", "what"): beside the kin, still a question of one's own. */
const WONDERING = new Set([
  ...'问問啥咩乜点點怎吗嗎呢',
  '什么',
  'how',
  'what',
  'where',
  'when',
  'which',
  'ask',
  'asking',
  'apply',
]);
/** A saying denied (nobody told me why, 没说, 唔講) is a trouble told, not news passed on. */
const UNSAID = new Set([
  '没',
  '不',
  '唔',
  '冇',
  '未',
  'nobody',
  'nobodys',
  'one',
  'wont',
  'didnt',
  'doesnt',
  'never',
  'not',
]);

/**
 * Whether every word naming the category comes after someone else's saying in its clause (医生说我血压有点高,
 * "the doctor says my blood pressure is up"): news the resident passes on, not a request.
 */
export function isReportedNews(
  tokens: readonly Token[],
  clause: readonly number[],
  categoryHits: readonly Hit[],
): boolean {
  // Someone's wish or advice passed on (我個仔話呢度可以幫手申請, "she says she'd like someone to explain") is
  // what the resident came for.
  if (categoryHits.length === 0 || tokens.some((t) => WANTING.has(t.text))) return false;
  const saidBySomeoneElse = (k: number) =>
    SAYING.has(tokens[k]!.text) &&
    k > 0 &&
    !NOT_SOMEONE_ELSE.has(tokens[k - 1]!.text) &&
    !UNSAID.has(tokens[k - 1]!.text) &&
    clause[k - 1] === clause[k];
  // The one who said it may be named by words of the category itself (医生说, 社区医院的医生说, "the doctor at
  // the health centre said"): everything before the saying in its clause is who said it — so long as they
  // said something (the saying does not close the clause).
  const speaker = (h: Hit) => {
    for (let k = h.end; k + 1 < tokens.length && k <= h.end + SPEAKER_WORDS && clause[k] === clause[h.start]; k++)
      if (saidBySomeoneElse(k) && clause[k + 1] === clause[k]) return true;
    return false;
  };
  const after = (h: Hit) => {
    for (let k = h.start - 1; k >= 0 && clause[k] === clause[h.start]; k--) if (saidBySomeoneElse(k)) return true;
    return false;
  };
  return categoryHits.every((h) => after(h) || speaker(h));
}
