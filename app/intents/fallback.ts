import { type Category, categoriesOf } from '../domain/catalogue';
import { KINDS, type Kind } from '../domain/kinds';
import type { Language } from '../i18n/languages';
import { UNSURE } from './kindAndCategory';
import { FALLBACK_TABLES, FALLBACK_THRESHOLDS } from './tables/fallback';
import type { Expect, IntentResult } from './types';

/**
 * A corpus-trained fallback for the kind and category (README, "Understanding what residents say"): a
 * multinomial naive Bayes over the matcher's own tokens, consulted only when the rules found nothing at all.
 * Its answer is a guess from words no rule lists, so it is always asked back (≤ UNSURE), never acted on.
 * The tables are written by `npm run -s train-fallback` from the corpus (scripts/train-fallback.ts).
 */

/** What a result of the kind model may be besides a kind: a line that wants nothing (talk, a hedge). */
export const NOTHING = 'none';

/** One trained model: classes, how many lines each had, and each kept feature's count per class. */
export interface NaiveBayes {
  classes: string[];
  lines: number[];
  counts: Map<string, Map<number, number>>;
  /** Feature counts per class (of the kept features) and the vocabulary size, for add-one smoothing. */
  totals: number[];
  vocabulary: number;
}

export interface FallbackModels {
  kind: NaiveBayes;
  category: NaiveBayes;
}

/** Posteriors at or above which the fallback's guess is asked back (chosen by cross-validation). */
export interface FallbackThresholds {
  kind: number;
  category: number;
}

/**
 * The features of an utterance: each token (a Han character, a word), and each pair of adjacent tokens of
 * the same script (Chinese character bigrams, English word bigrams; English words inside Chinese count too).
 */
export function featuresOf(tokens: readonly { text: string; han: boolean }[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    out.push(t.text);
    const next = tokens[i + 1];
    if (next !== undefined && next.han === t.han) out.push(t.han ? t.text + next.text : `${t.text} ${next.text}`);
  }
  return out;
}

/** Decodes one model of tables/fallback.ts: `class:lines …|feature=class:count,…|…` (classes by index). */
export function decodeModel(table: string): NaiveBayes {
  const [header = '', ...rows] = table.split('|');
  const classes: string[] = [];
  const lines: number[] = [];
  for (const entry of header.split(' ')) {
    const at = entry.lastIndexOf(':');
    classes.push(entry.slice(0, at));
    lines.push(Number(entry.slice(at + 1)));
  }
  const counts = new Map<string, Map<number, number>>();
  const totals = classes.map(() => 0);
  for (const row of rows) {
    const [feature = '', list = ''] = row.split('=');
    const perClass = new Map<number, number>();
    for (const pair of list.split(',')) {
      const [c, n] = pair.split(':').map(Number) as [number, number];
      perClass.set(c, n);
      totals[c]! += n;
    }
    counts.set(feature, perClass);
  }
  return { classes, lines, counts, totals, vocabulary: counts.size };
}

let trained: Map<Language, FallbackModels> | undefined;
/** Set by the cross-validation (a model trained on four fifths) and by tests; undefined = the shipped tables. */
let override: { models: Map<Language, FallbackModels> | null; thresholds: FallbackThresholds } | undefined;

/** Uses other models (null: no fallback at all) until called again with undefined. */
export function setFallbackModels(
  models: Map<Language, FallbackModels> | null | undefined,
  thresholds: FallbackThresholds = FALLBACK_THRESHOLDS,
): void {
  override = models === undefined ? undefined : { models, thresholds };
}

/** The shipped models (tables/fallback.ts), decoded on first use: the kiosk pays nothing until a sentence needs one. */
export function shippedFallbackModels(): Map<Language, FallbackModels> {
  trained ??= modelsOf(FALLBACK_TABLES);
  return trained;
}

/** Decodes trained tables (fallbackTraining.ts `trainFallback`, or the shipped ones) into models. */
export function modelsOf(tables: Record<string, { kind: string; category: string }>): Map<Language, FallbackModels> {
  return new Map(
    Object.entries(tables).map(([lang, t]) => [
      lang as Language,
      { kind: decodeModel(t.kind), category: decodeModel(t.category) },
    ]),
  );
}

