import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROGRAMS } from '../../../globalSetup/programs';
import { npmScript, runCli } from './support';

/** `npm run -s intent -- …`: its entry bundled, or (`viaTsx`) through tsx as package.json's script runs it. */
const intent = (args: string[], input = '', viaTsx = false) => runCli('intent', args, { input, viaTsx });

const FIELDS = ['kind', 'category', 'command', 'answer', 'choice', 'digits', 'confidence', 'description'];

describe('intent CLI', () => {
  it('prints one JSON object with every field of the contract for one utterance', () => {
    const result = intent(['--lang', 'zh-CN', '我要投诉楼上邻居半夜噪音']);
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    const printed = JSON.parse(result.stdout);
    expect(Object.keys(printed)).toEqual(FIELDS);
    expect(printed).toMatchObject({
      kind: 'complaint',
      category: 'cmp.noise',
      command: null,
      answer: null,
      choice: null,
      digits: null,
      description: '楼上邻居半夜噪音',
    });
    expect(printed.confidence).toBeGreaterThan(0.8);
  });

  it('matches as the step asks, with --expect and --lang=…, and takes words given unquoted', () => {
    expect(JSON.parse(intent(['--lang=zh-CN', '--expect', 'digits', '幺三八一二三四五六七八']).stdout).digits).toBe(
      '13812345678',
    );
    expect(JSON.parse(intent(['--lang', 'en', '--expect=choice', 'the', 'second', 'one']).stdout).choice).toBe(2);
    expect(
      JSON.parse(intent(['--lang', 'zh-HK', '--expect', 'category', '--kind', 'complaint', '其他']).stdout),
    ).toMatchObject({
      category: 'cmp.other',
    });
  });

  it.each([
    [['我要投诉'], '--lang is required'],
    [['--lang', 'fr', '投诉'], '--lang must be one of zh-CN, en, zh-HK'],
    [['--lang', 'zh-CN', '--expect', 'maybe', '投诉'], '--expect must be one of kind, category, yesno'],
    [['--lang', 'zh-CN'], 'the text to match is missing'],
    [['--lang', 'zh-CN', '--loud', '投诉'], 'unknown option --loud'],
    [['--jsonl', 'text'], '--jsonl reads the utterances from stdin'],
    [['--lang'], '--lang needs a value'],
  ])('refuses %j with the usage on stderr and exit code 2', (args, problem) => {
    const result = intent(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(problem);
    expect(result.stderr).toContain('usage: npm run -s intent');
  });

  it('reads JSONL and answers every line in order, naming the problem with a bad line and going on', () => {
    expect(npmScript('intent')).toBe(`tsx ${PROGRAMS.intent}`);
    const input = [
      '{"lang":"zh-CN","text":"第二个","expect":"choice"}',
      'not json',
      '',
      '{"lang":"en","text":42}',
      '{"lang":"zh-HK","text":"唔係","expect":"yesno"}',
      '{"lang":"de","text":"nein"}',
      '{"text":"help"}',
      '{"lang":"en","text":"go back","expect":"sometimes"}',
      '{"lang":"zh-CN","text":"叫工作人员"}',
    ].join('\n');
    const result = intent(['--jsonl'], input, true);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(8);
    expect(lines[0]).toMatchObject({ choice: 2 });
    expect(lines[1]).toEqual({ line: 2, error: expect.stringMatching(/^line 2: not valid JSON/) });
    expect(lines[2]).toEqual({ line: 4, error: 'line 4: "text" must be a string' });
    expect(lines[3]).toMatchObject({ answer: 'no' });
    expect(lines[4]).toEqual({ line: 6, error: expect.stringContaining('"lang" must be one of zh-CN, en, zh-HK') });
    expect(lines[5]).toEqual({ line: 7, error: expect.stringContaining('"lang" is missing') });
    expect(lines[6]).toEqual({ line: 8, error: expect.stringContaining('"expect" must be one of') });
    expect(lines[7]).toMatchObject({ command: 'call_staff' });
    expect(result.code).toBe(1);
  });

  it('exits 0 when every JSONL line was good, with --lang as the default for lines without one', () => {
    const result = intent(
      ['--jsonl', '--lang', 'en'],
      '{"text":"yes","expect":"yesno"}\n{"text":"投诉","lang":"zh-CN"}\n',
    );
    expect(result.code).toBe(0);
    expect(
      result.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l)),
    ).toMatchObject([{ answer: 'yes' }, { kind: 'complaint' }]);
  });

  describe('--eval', () => {
    const dir = mkdtempSync(join(tmpdir(), 'linli-intent-eval-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const corpus = (name: string, lines: string[]) => {
      const file = join(dir, name);
      writeFileSync(file, `${lines.join('\n')}\n`);
      return file;
    };

    it('scores a corpus by language, step and phenomenon, with the calibration and every miss', () => {
      const file = corpus('two.jsonl', [
        '{"lang":"zh-CN","text":"投诉","expect":"kind","want":{"kind":"complaint"},"phenomenon":"plain"}',
        '{"lang":"en","text":"lovely weather","expect":"kind","want":{"kind":"service"},"phenomenon":"story"}',
      ]);
      const result = intent(['--eval', file]);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^overall +50\.0 % \(1\/2\)$/m);
      expect(result.stdout).toMatch(/^ {2}zh-CN +100\.0 % \(1\/1\)$/m);
      expect(result.stdout).toMatch(/^ {2}story +0\.0 % \(0\/1\)$/m);
      expect(result.stdout).toContain('calibration (confirmation threshold 0.6)');
      expect(result.stdout).toContain('misses (1)');
      expect(result.stdout).toContain('line 2 [en kind story] lovely weather');
    });

    it('names the bad line of a corpus and exits 2', () => {
      const file = corpus('bad.jsonl', [
        '{"lang":"zh-CN","text":"投诉","expect":"kind","want":{},"phenomenon":"plain"}',
      ]);
      const result = intent(['--eval', file]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('corpus line 1: "want" must name a field');
    });
  });
});
