import { KINDS, type Kind } from '../domain/kinds';
import { LANGUAGES, type Language } from '../i18n/languages';
import { matchIntent } from './match';
import { EXPECTS, type Expect, type IntentResult } from './types';

/** The fields of a result that the dialog acts on (the description is the resident's own words, not judged). */
export const CORE_FIELDS = ['kind', 'category', 'command', 'answer', 'choice', 'digits'] as const;
export type CoreField = (typeof CORE_FIELDS)[number];

/**
 * One line of an evaluation corpus: what a resident said at a step, and only
 * the fields that matter for it (`null` = must not be found). A command is
 * always judged — absent from `want` it must be null — because the dialog
 * obeys a command before anything else.
 */
export interface CorpusLine {
  lang: Language;
  text: string;
  expect: Expect;
  kind?: Kind;
  want: Partial<Record<CoreField, string | number | null>>;
  phenomenon: string;
}

/** A line as the matcher answered it. */
export interface Judged {
  line: CorpusLine;
  number: number;
  got: IntentResult;
  right: boolean;
}

export interface Tally {
  right: number;
  total: number;
}

export interface Evaluation {
  total: Tally;
  byLanguage: Map<string, Tally>;
  byStep: Map<string, Tally>;
  byPhenomenon: Map<string, Tally>;
  threshold: number;
  /** Lines answered at or above the confirmation threshold, and how many of those were right. */
  confident: Tally;
  /** Wrong answers to a yes/no or digits read-back given at or above the threshold: must be none. */
  confidentWrongReadBacks: Judged[];
  /**
   * Hedges ("让我想一下", "maybe") that want nothing but gave an answer, kind, category, choice or digits
   * at or above the threshold: must be none. A hedge line that wants a field ("I don't know… well, it's a
   * complaint") is judged on that field like any other line.
   */
  confidentHedges: Judged[];
  misses: Judged[];
}

/** The fields a hedge must never fill confidently: thinking aloud is not an answer. */
const ANSWERING_FIELDS = ['kind', 'category', 'answer', 'choice', 'digits'] as const;

