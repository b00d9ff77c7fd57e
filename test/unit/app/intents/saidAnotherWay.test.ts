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

  it('what somewhere else has, named, is wished for here, not a service for oneself', () => {
    expect(at('zh-CN', 'kind', '其他社区都有法律咨询了').kind).toBe('suggestion');
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

  it('a wish "when will we too get…", or for us all, is no service for the resident', () => {
    expect(at('zh-CN', 'kind', '什么时候也给咱们弄个阅览室').kind).toBe('suggestion');
    expect(at('zh-CN', 'kind', '门口多栽几棵树就美了').kind).toBe('suggestion');
  });

  it('a wish put as longing (巴不得, 好想有) or a lack (连个…都没有) hints a suggestion', () => {
    expect(at('zh-CN', 'kind', '巴不得楼下有个菜店').kind).toBe('suggestion');
    expect(at('zh-CN', 'kind', '这么多老人连个活动室都没有').kind).toBe('suggestion');
    expect(at('zh-HK', 'kind', '好希望有個地方可以打麻雀').kind).toBe('suggestion');
  });

  it('what is needed most, or a provision "wouldn\'t it be better", is a wish', () => {
    expect(at('zh-CN', 'kind', '我们这片最需要的就是个医务室').kind).toBe('suggestion');
    expect(at('zh-HK', 'kind', '喺大堂放部風扇唔係更好咩').kind).toBe('suggestion');
  });

  it('a request whose next clause opens with the provision, and what elsewhere gives, are wishes', () => {
    expect(at('zh-CN', 'kind', '能不能跟街道说说，多开几趟公交').kind).toBe('suggestion');
    expect(at('zh-CN', 'kind', '人家那边都给老人发牛奶').kind).toBe('suggestion');
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

describe('commands by their structure', () => {
  const command = (lang: Language, expect: Expect, text: string) => at(lang, expect, text).command;

  it('the resident asking what to say or do is help, not a request to hear again', () => {
    expect(command('zh-CN', 'free', '我该报啥呀')).toBe('help');
    expect(command('zh-CN', 'digits', '我不知道要填什么')).toBe('help');
    expect(command('zh-HK', 'yesno', '我應該講乜嘢')).toBe('help');
  });

  it('the resident recalling their own words asks for nothing, and gives no reply', () => {
    const r = at('zh-CN', 'free', '唉 我刚才想说什么来着');
    expect(r.command).toBeNull();
    expect(r.answer).toBeNull();
  });

  it('the kiosk asked to speak, or the resident only spoken to, is still a request to hear again', () => {
    expect(command('zh-CN', 'kind', '你再给我说一遍')).toBe('repeat');
    expect(command('zh-CN', 'yesno', '我耳朵不好 你再说一遍')).toBe('repeat');
  });

  it('a person fetched with 把, at a distance, or to talk to, is a call for staff', () => {
    expect(command('zh-CN', 'free', '麻烦把你们主任叫出来')).toBe('call_staff');
    expect(command('zh-CN', 'category', '师傅，麻烦叫一下你们这儿值班的')).toBe('call_staff');
    expect(command('zh-CN', 'yesno', '我想跟你们工作人员聊聊')).toBe('call_staff');
    expect(command('zh-HK', 'choice', '想搵個社工傾下')).toBe('call_staff');
  });

  it('a restart with 重新 and a verb of doing is start over; one done already is a story', () => {
    expect(command('zh-CN', 'category', '全错了，重新弄吧')).toBe('start_over');
    expect(command('zh-HK', 'free', '唔啱晒，重新整過')).toBe('start_over');
    expect(command('zh-CN', 'kind', '我去年重新弄了户口')).toBeNull();
  });

  it('a movement back to correct something is back; 回头改天 is later', () => {
    expect(command('zh-CN', 'digits', '名字说错了，退回去改一下')).toBe('back');
    expect(command('zh-HK', 'yesno', '返去改返個地址')).toBe('back');
    expect(command('zh-CN', 'kind', '回头改天再来')).toBeNull();
  });

  it('not very good at using it is help', () => {
    expect(command('zh-CN', 'kind', '我不怎么会用这些')).toBe('help');
    expect(command('zh-HK', 'kind', '我唔太識用部機')).toBe('help');
  });

  it('how to say or choose is help; "how shall I put it" is thinking aloud', () => {
    expect(command('zh-CN', 'digits', '这个地址咋个报嘛')).toBe('help');
    expect(command('zh-HK', 'choice', '點樣揀先啱')).toBe('help');
    expect(command('zh-CN', 'category', '这事儿怎么说呢')).toBeNull();
  });

  it('a command phrase in a clause of its own is the command, whatever the other clauses say of the kiosk', () => {
    expect(command('zh-CN', 'yesno', '这破玩意儿真气人 我想找个真人')).toBe('call_staff');
    expect(command('zh-HK', 'kind', '部機唔明我講乜 我想同真人講')).toBe('call_staff');
  });

  it('a person described, or "your people", or another person, fetched, is a call for staff', () => {
    expect(command('zh-CN', 'free', '叫那个戴眼镜的过来一下')).toBe('call_staff');
    expect(command('zh-CN', 'kind', '我想找你们居委会的人')).toBe('call_staff');
    expect(command('zh-CN', 'yesno', '说不明白，换个人跟我说')).toBe('call_staff');
    expect(command('zh-HK', 'category', '搵你哋中心嘅人啦')).toBe('call_staff');
  });

  it('what the kiosk can do, asked, is help', () => {
    expect(command('zh-CN', 'kind', '你这儿能办些什么')).toBe('help');
    expect(command('zh-HK', 'kind', '呢度可以辦啲乜')).toBe('help');
  });

  it('a thinking verb inside a request to hear again is thinking aloud; the resident saying it again asks nothing', () => {
    expect(at('zh-CN', 'yesno', '我再琢磨琢磨说啥')).toMatchObject({ command: null, answer: null });
    expect(command('zh-CN', 'digits', '让我再说一次')).not.toBe('repeat');
    expect(command('zh-HK', 'digits', '我想再講一次個號碼')).not.toBe('repeat');
  });

  it('letters too small, seeing nothing, knowing nothing, are help', () => {
    expect(command('zh-CN', 'kind', '屏幕上的字也太小了吧')).toBe('help');
    expect(command('zh-HK', 'choice', '啲字好細我睇唔到')).toBe('help');
    expect(command('zh-CN', 'kind', '我啥都不会')).toBe('help');
    expect(command('zh-HK', 'kind', '我咩都唔識')).toBe('help');
  });

  it('a shape telling of the resident rather than asking the kiosk is asked back, never acted on', () => {
    for (const [lang, text] of [
      ['zh-CN', '我孙子写的字太小'],
      ['zh-CN', '我孙子啥都不会干'],
      ['zh-HK', '我個孫啲字寫得好細'],
    ] as const) {
      const r = at(lang, 'kind', text);
      if (r.command !== null) expect(r.confidence, text).toBeLessThan(THRESHOLD);
    }
  });

  it('someone with a skill said of, not asked after, is no call for staff', () => {
    expect(command('zh-CN', 'kind', '我们楼里有懂电的人帮忙修了')).toBeNull();
    expect(command('zh-HK', 'kind', '我哋棟樓有識整電腦嘅人')).toBeNull();
  });

  it('someone able to do something, asked after, is a call for staff; "some people" is no one asked for', () => {
    expect(command('zh-CN', 'kind', '有能说方言的人吗')).toBe('call_staff');
    expect(command('zh-HK', 'yesno', '有冇識講英文嘅職員')).toBe('call_staff');
    expect(command('zh-CN', 'kind', '有的人没素质，乱扔东西')).toBeNull();
  });

  it('a person fetched or a step gone back, done already, is a story', () => {
    expect(command('zh-CN', 'kind', '我上午已经跟工作人员说了')).toBeNull();
    expect(command('zh-CN', 'kind', '找了工作人员也没用')).toBeNull();
    expect(command('zh-HK', 'kind', '我頭先搵咗職員')).toBeNull();
    expect(command('zh-CN', 'free', '叫个人过来')).toBe('call_staff');
  });

  it('a command said in a clause someone else opens is what they said, reported', () => {
    expect(command('zh-HK', 'kind', '佢叫我返去先')).toBeNull();
    expect(command('zh-CN', 'kind', '他让我回去等通知')).toBeNull();
  });

  it('the kiosk asked what it said, in regional words, is a request to hear again', () => {
    expect(command('zh-CN', 'kind', '恁刚才说的啥？俺没听真')).toBe('repeat');
    expect(command('zh-CN', 'yesno', '侬讲啥？阿拉听勿清')).toBe('repeat');
    expect(command('zh-CN', 'choice', '你再摆一道嘛')).toBe('repeat');
  });

  it('a step taken back with 撤 is back', () => {
    expect(command('zh-CN', 'yesno', '不对，撤回去')).toBe('back');
  });

  it('not understanding said of the kiosk is no request for help', () => {
    expect(command('zh-CN', 'free', '我讲了好几遍你都不明白')).not.toBe('help');
  });

  it('a lack of something named, even a service, is wished for here', () => {
    expect(at('zh-CN', 'kind', '就缺个给老人看病的诊所').kind).toBe('suggestion');
  });

  it('a hedge in a clause of its own before a command is a breath taken, not thinking aloud', () => {
    expect(command('zh-HK', 'digits', '等等，返去改返個名')).toBe('back');
    expect(at('zh-CN', 'yesno', '让我想想说啥')).toMatchObject({ command: null, answer: null });
  });

  it('the question asked again is a request to hear again; the resident asking again is not', () => {
    expect(command('zh-CN', 'yesno', '麻烦把问题再问一遍')).toBe('repeat');
    expect(command('zh-HK', 'yesno', '條問題係咩話')).toBe('repeat');
    expect(command('zh-CN', 'kind', '我问了好几遍他都不告诉我')).toBeNull();
  });

  it('a short command phrase nearly alone in its clause is asked back', () => {
    const r = at('zh-CN', 'choice', '先别往下走，回去');
    expect(r.command).toBe('back');
    expect(r.confidence).toBeLessThan(THRESHOLD);
  });

  it('a guard fetched in, or asked after, is a call for staff; working as one is not', () => {
    expect(command('zh-CN', 'kind', '门口那个保安能不能叫进来')).toBe('call_staff');
    expect(command('zh-HK', 'free', '叫門口個保安入嚟')).toBe('call_staff');
    expect(command('zh-HK', 'category', '我想搵份工做保安')).toBeNull();
  });

  it('a pronoun that is what is done (清咗佢) opens no clause of someone else', () => {
    expect(command('zh-HK', 'digits', '全部清咗佢重新嚟')).toBe('start_over');
  });

  it('staff told of, as the subject of what follows, are not called; asked for or after, they are', () => {
    expect(command('zh-CN', 'free', '那个工作人员帮我交的材料')).toBeNull();
    expect(command('zh-HK', 'free', '個姑娘好好人')).toBeNull();
    expect(command('zh-CN', 'kind', '我要工作人员帮忙')).toBe('call_staff');
    expect(command('zh-CN', 'kind', '工作人员在哪')).toBe('call_staff');
    expect(command('en', 'free', 'is anyone from the staff around to help')).toBe('call_staff');
  });

  it('someone to help, which language to speak, what to change and "read it once more" by shape', () => {
    expect(command('zh-CN', 'kind', '这表我不会填，有人帮帮我吗')).toBe('call_staff');
    expect(command('zh-HK', 'kind', '有冇人幫下我填')).toBe('call_staff');
    expect(command('zh-CN', 'kind', '我讲方言行不行')).toBe('help');
    expect(command('zh-HK', 'kind', '講普通話得唔得')).toBe('help');
    expect(command('zh-CN', 'yesno', '我想改改之前说的地址')).toBe('back');
    expect(command('zh-HK', 'yesno', '等陣，個地址讀多一次')).toBe('repeat');
  });

  it('a story holding the words of a command is no command', () => {
    for (const [lang, text] of [
      ['zh-CN', '我儿子昨天回去了'],
      ['zh-CN', '物业说了好几次都不管'],
      ['zh-CN', '回去再说吧，我先看看'],
      ['zh-HK', '佢再講都冇用'],
      ['zh-HK', '我個女返咗屋企'],
    ] as const)
      expect(command(lang, 'kind', text), text).toBeNull();
  });
});
