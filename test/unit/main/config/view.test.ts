import { describe, expect, it } from 'vitest';
import { KioskConfigView } from '../../../../app/contract/kioskApi';
import { parseConfig } from '../../../../main/config/config';
import { toKioskConfigView } from '../../../../main/config/view';

describe('toKioskConfigView', () => {
  it('gives the renderer timing in milliseconds and nothing about the host or staff', () => {
    const view = toKioskConfigView(parseConfig({ timing: { idleSeconds: 60, warningSeconds: 20 }, printing: true }));
    expect(view.timing).toEqual({ idleMs: 60_000, warningMs: 20_000, receiptMs: 60_000, staffWaitMs: 600_000 });
    expect(view.printing).toBe(true);
    expect(view).not.toHaveProperty('host');
    expect(view).not.toHaveProperty('staff');
    expect(KioskConfigView.parse(view)).toEqual(view);
  });

  it('gives the renderer the wait while staff have been called, in milliseconds', () => {
    const view = toKioskConfigView(parseConfig({ timing: { staffWaitSeconds: 900 } }));
    expect(view.timing.staffWaitMs).toBe(900_000);
  });

  it('passes on labels and phrases a centre configured', () => {
    const catalogue = [
      { code: 'svc.health', kind: 'service', phrases: { en: ['doctor'] } },
      { code: 'cmp.noise', kind: 'complaint' },
      { code: 'sug.pets', kind: 'suggestion', label: { 'zh-CN': '宠物', en: 'Pets', 'zh-HK': '寵物' } },
    ];
    const view = toKioskConfigView(parseConfig({ catalogue }));
    expect(view.catalogue).toEqual([
      { code: 'svc.health', kind: 'service', asksLocation: false, phrases: { en: ['doctor'] } },
      { code: 'cmp.noise', kind: 'complaint', asksLocation: false },
      {
        code: 'sug.pets',
        kind: 'suggestion',
        asksLocation: false,
        label: { 'zh-CN': '宠物', en: 'Pets', 'zh-HK': '寵物' },
      },
    ]);
  });

  it('gives the renderer the voices, the no-input time in milliseconds and the confidence threshold, never the key', () => {
    const config = parseConfig(
      {
        speech: {
          provider: 'azure',
          voices: { en: 'en-US-AvaMultilingualNeural' },
          noInputSeconds: 10,
          confidenceThreshold: 0.5,
          azure: { region: 'eastasia', keyFile: 'secret/azure-speech.key', tokenUrl: 'https://sts.example/issueToken' },
        },
      },
      'config.json',
    );
    const view = toKioskConfigView(config);
    expect(view.speech).toEqual({
      provider: 'azure',
      voices: { 'zh-CN': 'zh-CN-XiaoxiaoNeural', en: 'en-US-AvaMultilingualNeural', 'zh-HK': 'zh-HK-HiuMaanNeural' },
      noInputMs: 10_000,
      confidenceThreshold: 0.5,
      welcomeHintMs: 90_000,
    });
    expect(JSON.stringify(view)).not.toMatch(/azure-speech\.key|keyFile|sts\.example|eastasia/);
    expect(KioskConfigView.parse(view)).toEqual(view);
  });
});
