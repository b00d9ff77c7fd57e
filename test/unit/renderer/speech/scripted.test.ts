// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { createScriptedSpeech } from '../../../../renderer/speech/scripted';

describe('scripted speech (window.linliSpeech)', () => {
  it('records what is said, in order, with language, rate and volume', async () => {
    const { output } = createScriptedSpeech();
    window.linliSpeech!.msPerChar = 0;
    await output.speak('欢迎', 'zh-CN', { rate: 0.85, volume: 0.75 });
    await output.speak('Welcome', 'en');
    expect(window.linliSpeech!.spoken).toEqual([
      { text: '欢迎', language: 'zh-CN', rate: 0.85, volume: 0.75, interrupted: false },
      { text: 'Welcome', language: 'en', rate: 1, volume: 1, interrupted: false },
    ]);
  });

  it('hears say() and silence() while listening, with the phrase hints it was given', async () => {
    const { input } = createScriptedSpeech();
    const turn = input!.listen({ language: 'zh-CN', phrases: ['投诉'], timeoutMs: 8000 });
    expect(window.linliSpeech!.listening).toBe(true);
    expect(window.linliSpeech!.phrases).toEqual(['投诉']);
    window.linliSpeech!.say('投诉', 0.4);
    await expect(turn).resolves.toEqual({ type: 'result', text: '投诉', confidence: 0.4 });
    const next = input!.listen({ language: 'zh-CN', phrases: [], timeoutMs: 8000 });
    window.linliSpeech!.silence();
    await expect(next).resolves.toEqual({ type: 'no-input' });
    expect(window.linliSpeech!.listening).toBe(false);
  });

  it('words said while the kiosk talks interrupt it and are heard by the next turn (barge-in)', async () => {
    vi.useFakeTimers();
    const { output, input } = createScriptedSpeech();
    const said = output.speak('请问您要办事、投诉，还是提建议？', 'zh-CN');
    expect(window.linliSpeech!.speaking).toBe(true);
    window.linliSpeech!.say('投诉');
    await said;
    expect(window.linliSpeech!.speaking).toBe(false);
    expect(window.linliSpeech!.spoken[0]!.interrupted).toBe(true);
    await expect(input!.listen({ language: 'zh-CN', phrases: [], timeoutMs: 1 })).resolves.toMatchObject({
      text: '投诉',
    });
    vi.useRealTimers();
  });

  it('abort ends a turn at once as aborted', async () => {
    const { input } = createScriptedSpeech();
    const turn = input!.listen({ language: 'en', phrases: [], timeoutMs: 8000 });
    input!.abort();
    await expect(turn).resolves.toEqual({ type: 'error', code: 'aborted' });
  });
});
