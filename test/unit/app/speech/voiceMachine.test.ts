import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, SimulatedClock, waitFor } from 'xstate';
import type { Listening } from '../../../../app/speech/listening';
import {
  gaveUp,
  LISTEN_AGAIN_AFTER_DELIVERY_MS,
  LISTEN_AGAIN_AFTER_TOUCH_MS,
  MAX_MISSES,
  type Segment,
  type TurnResult,
  voiceMachine,
} from '../../../../app/speech/voiceMachine';
import type { VoiceOutcome } from '../../../../app/speech/voiceTurn';

const heard = (outcome: VoiceOutcome, confidence = 0.95): TurnResult => ({
  type: 'heard',
  text: 'x',
  interpretation: { outcome, confidence },
});
const kind: VoiceOutcome = { type: 'events', events: [{ type: 'user.chooseKind', kind: 'complaint' }], echo: '投诉' };

/** A voice machine whose turns are answered from a script; what it says and delivers is recorded. */
function startVoice(script: TurnResult[], canListen = true) {
  const said: Segment[][] = [];
  const delivered: VoiceOutcome[] = [];
  const clock = new SimulatedClock();
  let listens = 0;
  const actor = createActor(
    voiceMachine.provide({
      actors: {
        speak: fromPromise(async ({ input }) => {
          said.push(input.segments);
        }),
        listen: fromPromise(async () => {
          listens++;
          return script.shift() ?? { type: 'error', code: 'aborted' };
        }),
      },
      actions: {
        deliver: (_, { outcome }) => delivered.push(outcome),
      },
    }),
    { input: { confidenceThreshold: 0.6, canListen }, clock },
  );
  actor.start();
  /** Shows a screen, as the kiosk does when the renderer has drawn it. */
  const show = (
    prompt: Segment[],
    listening: Listening,
    more: {
      key?: string;
      options?: string[];
      audioFirst?: boolean;
      choices?: Segment[];
      voicePrompt?: Segment[];
      language?: 'zh-CN' | 'en' | 'zh-HK';
    } = {},
  ) =>
    actor.send({
      type: 'screen.show',
      key: more.key ?? 'chooseKind',
      prompt,
      options: more.options ?? [],
      audioFirst: more.audioFirst ?? false,
      listening,
      ...(more.choices ? { choices: more.choices } : {}),
      ...(more.voicePrompt ? { voicePrompt: more.voicePrompt } : {}),
      ...(more.language ? { language: more.language } : {}),
    });
  return { actor, said, delivered, clock, show, listens: () => listens };
}

// Every prompt of a listening screen ends with the hint of what to say (voice.hint.*), checked on its own below.
const keys = (said: Segment[][]) =>
  said
    .flat()
    .map((s) => (typeof s === 'string' ? s : s.key))
    .filter((key) => !key.startsWith('voice.hint.'));

