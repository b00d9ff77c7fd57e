import { describe, expect, it } from 'vitest';
import type { Language } from '../../../../app/i18n/languages';
import { matchIntent } from '../../../../app/intents';
import type { Expect } from '../../../../app/intents/types';

/*
 * Round eight: commands and wishes in Chinese said in residents' own words — the structures behind them
 * (shapes.ts, frames.ts, commands.ts), each with sentences of its own and the stories that must stay stories.
 */

const at = (lang: Language, expect: Expect, text: string, kind?: 'service' | 'complaint' | 'suggestion') =>
  matchIntent(text, { lang, expect, ...(kind ? { kind } : {}) });
/** The dialog's default confirmation threshold (main/config/speech.ts). */
const THRESHOLD = 0.6;

describe('wishes framed as a comparison, a rhetorical question, a lack or a provision called good', () => {
  it('somewhere else that has it asks for the same here', () => {
    expect(at('zh-CN', 'kind', '别的小区早就有电动车充电桩了，咱们这儿还得拉线').kind).toBe('suggestion');
    expect(at('zh-HK', 'kind', '人哋屋苑都有晒閱覽室，我哋呢').kind).toBe('suggestion');
  });

  it('somewhere else named without what it has is no wish', () => {
    expect(at('zh-CN', 'kind', '我闺女在外地工作').kind).toBeNull();
  });

  it('a rhetorical 就不能 / 點解唔 with something provided is a wish', () => {
    expect(at('zh-CN', 'kind', '就不能在花园里多摆几个凳子吗').kind).toBe('suggestion');
    expect(at('zh-HK', 'kind', '點解唔喺大堂放部飲水機').kind).toBe('suggestion');
  });

  it('an opinion closing its clause reaches the provision in the next', () => {
    expect(at('zh-CN', 'kind', '我寻思着 活动中心礼拜天也开开门').kind).toBe('suggestion');
  });

  it('a provision called good is a wish; one already done, or describing, is a story', () => {
    expect(at('zh-CN', 'kind', '多安排几趟班车不就好了').kind).toBe('suggestion');
    expect(at('zh-HK', 'kind', '加多兩張枱咪得囉').kind).toBe('suggestion');
    expect(at('zh-CN', 'kind', '社区放的那场戏挺好看的').kind).toBeNull();
  });

  it('a lack of something named after it is a wish', () => {
    expect(at('zh-HK', 'kind', '樓下就欠個信箱').kind).toBe('suggestion');
  });

  it('a frame alone is asked back, never taken as it is', () => {
    for (const [lang, text] of [
      ['zh-CN', '人家城里都有这个'],
      ['zh-HK', '多幾個人咪得囉'],
    ] as const) {
      const r = at(lang, 'kind', text);
      if (r.kind !== null) expect(r.confidence, text).toBeLessThan(THRESHOLD);
    }
  });
});
