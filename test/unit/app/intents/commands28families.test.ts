import { describe, expect, it } from 'vitest';
import { matchIntent } from '../../../../app/intents';

/*
 * Commands in other words and English slips of kind and category words (heldout22–24): a request to read the
 * list again wrapped in exasperation, a Hong Kong staff word said inside English, "service" and "security"
 * heard as other sounds.
 */
describe('commands28 families', () => {
  it('hears a repeat through the exasperation around it', () => {
    for (const text of [
      'for crying out loud read the list again slowly',
      'oh for goodness sake say the options again',
      'good grief read them again would you',
    ])
      expect(matchIntent(text, { lang: 'en', expect: 'choice' }).command, text).toBe('repeat');
  });

  it('still hears a loud neighbour as a complaint', () => {
    expect(matchIntent("the music next door is so loud I can't sleep", { lang: 'en', expect: 'kind' }).kind).toBe(
      'complaint',
    );
  });

  it('calls staff asked for by a Hong Kong staff word inside English', () => {
    for (const text of ['can you get a 姑娘 to help me', 'could you fetch a 職員 please', 'please get a 社工 for me'])
      expect(matchIntent(text, { lang: 'en', expect: 'free' }).command, text).toBe('call_staff');
  });

  it('reads sound slips of service, asked back below the threshold', () => {
    for (const text of ["I'd like a servus please", 'I need a serves', 'I want a servis']) {
      const got = matchIntent(text, { lang: 'en', expect: 'kind' });
      expect(got.kind, text).toBe('service');
    }
    expect(matchIntent('who serves the lunches here', { lang: 'en', expect: 'kind' }).kind).toBeNull();
  });

  it('joins a split category word by its sound', () => {
    for (const text of ['social secure tea', 'I need help with social secure tea'])
      expect(matchIntent(text, { lang: 'en', expect: 'category', kind: 'service' }).category, text).toBe(
        'svc.social-security',
      );
  });

  it('calls staff when the machine is not understood, not thinking aloud', () => {
    expect(
      matchIntent('有没有真人啊 跟机器讲不清楚', { lang: 'zh-CN', expect: 'category', kind: 'complaint' }).command,
    ).toBe('call_staff');
    expect(matchIntent('有冇真人呀 同部機講唔清楚', { lang: 'zh-HK', expect: 'free' }).command).toBe('call_staff');
    expect(matchIntent('这个我也说不清楚', { lang: 'zh-CN', expect: 'kind' }).command).toBeNull();
  });

  it('calls staff asked to come over, with why said after', () => {
    for (const text of [
      "is there somebody at the desk who could come over I can't see the screen",
      "could someone come over and help me I can't read this",
    ])
      expect(matchIntent(text, { lang: 'en', expect: 'free' }).command, text).toBe('call_staff');
    expect(
      matchIntent('my son who could come over at weekends has moved to Canada', { lang: 'en', expect: 'free' }).command,
    ).toBeNull();
  });
});