describe('the voice of a screen', () => {
  it('says the prompt, listens, and delivers a confident answer', async () => {
    const v = startVoice([heard(kind)]);
    v.show(['您想做什么？'], { type: 'intent', expect: 'kind' });
    await waitFor(v.actor, (s) => s.matches('delivered'));
    expect(v.said[0]).toEqual(['您想做什么？', { key: 'voice.hint.chooseKind' }]);
    expect(v.delivered).toEqual([kind]);
  });

  it('confirms a low-confidence answer before delivering it; "no" asks again', async () => {
    const v = startVoice([
      heard(kind, 0.3),
      heard({ type: 'answer', answer: 'no' }),
      heard(kind, 0.3),
      heard({ type: 'answer', answer: 'yes' }),
    ]);
    v.show(['您想做什么？'], { type: 'intent', expect: 'kind' });
    await waitFor(v.actor, (s) => s.matches('delivered'));
    expect(keys(v.said)).toEqual(['您想做什么？', 'voice.confirm', 'voice.again', 'voice.confirm']);
    expect(v.delivered).toEqual([kind]);
  });

  it.each([
    ['silences', { type: 'no-input' } as TurnResult, 'voice.noInput'],
    ['misunderstandings', heard({ type: 'noMatch' }), 'voice.noMatch'],
  ])('after the third of its %s it offers touch, keys and staff once, and stops listening', async (_, miss, key) => {
    const v = startVoice([miss, miss, miss, heard(kind)]);
    v.show(['P'], { type: 'intent', expect: 'kind' });
    await waitFor(v.actor, (s) => s.matches('resting'));
    expect(keys(v.said)).toEqual(['P', key, 'P', key, 'P', 'voice.offer']);
    expect(v.listens()).toBe(MAX_MISSES);
    expect(gaveUp(v.actor.getSnapshot().context)).toBe(true);
    expect(v.delivered).toEqual([]);
  });

  it('counts silences and misunderstandings each on its own (VoiceXML): two of each still asks again', async () => {
    const noInput: TurnResult = { type: 'no-input' };
    const noMatch = heard({ type: 'noMatch' });
    const v = startVoice([noInput, noMatch, noInput, noMatch, heard(kind)]);
    v.show(['P'], { type: 'intent', expect: 'kind' });
    await waitFor(v.actor, (s) => s.matches('delivered'));
    expect(keys(v.said)).toEqual([
      'P',
      'voice.noInput',
      'P',
      'voice.noMatch',
      'P',
      'voice.noInput',
      'P',
      'voice.noMatch',
      'P',
    ]);
    expect(v.actor.getSnapshot().context).toMatchObject({ noInputs: 2, noMatches: 2 });
    expect(v.delivered).toEqual([kind]);
  });

  it('counts afresh on each new screen', async () => {
    const v = startVoice([{ type: 'no-input' }, { type: 'no-input' }]);
    v.show(['P'], { type: 'intent', expect: 'kind' });
    await waitFor(v.actor, () => v.listens() === 3);
    v.show(['Q'], { type: 'intent', expect: 'kind' });
    expect(v.actor.getSnapshot().context).toMatchObject({ noInputs: 0, noMatches: 0 });
  });

  it('reads dictation back, adds what is said next, and delivers it on yes', async () => {
    const v = startVoice([
      heard({ type: 'dictated', field: 'describe', text: '灯坏了' }),
      heard({ type: 'dictated', field: 'describe', text: '三楼' }),
      heard({ type: 'answer', answer: 'yes' }),
    ]);
    v.show(['P'], { type: 'dictation', field: 'describe' });
    await waitFor(v.actor, (s) => s.matches('delivered'));
    expect(v.delivered).toEqual([{ type: 'acceptDictation', field: 'describe', text: '灯坏了三楼' }]);
    expect(v.said.slice(1)).toEqual([
      [{ key: 'voice.readBack', values: { text: '灯坏了' } }],
      [{ key: 'voice.readBack', values: { text: '灯坏了三楼' } }],
    ]);
  });

  it('reads digits back one by one', async () => {
    const v = startVoice([heard({ type: 'digits', field: 'phone', digits: '138' })]);
    v.show(['P'], { type: 'digits', field: 'phone' });
    await waitFor(v.actor, (s) => s.context.pending !== null && s.matches('listening'));
    expect(v.said[1]).toEqual([{ key: 'voice.readBackDigits', values: { digits: '幺三八' } }]);
    v.actor.send({ type: 'user.accept' });
    expect(v.delivered).toEqual([{ type: 'acceptDigits', field: 'phone', digits: '138' }]);
  });

  it('reads a phone number back in the groups people say, in the language of the screen', async () => {
    const v = startVoice([heard({ type: 'digits', field: 'phone', digits: '13912345678' })]);
    v.show(['P'], { type: 'digits', field: 'phone' }, { key: 'contact.phone', language: 'en' });
    await waitFor(v.actor, (s) => s.context.pending !== null && s.matches('listening'));
    expect(v.said[1]).toEqual([
      { key: 'voice.readBackDigits', values: { digits: 'one three nine, one two three four, five six seven eight' } },
    ]);
  });

  it('to a talking resident says the short question alone, and the choices only when asked or after a silence', async () => {
    const category: Listening = { type: 'intent', expect: 'category' };
    const asked = { key: 'voice.ask.chooseCategory' } as const;
    const v = startVoice([heard({ type: 'command', command: 'repeat' }), { type: 'no-input' }]);
    v.show(['请选择类别。'], category, { key: 'chooseCategory', choices: ['噪音', '卫生'], voicePrompt: [asked] });
    await waitFor(v.actor, () => v.said.length >= 3);
    // The question alone: no list, and no touch hint after it.
    expect(v.said[0]).toEqual([asked]);
    // "有哪些" / REPEAT: the question with the list.
    expect(v.said[1]).toEqual([asked, '噪音', '卫生']);
    // A silence: the list is read after the question, since the resident may not know what to say.
    expect(v.said[2]).toEqual([{ key: 'voice.noInput' }, asked, '噪音', '卫生']);
  });

  it('to a resident who has not spoken says the choices right after the prompt, then the hint', async () => {
    const v = startVoice([]);
    v.show(['请选择类别。'], { type: 'intent', expect: 'category' }, { key: 'chooseCategory', choices: ['噪音'] });
    await waitFor(v.actor, () => v.said.length >= 1);
    expect(v.said[0]).toEqual(['请选择类别。', '噪音', { key: 'voice.hint.chooseCategory' }]);
  });

  it('turns voice input off for the session when the microphone is refused, says why once, and no more by itself', async () => {
    const v = startVoice([{ type: 'error', code: 'not-allowed' }]);
    v.show(['P'], { type: 'intent', expect: 'kind' });
    await waitFor(v.actor, (s) => s.context.inputOff !== null && s.matches('resting'));
    expect(v.actor.getSnapshot().context.inputOff).toBe('not-allowed');
    expect(v.said.at(-1)).toEqual([{ key: 'voice.inputOff', values: { reason: { key: 'speech.error.not-allowed' } } }]);
    v.show(['Q'], { type: 'intent', expect: 'kind' });
    await waitFor(v.actor, (s) => s.matches('resting'));
    expect(v.listens()).toBe(1);
  });

  it('on a quiet screen (welcome) silence is not a miss and nothing is said', async () => {
    const v = startVoice([{ type: 'no-input' }]);
    v.show(['W'], { type: 'intent', expect: 'free', quiet: true });
    await waitFor(v.actor, (s) => s.matches('resting') && v.listens() === 1);
    expect(keys(v.said)).toEqual(['W']);
  });

  it('a touch interrupts: no more speech or listening until the next screen', async () => {
    const v = startVoice([]);
    v.show(['P'], { type: 'intent', expect: 'kind' });
    v.actor.send({ type: 'user.interrupt' });
    expect(v.actor.getSnapshot().matches('resting')).toBe(true);
  });
});