/** A line whose resident, after hedging, did give an answer, kind, category, choice or digits. */
const answers = (line: CorpusLine) => ANSWERING_FIELDS.some((f) => line.want[f] !== undefined && line.want[f] !== null);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Parses a JSONL corpus; a bad line throws an error naming its number and what is wrong. */
export function parseCorpus(text: string): CorpusLine[] {
  const lines: CorpusLine[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/^\uFEFF/, '').trim();
    if (line === '') return;
    const where = `corpus line ${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new Error(`${where}: not valid JSON (${(error as Error).message})`);
    }
    if (!isObject(value)) throw new Error(`${where}: must be a JSON object`);
    const { lang, text: said, expect, kind, want, phenomenon } = value;
    if (!LANGUAGES.includes(lang as Language))
      throw new Error(`${where}: "lang" must be one of ${LANGUAGES.join(', ')}`);
    if (typeof said !== 'string' || said.trim() === '') throw new Error(`${where}: "text" must be a non-empty string`);
    if (!EXPECTS.includes(expect as Expect)) throw new Error(`${where}: "expect" must be one of ${EXPECTS.join(', ')}`);
    if (kind !== undefined && !KINDS.includes(kind as Kind))
      throw new Error(`${where}: "kind" must be one of ${KINDS.join(', ')}`);
    if (!isObject(want) || Object.keys(want).length === 0) throw new Error(`${where}: "want" must name a field`);
    for (const field of Object.keys(want)) {
      if (!CORE_FIELDS.includes(field as CoreField))
        throw new Error(`${where}: "want.${field}" is not one of ${CORE_FIELDS.join(', ')}`);
    }
    if (typeof phenomenon !== 'string' || phenomenon === '') throw new Error(`${where}: "phenomenon" is missing`);
    lines.push({
      lang: lang as Language,
      text: said,
      expect: expect as Expect,
      ...(kind === undefined ? {} : { kind: kind as Kind }),
      want: want as CorpusLine['want'],
      phenomenon,
    });
  });
  return lines;
}

/** Right when every wanted field is as wanted and no unwanted command was heard. */
export function isRight(line: CorpusLine, got: IntentResult): boolean {
  const wanted = { command: null, ...line.want };
  return Object.entries(wanted).every(([field, value]) => got[field as CoreField] === value);
}

const tally = (map: Map<string, Tally>, key: string, right: boolean) => {
  const t = map.get(key) ?? { right: 0, total: 0 };
  t.total++;
  if (right) t.right++;
  map.set(key, t);
};

/** Runs the matcher over a corpus and scores it; `threshold` is the dialog's confirmation threshold. */
export function evaluate(lines: readonly CorpusLine[], threshold: number): Evaluation {
  const evaluation: Evaluation = {
    total: { right: 0, total: 0 },
    byLanguage: new Map(),
    byStep: new Map(),
    byPhenomenon: new Map(),
    threshold,
    confident: { right: 0, total: 0 },
    confidentWrongReadBacks: [],
    confidentHedges: [],
    misses: [],
  };
  lines.forEach((line, index) => {
    const got = matchIntent(line.text, {
      lang: line.lang,
      expect: line.expect,
      ...(line.kind ? { kind: line.kind } : {}),
    });
    const right = isRight(line, got);
    const judged: Judged = { line, number: index + 1, got, right };
    evaluation.total.total++;
    if (right) evaluation.total.right++;
    else evaluation.misses.push(judged);
    tally(evaluation.byLanguage, line.lang, right);
    tally(evaluation.byStep, line.kind ? `${line.expect} (${line.kind})` : line.expect, right);
    tally(evaluation.byPhenomenon, line.phenomenon, right);
    if (got.confidence >= threshold) {
      evaluation.confident.total++;
      if (right) evaluation.confident.right++;
      else if (line.expect === 'yesno' || line.expect === 'digits') evaluation.confidentWrongReadBacks.push(judged);
      if (line.phenomenon === 'hedge' && !answers(line) && ANSWERING_FIELDS.some((f) => got[f] !== null))
        evaluation.confidentHedges.push(judged);
    }
  });
  return evaluation;
}

export const share = (t: Tally) => (t.total === 0 ? 1 : t.right / t.total);
const percent = (t: Tally) => `${(100 * share(t)).toFixed(1)} % (${t.right}/${t.total})`;

function found(got: IntentResult): string {
  const fields = CORE_FIELDS.filter((f) => got[f] !== null).map((f) => `${f}=${got[f]}`);
  return `${fields.length > 0 ? fields.join(' ') : 'nothing'} @ ${got.confidence}`;
}

/** The evaluation as the CLI prints it: accuracy by language, step and phenomenon, calibration, every miss. */
export function formatEvaluation(e: Evaluation): string {
  const table = (title: string, map: Map<string, Tally>) => [
    title,
    ...[...map.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, t]) => `  ${key.padEnd(24)} ${percent(t)}`),
  ];
  const wanted = (line: CorpusLine) =>
    Object.entries(line.want)
      .map(([f, v]) => `${f}=${v}`)
      .join(' ');
  return [
    `overall                    ${percent(e.total)}`,
    ...table('by language', e.byLanguage),
    ...table('by step', e.byStep),
    ...table('by phenomenon', e.byPhenomenon),
    `calibration (confirmation threshold ${e.threshold})`,
    `  right at or above it     ${percent(e.confident)}`,
    `  wrong yes/no or digits at or above it: ${e.confidentWrongReadBacks.length}`,
    ...e.confidentWrongReadBacks.map((j) => `    line ${j.number} [${j.line.lang}] ${j.line.text} → ${found(j.got)}`),
    `  hedges taken as an answer at or above it: ${e.confidentHedges.length}`,
    ...e.confidentHedges.map((j) => `    line ${j.number} [${j.line.lang}] ${j.line.text} → ${found(j.got)}`),
    `misses (${e.misses.length})`,
    ...e.misses.map(
      (j) =>
        `  line ${j.number} [${j.line.lang} ${j.line.expect}${j.line.kind ? `/${j.line.kind}` : ''} ${j.line.phenomenon}] ` +
        `${j.line.text}\n    want ${wanted(j.line)}; got ${found(j.got)}`,
    ),
  ].join('\n');
}
