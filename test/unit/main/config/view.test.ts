import { describe, expect, it } from 'vitest';
import { KioskConfigView } from '../../../../app/contract/kioskApi';
import { parseConfig } from '../../../../main/config/config';
import { toKioskConfigView } from '../../../../main/config/view';

describe('toKioskConfigView', () => {
  it('gives the renderer timing in milliseconds and nothing about the host or staff', () => {
    const view = toKioskConfigView(parseConfig({ timing: { idleSeconds: 60, warningSeconds: 20 }, printing: true }));
    expect(view.timing).toEqual({ idleMs: 60_000, warningMs: 20_000, receiptMs: 30_000 });
    expect(view.printing).toBe(true);
    expect(view).not.toHaveProperty('host');
    expect(view).not.toHaveProperty('staff');
    expect(KioskConfigView.parse(view)).toEqual(view);
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
});