function modelsFor(lang: Language): FallbackModels | undefined {
  return (override === undefined ? shippedFallbackModels() : override.models)?.get(lang);
}

export interface Guess {
  value: string;
  posterior: number;
}

/** The most likely of the allowed classes and its posterior among them; null when no feature is known. */
export function classify(model: NaiveBayes, features: readonly string[], allowed?: ReadonlySet<string>): Guess | null {
  const known = features.map((f) => model.counts.get(f)).filter((c) => c !== undefined);
  // Naive Bayes multiplies evidence as if every feature were independent (a bigram and its two characters
  // are not), so a long sentence comes out falsely sure: its log-likelihood is tempered by √(features).
  if (known.length === 0) return null;
  // Σ log((n + 1) / total) = Σ log(n + 1) − K·log(total): only the classes a feature was seen with cost a step.
  const likelihood = model.classes.map((_, c) => -known.length * Math.log(model.totals[c]! + model.vocabulary));
  for (const counts of known) for (const [c, n] of counts) likelihood[c]! += Math.log(n + 1);
  const scores: { value: string; log: number }[] = [];
  model.classes.forEach((value, c) => {
    if (allowed !== undefined && !allowed.has(value)) return;
    scores.push({ value, log: Math.log(model.lines[c]!) + likelihood[c]! / Math.sqrt(known.length) });
  });
  if (scores.length === 0) return null;
  const best = scores.reduce((a, b) => (b.log > a.log ? b : a));
  const sum = scores.reduce((s, x) => s + Math.exp(x.log - best.log), 0);
  return { value: best.value, posterior: 1 / sum };
}

/** The kind model's guess (a kind or NOTHING), or null. */
export function fallbackKind(lang: Language, tokens: readonly { text: string; han: boolean }[]): Guess | null {
  const models = modelsFor(lang);
  return models === undefined ? null : classify(models.kind, featuresOf(tokens));
}

/** The category model's guess, among the catalogue's codes of `kind` when given, or null. */
export function fallbackCategory(
  lang: Language,
  tokens: readonly { text: string; han: boolean }[],
  kind?: Kind,
  catalogue?: readonly Category[],
): Guess | null {
  const models = modelsFor(lang);
  if (models === undefined) return null;
  const allowed = kind === undefined ? undefined : new Set(categoriesOf(catalogue ?? [], kind).map((c) => c.code));
  return classify(models.category, featuresOf(tokens), allowed);
}

/**
 * Fills a result the rules left wholly empty at the kind, free or category step with the models' guess,
 * asked back. Never on yes/no, digits, choice or rating; never over anything the rules found.
 */
export function askBackFallback(
  result: IntentResult,
  tokens: readonly { text: string; han: boolean }[],
  step: { lang: Language; expect: Expect; kind?: Kind; catalogue: readonly Category[]; ruled?: boolean },
): boolean {
  const { expect } = step;
  if (step.ruled === true || (expect !== 'kind' && expect !== 'free' && expect !== 'category')) return false;
  const found = result.command ?? result.answer ?? result.choice ?? result.digits ?? result.category;
  if (found !== null) return false;
  const thresholds = override?.thresholds ?? FALLBACK_THRESHOLDS;
  if (expect === 'category') {
    const kind = step.kind ?? result.kind;
    // The category model knows no talk: the kind model, which does, must hear a request or a trouble first.
    const said = fallbackKind(step.lang, tokens);
    if (kind === null || said === null || said.value === NOTHING) return false;
    const category = fallbackCategory(step.lang, tokens, kind, step.catalogue);
    if (category === null || category.posterior < thresholds.category) return false;
    result.category = category.value;
    result.confidence = Math.min(category.posterior, UNSURE);
    return true;
  }
  if (result.kind !== null) return false;
  const guess = fallbackKind(step.lang, tokens);
  if (guess === null || guess.value === NOTHING || guess.posterior < thresholds.kind) return false;
  const kind = KINDS.find((k) => k === guess.value);
  if (kind === undefined) return false;
  result.kind = kind;
  result.confidence = Math.min(guess.posterior, UNSURE);
  const category = fallbackCategory(step.lang, tokens, kind, step.catalogue);
  if (category !== null && category.posterior >= thresholds.category) result.category = category.value;
  return true;
}