describe('listening again, on the simulated clock', () => {
  const command: VoiceOutcome = { type: 'command', command: 'back' };

  it('listens again a while after something heard was sent on, if the screen stays as it was', async () => {
    const v = startVoice([heard(command)]);
    v.show(['P'], { type: 'intent', expect: 'kind' });
    await waitFor(v.actor, (s) => s.matches('delivered'));
    v.clock.increment(LISTEN_AGAIN_AFTER_DELIVERY_MS - 1);
    expect(v.actor.getSnapshot().value).toBe('delivered');
    v.clock.increment(1);
    expect(v.actor.getSnapshot().value).toBe('listening');
    expect(v.listens()).toBe(2);
  });

  it('in audio-first mode, listens again a while after a touch that left the screen as it was, without the prompt', async () => {
    const v = startVoice([]);
    v.show(['P'], { type: 'intent', expect: 'kind' });
    await waitFor(v.actor, (s) => s.matches('listening'));
    v.actor.send({ type: 'user.interrupt', listenAgain: true });
    v.clock.increment(LISTEN_AGAIN_AFTER_TOUCH_MS - 1);
    // Another touch starts the wait afresh.
    v.actor.send({ type: 'user.interrupt', listenAgain: true });
    v.clock.increment(LISTEN_AGAIN_AFTER_TOUCH_MS - 1);
    expect(v.actor.getSnapshot().matches('resting')).toBe(true);
    v.clock.increment(1);
    expect(v.actor.getSnapshot().value).toBe('listening');
    expect(keys(v.said)).toEqual(['P']);
  });

  it('otherwise a touch leaves it quiet until the next screen', async () => {
    const v = startVoice([]);
    v.show(['P'], { type: 'intent', expect: 'kind' });
    await waitFor(v.actor, (s) => s.matches('listening'));
    v.actor.send({ type: 'user.interrupt' });
    v.clock.increment(LISTEN_AGAIN_AFTER_TOUCH_MS * 10);
    expect(v.actor.getSnapshot().matches('resting')).toBe(true);
    expect(v.listens()).toBe(1);
  });
});

