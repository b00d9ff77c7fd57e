/**
 * "Me too" (已经有人反映过这个问题): does a new complaint match an open case of
 * the same category from the last 14 days? Only the category, the location
 * text and the description are compared, so no personal data is ever needed.
 *
 * Two texts are compared after folding what residents write differently for
 * the same thing: full-width and half-width forms, traditional and simplified
 * characters, Chinese numerals and digits, and the words for a building
 * (3号楼 = 三号楼 = 3栋 = 3幢 = 3座 = Block 3). A few Cantonese spoken forms
 * become their Mandarin ones (𨋢 = 电梯, 冇 = 没), and particles (了, 咗, 的…)
 * are dropped because they carry no meaning about the problem.
 *
 * - Place numbers decide first: when both texts name a building, a unit, a
 *   room or a street number, and those numbers have nothing in common, they
 *   are different places, however alike the words (3号楼电梯坏了 ≠ 5号楼电梯坏了).
 * - The problem is compared by the Dice coefficient of the descriptions'
 *   token sets (character bigrams for Chinese, which needs no word
 *   segmentation; words for English), after the location itself has been
 *   taken out of them, so that sharing a place does not look like sharing a
 *   problem.
 * - Score: at the same location (the same stated location, or, when one side
 *   stated none, the same building named), 0.5 + 0.5 × Dice; otherwise,
 *   without a location on one side, the Dice alone; at two different stated locations, 0.75 × Dice.
 *   A match needs 0.6, which means: at the same place, at least a fifth of
 *   the problem's words in common (电梯坏了 ~ 电梯坏了困人 is 0.67 Dice; two
 *   different problems at one place share none: 路灯不亮 / 垃圾没人清理);
 *   without a place, most words in common (0.6, which two accounts of the
 *   same rubbish pile reach, and two problems at the same gate do not: 0.4);
 *   at two stated places, nearly the same words (0.8).
 */
import { toSimplified } from '../intents/phonetics';
import { type CaseStatus, isOpen } from './lifecycle';

/** What a resident is about to submit, as far as "me too" looks at it. */
export interface ComplaintText {
  category: string;
  location?: string | undefined;
  description: string;
}

/** An existing case as "me too" sees it: no contact, no name. */
export interface CaseSummary extends ComplaintText {
  id: string;
  createdAt: Date;
  status: CaseStatus;
}

/** One case the resident might add their voice to, best first. */
export interface SimilarCase {
  id: string;
  /** 0–1; at least `MATCH_SCORE`. */
  score: number;
  sameLocation: boolean;
}

/** Only cases this recent (14 × 24 hours before now) are offered: an older problem deserves a fresh report. */
export const SIMILAR_WINDOW_DAYS = 14;
/** The score from which a case is offered (see the file's comment for why). */
export const MATCH_SCORE = 0.6;

const NUMERAL = '[零〇一二两三四五六七八九十百千]';
const PLACE_MARK = '号楼|号栋|号幢|号|栋|幢|座|楼|层|单元|室|期|区';
const DIGIT_OF: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNIT_OF: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** "三" → 3, "十二" → 12, "二十三" → 23, "一百零五" → 105, "一〇二" → 102 (read digit by digit). */
export function chineseNumber(text: string): number {
  if (![...text].some((ch) => ch in UNIT_OF)) {
    return Number([...text].map((ch) => DIGIT_OF[ch] ?? 0).join(''));
  }
  let total = 0;
  let current = 0;
  for (const ch of text) {
    const unit = UNIT_OF[ch];
    if (unit === undefined) current = DIGIT_OF[ch] ?? 0;
    else {
      total += (current === 0 ? 1 : current) * unit;
      current = 0;
    }
  }
  return total + current;
}

/** Spoken Cantonese and everyday variants folded to one form, so both accounts share words. */
const VARIANTS: [RegExp, string][] = [
  [/𨋢|升降机/g, '电梯'],
  [/冇/g, '没'],
  [/唔/g, '不'],
  [/嘈/g, '吵'],
  [/喺/g, '在'],
  [/\belevators?\b/g, 'lift'],
];
/** Particles that say nothing about the problem (Mandarin and Cantonese). */
const PARTICLES = /[的了咗嘅啲啊呀吧啦喇呢吗嘛哦噢喔]/g;

/**
 * The common fold of a location or a description: width, case, script,
 * numerals, building words. Spaces and punctuation are kept as separators.
 */
export function foldText(text: string): string {
  let s = toSimplified(text.normalize('NFKC').toLowerCase());
  s = s.replace(new RegExp(`第(${NUMERAL}+)`, 'g'), (_, n: string) => String(chineseNumber(n)));
  s = s.replace(new RegExp(`(${NUMERAL}+)(?=${PLACE_MARK})`, 'g'), (_, n: string) => String(chineseNumber(n)));
  s = s
    .replace(/\b(?:block|blk|building|bldg|tower)\s*(?:no\.?\s*)?(\d+)/g, '$1栋')
    .replace(/\b(?:flat|room|rm)\s*(\d+)/g, '$1室')
    .replace(
      /\b(\d+)\s*\/\s*f\b|\b(\d+)(?:st|nd|rd|th)?\s+floor\b|\bfloor\s*(\d+)/g,
      (...m) => `${m[1] ?? m[2] ?? m[3]}层`,
    )
    .replace(/(\d+)\s*(?:号楼|号栋|号幢|栋|幢|座)/g, '$1栋')
    // Once buildings are taken, "N楼" is a floor, as 三楼 is said for the third floor.
    .replace(/(\d+)\s*[楼层]/g, '$1层')
    .replace(/(\d+)\s*单元/g, '$1单元')
    .replace(/(\d+)\s*[室房]/g, '$1室');
  for (const [from, to] of VARIANTS) s = s.replace(from, to);
  return s;
}

