import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OVERLAY_SPEECH, overlaySegment, SLOW_RATE, spokenScreen } from '../../../../app/dialog/kioskSpeech';
import type { InputMode } from '../../../../app/domain/inputModes';
import { LANGUAGES, type Language } from '../../../../app/i18n/languages';
import type { Listening } from '../../../../app/speech/listening';
import type { Segment, ShownScreen } from '../../../../app/speech/voiceMachine';
import { contextWith, drive, LOOKUP_RESULT, RESULT } from './support';

const CENTRE = { 'zh-CN': '幸福里社区', en: 'Xingfuli', 'zh-HK': '幸福里社區' };
const intent: Listening = { type: 'intent', expect: 'kind' };
const screen = (key: string, prompt: Segment[]): ShownScreen => ({ key, prompt, options: [], listening: intent });
const dialogWith = (inputModes: InputMode[], more = {}) => ({ context: contextWith({ inputModes, ...more }) });

/** Every screen the kiosk listens on, by its key. */
const LISTENED = [
  'welcome',
  'chooseKind',
  'chooseCategory',
  'describe',
  'location',
  'contact.anonymity',
  'contact.name',
  'contact.phone',
  'review',
  'submitFailed',
  'receipt',
  'lookup.ref',
  'lookup.result',
  'lookup.phone',
];

type Tree = { [key: string]: string | Tree };
const locale = (lang: Language): Tree =>
  JSON.parse(readFileSync(join('locales', lang, 'translation.json'), 'utf8')) as Tree;
const lookup = (tree: Tree, key: string) =>
  key.split('.').reduce<string | Tree | undefined>((t, k) => (typeof t === 'object' ? t[k] : undefined), tree);

/** Words that send a resident to the screen or its buttons: in voice mode they are never said. */
const TOUCH_WORDS: Record<Language, RegExp> = {
  'zh-CN': /按|点击|点选|点一下|轻触|触摸|屏幕|键盘/,
  'zh-HK': /按|撳|㩒|點擊|點選|㩒一下|輕觸|觸控|觸摸|屏幕|螢幕|鍵盤/,
  en: /\b(tap|touch|press|click|button|screen|keypad|keyboard)/i,
};

/** The keys of every segment of a screen's voice prompt; a plain string is the renderer's own prompt. */
const voiceKeys = (key: string) => {
  const rendered = screen(key, [`RENDERED ${key}`, 'CONTENT']);
  const dialog = dialogWith(['voice'], { receipt: RESULT, lookupResult: LOOKUP_RESULT });
  const spoken = spokenScreen(rendered, dialog, 'zh-CN', CENTRE);
  return (spoken.voicePrompt ?? []).map((s) => (typeof s === 'string' ? s : s.key));
};

describe('what a resident talking to the kiosk hears', () => {
  it.each(LISTENED)('%s: a short spoken question of its own, not the screen prompt that names buttons', (key) => {
    const keys = voiceKeys(key);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys).not.toContain(`RENDERED ${key}`);
  });

  it.each(LANGUAGES)('in %s, no voice-mode prompt contains a touch word', (lang) => {
    const tree = locale(lang);
    const spokenKeys = new Set<string>([
      ...LISTENED.flatMap((key) => voiceKeys(key)).filter((k) => !k.startsWith('RENDERED') && k !== 'CONTENT'),
      ...Object.values(OVERLAY_SPEECH),
      ...LISTENED.map((key) => `voice.hint.${key}`),
      ...[
        'voice.confirm',
        'voice.readBack',
        'voice.readBackDigits',
        'voice.again',
        'voice.noInput',
        'voice.noMatch',
        'voice.understood',
        'voice.refSlowly',
        'steps.submitting.spoken',
        'steps.lookup.checking.spoken',
      ],
    ]);
    const offending = [...spokenKeys]
      .map((key) => [key, lookup(tree, key)] as const)
      .filter(([, text]) => typeof text !== 'string' || TOUCH_WORDS[lang].test(text));
    expect(offending).toEqual([]);
    expect(spokenKeys.size).toBeGreaterThan(30);
  });

  it('a resident who has not spoken hears the screen prompt, its list after it', () => {
    const spoken = spokenScreen(
      screen('chooseCategory', ['请选择类别。', '噪音', '卫生']),
      dialogWith(['touch']),
      'zh-CN',
      CENTRE,
    );
    expect(spoken.voicePrompt).toBeUndefined();
    expect(spoken.prompt).toEqual(['请选择类别。']);
    expect(spoken.choices).toEqual(['噪音', '卫生']);
  });

  it("the review's contents are said after the question, then what to say to them", () => {
    const spoken = spokenScreen(
      screen('review', ['请核对…按确认提交', '投诉', '噪音']),
      dialogWith(['voice']),
      'zh-CN',
      CENTRE,
    );
    expect(spoken.voicePrompt).toEqual([
      { key: 'voice.ask.review', values: { centre: '幸福里社区' } },
      '投诉',
      '噪音',
      { key: 'voice.hint.review' },
    ]);
  });

  it('help to a talking resident says what to say, not which button to press', () => {
    const dialog = drive([{ type: 'user.start', mode: 'voice' }]);
    expect(overlaySegment('help', dialog, CENTRE, 'zh-CN')).toEqual({ key: 'voice.hint.chooseKind' });
    const touched = drive([{ type: 'user.start', mode: 'touch' }]);
    expect(overlaySegment('help', touched, CENTRE, 'zh-CN')).toMatchObject({ key: 'steps.chooseKind.help' });
  });
});

describe('the receipt, said', () => {
  it.each([
    ['zh-CN', '幺二三，四五六六', '幺，二，三，四，五，六，六'],
    ['zh-HK', '一二三，四五六六', '一，二，三，四，五，六，六'],
    ['en', 'one two three, four five six six', 'one, two, three, four, five, six, six'],
  ] as const)('in %s reads the reference digit by digit, then again slowly', (lang, grouped, slowly) => {
    const rendered = screen('receipt', ['您的编号是 123 4566']);
    const spoken = spokenScreen(rendered, dialogWith(['touch'], { receipt: RESULT }), lang, CENTRE);
    expect(spoken.prompt).toEqual([
      { key: 'steps.receipt.spoken', values: { ref: grouped } },
      { key: 'voice.refSlowly', values: { ref: slowly }, rate: SLOW_RATE },
    ]);
    expect(SLOW_RATE).toBeLessThan(1);
  });

  it('a lookup reads the reference digit by digit too', () => {
    const rendered = screen('lookup.result', ['编号 123 4566：已接手']);
    const spoken = spokenScreen(rendered, dialogWith(['touch'], { lookupResult: LOOKUP_RESULT }), 'zh-CN', CENTRE);
    expect(spoken.prompt).toEqual([
      {
        key: 'steps.lookup.result.spoken',
        values: { ref: '幺二三，四五六六', status: { key: 'lookup.status.collected' } },
      },
    ]);
  });
});