describe('what a screen says', () => {
  it('begins with what was understood on the screen before, then the prompt, then the hint of what to say', async () => {
    const v = startVoice([heard(kind)]);
    v.show(['P'], { type: 'intent', expect: 'kind' });
    await waitFor(v.actor, (s) => s.matches('delivered'));
    v.show(['Q'], { type: 'intent', expect: 'category' }, { key: 'chooseCategory' });
    expect(v.actor.getSnapshot().context.prompt).toEqual([
      { key: 'voice.understood', values: { value: '投诉' } },
      'Q',
      { key: 'voice.hint.chooseCategory' },
    ]);
  });

  it('in audio-first mode says every option too, and the introduction first once after the mode is turned on', () => {
    const v = startVoice([], false);
    v.actor.send({ type: 'voice.introduce' });
    v.show(['P', '噪音'], { type: 'intent', expect: 'category' }, { options: ['噪音', '物业'], audioFirst: true });
    expect(v.actor.getSnapshot().context.prompt).toEqual([{ key: 'audio.intro' }, 'P', '噪音', '物业']);
    v.show(['Q'], { type: 'intent', expect: 'kind' }, { options: ['办事'], audioFirst: false });
    expect(v.actor.getSnapshot().context.prompt).toEqual(['Q']);
  });

  it('says the welcome hint softly only when it is saying nothing else, then listens', async () => {
    const v = startVoice([]);
    v.show(['W'], { type: 'intent', expect: 'free', quiet: true }, { key: 'welcome' });
    expect(v.actor.getSnapshot().matches('speaking')).toBe(true);
    v.actor.send({ type: 'voice.hint' });
    expect(v.actor.getSnapshot().matches('speaking')).toBe(true);
    await waitFor(v.actor, (s) => s.matches('listening'));
    v.actor.send({ type: 'user.interrupt' });
    v.actor.send({ type: 'voice.hint' });
    await waitFor(v.actor, () => v.listens() === 2);
    expect(keys(v.said)).toEqual(['W', 'welcome.attract']);
    expect(v.said[0]).toEqual(['W', { key: 'voice.hint.welcome' }]);
  });

  it('announces a new rate at once, and then says again what the new rate cut short', async () => {
    const v = startVoice([], false);
    v.show(['P'], { type: 'intent', expect: 'kind' });
    // Pressed while the prompt is being said: the new rate, then the prompt again from its start.
    v.actor.send({ type: 'voice.announce', segments: ['R'] });
    await waitFor(v.actor, (s) => s.matches('resting'));
    expect(v.said).toEqual([['P'], ['R'], ['P']]);
    // Pressed when nothing is being said: the new rate alone.
    v.actor.send({ type: 'voice.announce', segments: ['S'] });
    await waitFor(v.actor, (s) => s.matches('resting') && v.said.length === 4);
    expect(v.said).toEqual([['P'], ['R'], ['P'], ['S']]);
  });
});