/** A location reduced to what identifies the place: "幸福小区 三號樓" → "幸福小区3栋". */
export function normaliseLocation(text: string): string {
  return foldText(text).replace(/[^\p{L}\p{N}]/gu, '');
}

// Not after 月: "12月3号" is a date, not number 3.
const PLACE = /(?<![\d月])(\d+)(栋|单元|室|号|层)/g;
/** Kinds of place number that tell two places apart; floors do not (one lift serves them all). */
const DISTINGUISHING = new Set(['栋', '单元', '室', '号']);

function placesIn(folded: string): Map<string, Set<string>> {
  const places = new Map<string, Set<string>>();
  for (const m of folded.matchAll(PLACE)) {
    const [, n, kind] = m as unknown as [string, string, string];
    if (!DISTINGUISHING.has(kind)) continue;
    if (!places.has(kind)) places.set(kind, new Set());
    places.get(kind)?.add(String(Number(n)));
  }
  return places;
}

type Places = Map<string, Set<string>>;

/** True when both name a place of one kind (building, unit, room, number) and no number is shared. */
function differentPlaces(a: Places, b: Places): boolean {
  for (const [kind, numbers] of a) {
    const other = b.get(kind);
    if (other !== undefined && ![...numbers].some((n) => other.has(n))) return true;
  }
  return false;
}

/** True when both name the same building (or unit, room, number), e.g. each says 3号楼 in its description. */
function sharedPlace(a: Places, b: Places): boolean {
  for (const [kind, numbers] of a) if ([...numbers].some((n) => b.get(kind)?.has(n))) return true;
  return false;
}

const STOPWORDS = new Set(
  `a an the is are was were be been it its this that there here in on at of to for from by with and or but
   not no again still very too so my our your their i we you they he she please has have had do does did can
   could will would just also as into out up near outside inside next than then been keep keeps`.split(/\s+/),
);

function stem(word: string): string {
  if (word.length < 4) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** The tokens a description is compared by: Chinese character bigrams and English word stems. */
export function problemTokens(description: string, location = ''): Set<string> {
  let s = foldText(description).replace(PLACE, ' ');
  const place = normaliseLocation(location).replace(PLACE, '');
  // Take the stated location out of the description so a shared place is not a shared problem.
  if ([...place].length >= 2) s = s.split(place).join(' ');
  s = s.replace(PARTICLES, '');
  const tokens = new Set<string>();
  for (const run of s.match(/\p{Script=Han}+|[a-z]+/gu) ?? []) {
    if (/^[a-z]/.test(run)) {
      if (!STOPWORDS.has(run)) tokens.add(stem(run));
      continue;
    }
    const chars = [...run];
    if (chars.length === 1) tokens.add(run);
    for (let i = 0; i + 1 < chars.length; i++) tokens.add(`${chars[i]}${chars[i + 1]}`);
  }
  return tokens;
}

/** 2·|A∩B| / (|A|+|B|); 0 when both are empty (nothing said is nothing shared). */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size + b.size === 0) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** How alike two complaints are; `differentPlace` rules a match out whatever the score. */
export function compareComplaints(
  a: ComplaintText,
  b: ComplaintText,
): { score: number; sameLocation: boolean; differentPlace: boolean } {
  const locA = normaliseLocation(a.location ?? '');
  const locB = normaliseLocation(b.location ?? '');
  const bothLocated = locA !== '' && locB !== '';
  const placesA = placesIn(`${foldText(a.location ?? '')} ${foldText(a.description)}`);
  const placesB = placesIn(`${foldText(b.location ?? '')} ${foldText(b.description)}`);
  const differentPlace = differentPlaces(placesA, placesB);
  // Two stated locations decide by themselves ("阳光小区3号楼" is not "幸福小区3号楼"); when one
  // side stated none, the same building named in the descriptions is the same place.
  const sameLocation = bothLocated
    ? locA === locB || locA.includes(locB) || locB.includes(locA)
    : sharedPlace(placesA, placesB);
  const words = dice(problemTokens(a.description, a.location), problemTokens(b.description, b.location));
  const score = sameLocation ? 0.5 + 0.5 * words : bothLocated ? 0.75 * words : words;
  return { score, sameLocation, differentPlace };
}

/**
 * Open cases of the same category from the last 14 days (before `now`) that
 * the new complaint matches, best first (then newest first). A centre may
 * configure another window (`windowDays`, config `meToo.days`).
 */
export function findSimilar(
  complaint: ComplaintText,
  cases: readonly CaseSummary[],
  now: Date,
  windowDays = SIMILAR_WINDOW_DAYS,
): SimilarCase[] {
  const since = now.getTime() - windowDays * 86_400_000;
  const found: (SimilarCase & { createdAt: number })[] = [];
  for (const c of cases) {
    const created = c.createdAt.getTime();
    if (c.category !== complaint.category || !isOpen(c.status) || created < since || created > now.getTime()) continue;
    const { score, sameLocation, differentPlace } = compareComplaints(complaint, c);
    if (!differentPlace && score >= MATCH_SCORE) found.push({ id: c.id, score, sameLocation, createdAt: created });
  }
  found.sort((x, y) => y.score - x.score || y.createdAt - x.createdAt);
  return found.map(({ id, score, sameLocation }) => ({ id, score, sameLocation }));
}
