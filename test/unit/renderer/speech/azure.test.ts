// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import type { KioskApi, KioskConfigView } from '../../../../app/contract/kioskApi';
import { createAzureSpeech, recognitionLocale } from '../../../../renderer/speech/azure';

describe('the Azure provider', () => {
  it('listens in the locale of the voice it speaks with', () => {
    expect(recognitionLocale('en', 'en-GB-SoniaNeural')).toBe('en-GB');
    expect(recognitionLocale('en', 'en-US-JennyNeural')).toBe('en-US');
    expect(recognitionLocale('zh-HK', 'zh-HK-HiuMaanNeural')).toBe('zh-HK');
    expect(recognitionLocale('zh-CN', 'zh-CN-sichuan-YunxiNeural')).toBe('zh-CN');
    expect(recognitionLocale('en', 'MyCustomVoice')).toBe('en-GB');
    expect(recognitionLocale('zh-HK', undefined)).toBe('zh-HK');
  });

  it('speaks and listens only in languages with a voice, and asks for no token until it must', async () => {
    const speechToken = vi.fn();
    const config = {
      speech: { provider: 'azure', voices: { 'zh-CN': 'zh-CN-XiaoxiaoNeural' } },
    } as unknown as KioskConfigView;
    const { output, input } = await createAzureSpeech(config, { speechToken } as unknown as KioskApi);
    expect(output.provider).toBe('azure');
    expect([output.canSpeak('zh-CN'), output.canSpeak('en')]).toEqual([true, false]);
    expect([input?.canListen('zh-CN'), input?.canListen('en')]).toEqual([true, false]);
    expect(speechToken).not.toHaveBeenCalled();
  });
});
