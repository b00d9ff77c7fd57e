import { describe, expect, it } from 'vitest';
import type { Language } from '../../../../app/i18n/languages';
import { matchIntent } from '../../../../app/intents';
import type { Expect } from '../../../../app/intents/types';

/*
 * Commands found by their shape (app/intents/shapes.ts), in sentences that no command list holds: each rule
 * with a sentence of its own, sure when the shape is what was said, and never where the words mean
 * something else.
 */

const at = (lang: Language, text: string, expect: Expect = 'free') => matchIntent(text, { lang, expect });

describe('commands by shape', () => {
  it.each([
    ['zh-CN', '麻烦你重新给我播一下', 'repeat'],
    ['zh-CN', '我压根没听着', 'repeat'],
    ['zh-HK', '唔該你又讀一次', 'repeat'],
    ['zh-HK', '我聽唔切呀', 'repeat'],
    ['en', 'read the last bit out to me once more', 'repeat'],
    ['en', 'sorry I didnt quite catch the end', 'repeat'],
    ['zh-CN', '倒到前头那里', 'back'],
    ['zh-HK', '退去頭先嗰頁', 'back'],
    ['en', 'can you move me back', 'back'],
    ['zh-CN', '打头重新弄吧', 'start_over'],
    ['zh-HK', '由開頭整過', 'start_over'],
    ['en', 'I want to begin afresh', 'start_over'],
    ['zh-CN', '这屏幕咋按的', 'help'],
    ['zh-HK', '呢度點撳', 'help'],
    ['en', 'how would I operate it', 'help'],
    ['zh-CN', '麻烦叫管理员过来', 'call_staff'],
    ['zh-HK', '請個當值嘅過嚟', 'call_staff'],
    ['en', 'could somebody help me', 'call_staff'],
  ] as const)('%s: %s is %s, above the threshold', (lang, text, command) => {
    const got = at(lang, text);
    expect(got.command).toBe(command);
    expect(got.confidence).toBeGreaterThanOrEqual(0.6);
  });

  it('takes a shape inside many words of the resident own as a question, below the threshold', () => {
    const got = at('zh-CN', '我跟你讲我昨天晚上一宿没睡好脑子糊涂刚才那段你再念念');
    expect(got.command).toBe('repeat');
    expect(got.confidence).toBeLessThan(0.6);
  });

  it('holds no command where the words mean something else', () => {
    // "Later", not "again"; a hedge that is thinking aloud; a thing named beside the shape.
    expect(at('zh-CN', '这个回头再说吧', 'yesno').command).toBeNull();
    expect(at('zh-CN', '再说吧', 'yesno').command).toBeNull();
    expect(at('zh-CN', '叫个人来修电梯', 'kind').command).not.toBe('repeat');
    expect(at('en', 'get someone to fix the broken street lights', 'kind').command).toBeNull();
    expect(at('en', 'I took the bins back in myself', 'free').command).toBeNull();
  });

  it('tells a story, not a command, when the shape is said of someone else or of what was said', () => {
    // Someone else in the clause; "said wrong again"; "never heard of it"; "never heard back".
    expect(at('zh-CN', '我孙子让人来接他').command).toBeNull();
    expect(at('zh-HK', '佢又講我壞話').command).toBeNull();
    expect(at('zh-CN', '我又说错了', 'kind').command).toBeNull();
    expect(at('zh-CN', '我没听说过').command).toBeNull();
    expect(at('en', 'I never heard back from the council').command).toBeNull();
    // Already done: a fetch in the past (搵咗人嚟整, "I asked someone to help"); "saying it again is no use".
    expect(at('zh-HK', '我搵咗人嚟整，都係唔得').command).toBeNull();
    expect(at('en', 'I asked someone to help but nobody came').command).toBeNull();
    expect(at('zh-CN', '重新说也一样', 'yesno').command).toBeNull();
  });

  it('reads a hedge inside a failure to hear as the failure, not as thinking aloud', () => {
    expect(at('zh-CN', '听不太清楚啊', 'yesno').command).toBe('repeat');
    expect(at('zh-HK', '我唔知要做乜', 'kind').command).toBe('help');
    expect(at('zh-CN', '我不太清楚', 'yesno').command).toBeNull();
  });
});
