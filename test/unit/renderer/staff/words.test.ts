import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS } from '../../../../app/domain/auditActions';
import { LANGUAGES } from '../../../../app/i18n/languages';
import { createI18n } from '../../../../renderer/i18n';
import { actorName, auditSentence, inputModesText, languageName } from '../../../../renderer/staff/words';

const tFor = (language: (typeof LANGUAGES)[number]) => createI18n(language).getFixedT(language);

/** Particulars as the services record them (main/), enough for every sentence's placeholders. */
const DETAIL = JSON.stringify({
  id: 27,
  ids: [27, 28],
  ref: '1000027',
  status: 'collected',
  format: 'csv',
  count: 2,
  days: 180,
  failures: 3,
  attempts: 5,
  source: '192.0.2.7',
  reason: 'disk',
  freeMegabytes: 120,
  databaseMegabytes: 900,
  out: '/backups/linli.db',
  movedTo: '/data/linli.db.damaged',
  serviceRequestId: 'SR-1',
});

describe('the audit log in words', () => {
  it('has a sentence for every action the log can record, in every language, with nothing left as a code', () => {
    for (const language of LANGUAGES) {
      const t = tFor(language);
      for (const action of AUDIT_ACTIONS) {
        const sentence = auditSentence({ action, detail: DETAIL }, t);
        const where = `${language}: ${action}`;
        expect(sentence, where).not.toContain('staff.audit');
        expect(sentence, where).not.toContain(action);
        expect(sentence, where).not.toMatch(/\{\{|\}\}|\{"|undefined/);
        expect(sentence.trim(), where).not.toBe('');
      }
    }
  });

  it('says what was done to which submission, as staff would say it', () => {
    const t = tFor('zh-CN');
    expect(auditSentence({ action: 'submission.view', detail: '{"id":27,"ref":"1000027"}' }, t)).toBe(
      '查看了编号 100 0027 的提交',
    );
    expect(
      auditSentence(
        { action: 'submissions.status', detail: '{"ids":[3,4],"status":"collected","publicNote":true}' },
        t,
      ),
    ).toBe('把 2 条提交改为“已领取”，并给居民留了言');
    expect(auditSentence({ action: 'staff.session-ended', detail: '{"reason":"idle"}' }, t)).toBe(
      '登录自动结束：长时间没有操作',
    );
    expect(auditSentence({ action: 'staff.login', detail: null }, tFor('en'))).toBe('Signed in');
  });

  it('says who entered a case for a resident, for whom and by which channel, in every language (代办)', () => {
    const phoned = '{"id":27,"ref":"1000027","channel":"phone","name":"王小明","source":"ip:127.0.0.1"}';
    const walkedIn = phoned.replace('phone', 'walk-in');
    const says = (detail: string, language: (typeof LANGUAGES)[number]) =>
      auditSentence({ action: 'submission.on-behalf', detail }, tFor(language));
    expect(says(phoned, 'zh-CN')).toBe('王小明 代来电居民登记 100 0027');
    expect(says(walkedIn, 'zh-CN')).toBe('王小明 代来访居民登记 100 0027');
    expect(says(phoned, 'zh-HK')).toBe('王小明 代來電街坊登記 100 0027');
    expect(says(walkedIn, 'en')).toBe('王小明 entered 100 0027 for a resident who came to the desk');
  });

  it('shows an action it does not know (a newer kiosk’s) as it was recorded, rather than hiding it', () => {
    expect(auditSentence({ action: 'future.thing', detail: '{"a":1}' }, tFor('en'))).toBe('future.thing {"a":1}');
  });

  it('names who did it: a sign-in by its short mark, a named account by name, the machine’s parts in words', () => {
    const t = tFor('zh-CN');
    expect(actorName('staff:87e6296c', t)).toBe('工作人员（登录 87e6）');
    expect(actorName('staff:王小明', t)).toBe('王小明');
    expect(actorName('kiosk', t)).toBe('自助机');
    expect(actorName('admin-cli', t)).toBe('管理命令（在机器上）');
    expect(actorName('forwarder', tFor('en'))).toBe('Automatic forwarding');
    expect(actorName('staff', tFor('zh-HK'))).toBe('登入頁面');
  });
});

describe('a submission’s particulars in words', () => {
  it('names its language and the ways the resident answered in the console’s language', () => {
    expect(languageName('zh-HK', tFor('zh-CN'))).toBe('粤语');
    expect(languageName('zh-CN', tFor('en'))).toBe('Chinese (Simplified)');
    expect(languageName('fr', tFor('en'))).toBe('fr');
    expect(inputModesText(['voice', 'touch'], tFor('zh-CN'))).toBe('触摸、语音');
    expect(inputModesText(['keypad'], tFor('zh-HK'))).toBe('按鍵');
    expect(inputModesText(['touch', 'keypad'], tFor('en'))).toBe('touch, keypad');
    expect(inputModesText(['staff'], tFor('zh-CN'))).toBe('工作人员代办');
  });
});
