import { describe, expect, it } from 'vitest';
import { type Category, DEFAULT_CATALOGUE } from '../../../../app/domain/catalogue';
import { grammarFor, matchIntent } from '../../../../app/intents';

describe('matchIntent', () => {
  it('gives every field of the contract, null when not found, and confidence 0 when nothing was', () => {
    expect(matchIntent('今天天气真好', { lang: 'zh-CN' })).toEqual({
      kind: null,
      category: null,
      command: null,
      answer: null,
      choice: null,
      digits: null,
      confidence: 0,
      description: null,
    });
  });

  it('fills kind, category and description from one breath (DESIGN.md, "Mixed initiative")', () => {
    expect(matchIntent('我要投诉楼上邻居半夜噪音', { lang: 'zh-CN', expect: 'kind' })).toMatchObject({
      kind: 'complaint',
      category: 'cmp.noise',
      description: '楼上邻居半夜噪音',
    });
  });

  it('gives no description when only the kind and a category name were said', () => {
    expect(matchIntent('我要投诉噪音', { lang: 'zh-CN', expect: 'kind' }).description).toBeNull();
    expect(matchIntent('投诉', { lang: 'zh-CN', expect: 'kind' }).description).toBeNull();
  });

  it('gives no description of one stray character or word, nor of a command said before the kind', () => {
    // Read back as "好的，投诉：算" it would make no sense to the resident.
    expect(matchIntent('说不好 可能算投诉吧', { lang: 'zh-CN', expect: 'kind' }).description).toBeNull();
    expect(matchIntent('我不知道怎么投诉', { lang: 'zh-CN', expect: 'kind' }).description).toBeNull();
    expect(matchIntent('帮帮我 我要投诉楼上装修', { lang: 'zh-CN', expect: 'kind' }).description).toBe('楼上装修');
  });

  it('keeps the resident’s traditional characters in the description', () => {
    expect(matchIntent('我要投訴樓上鄰居半夜噪音', { lang: 'zh-CN', expect: 'kind' }).description).toBe(
      '樓上鄰居半夜噪音',
    );
  });

  it('recognises the universal commands at every step', () => {
    for (const expect_ of ['kind', 'category', 'yesno', 'choice', 'digits', 'free'] as const) {
      expect(matchIntent('叫工作人员', { lang: 'zh-CN', expect: expect_ }).command).toBe('call_staff');
      expect(matchIntent('go back', { lang: 'en', expect: expect_ }).command).toBe('back');
    }
  });

  it('does not take a command word inside a sentence that names something else', () => {
    const result = matchIntent('我要投诉工作人员态度不好', { lang: 'zh-CN', expect: 'kind' });
    expect(result.command).toBeNull();
    expect(result.kind).toBe('complaint');
  });

  it('asks only what the step asks: a yes at the digits step is no digit, a number at the yes/no step no choice', () => {
    expect(matchIntent('是的', { lang: 'zh-CN', expect: 'digits' }).answer).toBeNull();
    expect(matchIntent('第二个', { lang: 'zh-CN', expect: 'yesno' }).choice).toBeNull();
    expect(matchIntent('幺三八', { lang: 'zh-CN', expect: 'choice' }).digits).toBeNull();
  });

  it('is less confident of a phrase found only by sound, so the dialog confirms it', () => {
    const exact = matchIntent('我要投诉', { lang: 'zh-CN', expect: 'kind' });
    const heard = matchIntent('我要头诉', { lang: 'zh-CN', expect: 'kind' });
    expect(heard.kind).toBe('complaint');
    expect(heard.confidence).toBeLessThan(exact.confidence);
    expect(heard.confidence).toBeLessThan(0.75);
  });

  it('takes no two-character phrase of which neither character was heard right (无页 is not 物业)', () => {
    expect(matchIntent('无页', { lang: 'zh-CN', expect: 'category' }).category).toBeNull();
    expect(matchIntent('物页', { lang: 'zh-CN', expect: 'category' }).category).toBe('cmp.property');
  });

  it('settles a category named in several kinds by the kind said or already chosen', () => {
    expect(matchIntent('其他', { lang: 'zh-CN', expect: 'category' }).category).toBeNull();
    expect(matchIntent('其他', { lang: 'zh-CN', expect: 'category', kind: 'suggestion' }).category).toBe('sug.other');
    expect(matchIntent('我要投诉其他问题', { lang: 'zh-CN', expect: 'kind' }).category).toBe('cmp.other');
  });

  it('matches a centre’s own categories by their label and phrases, in its own catalogue only', () => {
    const catalogue: Category[] = [
      ...DEFAULT_CATALOGUE.filter((c) => c.code !== 'cmp.noise'),
      {
        code: 'svc.pets',
        kind: 'service',
        asksLocation: false,
        label: { 'zh-CN': '宠物登记', en: 'Pet registration', 'zh-HK': '寵物登記' },
        phrases: { 'zh-CN': ['狗证办理'] },
      },
    ];
    expect(matchIntent('我想办狗证办理', { lang: 'zh-CN', expect: 'kind', catalogue }).category).toBe('svc.pets');
    expect(matchIntent('寵物登記', { lang: 'zh-HK', expect: 'category', catalogue }).category).toBe('svc.pets');
    expect(matchIntent('pet registration', { lang: 'en', expect: 'category', catalogue }).category).toBe('svc.pets');
    // The centre has no noise category: noise is not offered, however clearly it was said.
    expect(matchIntent('噪音', { lang: 'zh-CN', expect: 'category', catalogue }).category).toBeNull();
    expect(matchIntent('噪音', { lang: 'zh-CN', expect: 'category' }).category).toBe('cmp.noise');
  });

  it('compiles each grammar once and reuses it', () => {
    expect(grammarFor('zh-HK')).toBe(grammarFor('zh-HK'));
    const catalogue: Category[] = [
      { code: 'svc.pets', kind: 'service', asksLocation: false, label: { en: 'Pets' } },
      ...DEFAULT_CATALOGUE,
    ];
    expect(grammarFor('en', catalogue)).toBe(grammarFor('en', catalogue));
    expect(grammarFor('en', catalogue)).not.toBe(grammarFor('en'));
  });

  it('treats simplified text in the Cantonese grammar and traditional text in the Mandarin one alike', () => {
    expect(matchIntent('楼上漏水', { lang: 'zh-HK', expect: 'category' }).category).toBe('cmp.neighbour');
    expect(matchIntent('樓上漏水', { lang: 'zh-CN', expect: 'category' }).category).toBe('cmp.neighbour');
  });
});
