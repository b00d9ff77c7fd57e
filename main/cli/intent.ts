// The intent CLI (DESIGN.md, "Contracts"): prints what the dialog would
// decide for an utterance at a step, as one JSON object; with --jsonl, one
// line out for every line in.
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { KINDS } from '../../app/domain/kinds';
import { LANGUAGES } from '../../app/i18n/languages';
import { EXPECTS, type MatchOptions, matchIntent } from '../../app/intents';
import { evaluate, formatEvaluation, parseCorpus } from '../../app/intents/evaluate';
import { SpeechConfig } from '../config/speech';

const USAGE = `usage: npm run -s intent -- --lang LANG [--expect STEP] [--kind KIND] "TEXT"
       npm run -s intent -- --jsonl [--lang LANG] [--expect STEP] < utterances.jsonl
       npm run -s intent -- --eval FILE [--threshold N]

  --lang LANG    ${LANGUAGES.join(' | ')}
  --expect STEP  what the step asks for: ${EXPECTS.join(' | ')} (default free)
  --kind KIND    the kind already chosen, at the category step: ${KINDS.join(' | ')}
  --jsonl        read {"lang", "text", "expect"?, "kind"?} lines on stdin and print one result line
                 each, in order; --lang, --expect and --kind are defaults for lines without them.
                 A blank line is skipped; a bad line prints {"line": N, "error": "..."} in its place,
                 and the exit code is then 1.
  --eval FILE    score an evaluation corpus: {"lang", "text", "expect", "kind"?, "want": {…}, "phenomenon"}
                 lines; prints accuracy by language, step and phenomenon, the calibration at the
                 confirmation threshold (--threshold, default speech.confidenceThreshold's default)
                 and every miss.

Prints {"kind", "category", "command", "answer", "choice", "digits", "confidence", "description"}:
a field not found is null.`;

interface Args {
  jsonl: boolean;
  eval: string | null;
  threshold: number;
  defaults: Partial<MatchOptions>;
  text: string | null;
}

class UsageError extends Error {}

const ALLOWED = { lang: LANGUAGES, expect: EXPECTS, kind: KINDS } as const;
type Field = keyof typeof ALLOWED;

/** What is wrong with a value for --lang, --expect or --kind, or null. */
function problem(field: Field, value: unknown): string | null {
  const allowed: readonly unknown[] = ALLOWED[field];
  return allowed.includes(value) ? null : `must be one of ${ALLOWED[field].join(', ')} (got ${JSON.stringify(value)})`;
}

function parseArgs(argv: readonly string[]): Args | 'help' {
  const args: Args = {
    jsonl: false,
    eval: null,
    threshold: SpeechConfig.parse({}).confidenceThreshold,
    defaults: {},
    text: null,
  };
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      words.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h' || arg === '--help') return 'help';
    if (arg === '--jsonl') {
      args.jsonl = true;
      continue;
    }
    const path = /^--(eval|threshold)(?:=(.*))?$/.exec(arg);
    if (path) {
      const value = path[2] ?? argv[++i];
      if (value === undefined) throw new UsageError(`--${path[1]} needs a value`);
      if (path[1] === 'eval') args.eval = value;
      else {
        args.threshold = Number(value);
        if (!(args.threshold >= 0 && args.threshold <= 1)) throw new UsageError('--threshold must be between 0 and 1');
      }
      continue;
    }
    const option = /^--(lang|expect|kind)(?:=(.*))?$/.exec(arg);
    if (option) {
      const field = option[1] as Field;
      const value = option[2] ?? argv[++i];
      if (value === undefined) throw new UsageError(`--${field} needs a value`);
      const wrong = problem(field, value);
      if (wrong !== null) throw new UsageError(`--${field} ${wrong}`);
      Object.assign(args.defaults, { [field]: value });
      continue;
    }
    if (arg.startsWith('-') && arg.length > 1) throw new UsageError(`unknown option ${arg}`);
    words.push(arg);
  }
  if (args.eval !== null) {
    if (words.length > 0 || args.jsonl) throw new UsageError('--eval reads the utterances from its file');
  } else if (args.jsonl) {
    if (words.length > 0) throw new UsageError('--jsonl reads the utterances from stdin, not from the arguments');
  } else {
    if (args.defaults.lang === undefined) throw new UsageError('--lang is required');
    if (words.length === 0) throw new UsageError('the text to match is missing');
    args.text = words.join(' ');
  }
  return args;
}

/** One JSONL line → its result, or the problem with it. */
function matchLine(line: string, defaults: Partial<MatchOptions>): object | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return `not valid JSON (${(error as Error).message})`;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'must be a JSON object';
  const item = value as Record<string, unknown>;
  if (typeof item.text !== 'string') return '"text" must be a string';
  const options = { ...defaults };
  for (const field of ['lang', 'expect', 'kind'] as const) {
    if (item[field] === undefined || item[field] === null) continue;
    const wrong = problem(field, item[field]);
    if (wrong !== null) return `"${field}" ${wrong}`;
    Object.assign(options, { [field]: item[field] });
  }
  const { lang } = options;
  if (lang === undefined) return '"lang" is missing (and no --lang was given)';
  return matchIntent(item.text, { ...options, lang });
}

async function runJsonl(defaults: Partial<MatchOptions>): Promise<number> {
  let number = 0;
  let bad = 0;
  for await (const raw of createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY })) {
    number++;
    const line = raw.replace(/^\uFEFF/, '').trim();
    if (line === '') continue;
    const result = matchLine(line, defaults);
    if (typeof result === 'string') bad++;
    process.stdout.write(
      `${JSON.stringify(typeof result === 'string' ? { line: number, error: `line ${number}: ${result}` } : result)}\n`,
    );
  }
  return bad > 0 ? 1 : 0;
}

async function main(argv: readonly string[]): Promise<number> {
  let args: Args | 'help';
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`intent: ${error.message}\n${USAGE}\n`);
    return 2;
  }
  if (args === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (args.eval !== null) {
    let text: string;
    try {
      text = readFileSync(args.eval, 'utf8');
    } catch (error) {
      process.stderr.write(`intent: cannot read ${args.eval}: ${(error as Error).message}\n`);
      return 2;
    }
    try {
      process.stdout.write(`${formatEvaluation(evaluate(parseCorpus(text), args.threshold))}\n`);
    } catch (error) {
      process.stderr.write(`intent: ${args.eval}: ${(error as Error).message}\n`);
      return 2;
    }
    return 0;
  }
  if (args.jsonl) return runJsonl(args.defaults);
  process.stdout.write(`${JSON.stringify(matchIntent(args.text!, { ...args.defaults, lang: args.defaults.lang! }))}\n`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
