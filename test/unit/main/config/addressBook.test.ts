import { describe, expect, it } from 'vitest';
import { KioskConfigView } from '../../../../app/contract/kioskApi';
import { parseConfig } from '../../../../main/config/config';
import { toKioskConfigView } from '../../../../main/config/view';
import { configError } from './support';

const BOOK = {
  buildings: [
    { name: '5号楼', units: ['1单元', '2单元'] },
    { name: { 'zh-CN': '社区活动中心', en: 'Community hall' } },
  ],
  landmarks: ['东门', { 'zh-CN': '菜市场', en: 'Food market', 'zh-HK': '街市' }],
};

describe('addressBook in config.json', () => {
  it('reaches the renderer with a name in every configured language, the first one given where a language has none', () => {
    const view = toKioskConfigView(parseConfig({ addressBook: BOOK }));
    expect(view.addressBook).toEqual({
      buildings: [
        {
          name: { 'zh-CN': '5号楼', en: '5号楼', 'zh-HK': '5号楼' },
          units: [
            { 'zh-CN': '1单元', en: '1单元', 'zh-HK': '1单元' },
            { 'zh-CN': '2单元', en: '2单元', 'zh-HK': '2单元' },
          ],
        },
        { name: { 'zh-CN': '社区活动中心', en: 'Community hall', 'zh-HK': '社区活动中心' }, units: [] },
      ],
      landmarks: [
        { 'zh-CN': '东门', en: '东门', 'zh-HK': '东门' },
        { 'zh-CN': '菜市场', en: 'Food market', 'zh-HK': '街市' },
      ],
    });
    expect(KioskConfigView.parse(view)).toEqual(view);
  });

  it('is absent from the renderer’s view without one, or with an empty one, so the screen works as before', () => {
    expect(toKioskConfigView(parseConfig({}))).not.toHaveProperty('addressBook');
    expect(toKioskConfigView(parseConfig({ addressBook: {} }))).not.toHaveProperty('addressBook');
  });

  it('refuses a bad entry with a message naming the field', () => {
    const cases: [unknown, RegExp][] = [
      [
        { buildings: [{ name: 123 }] },
        /^config\.json: addressBook\.buildings\.0\.name: must be a name, or names per language/,
      ],
      [{ buildings: [{ name: '' }] }, /addressBook\.buildings\.0\.name: must not be empty/],
      [{ buildings: [{ name: '很'.repeat(31) }] }, /addressBook\.buildings\.0\.name: must be at most 30 characters/],
      [{ buildings: [{ name: { fr: 'Bâtiment 5' } }] }, /addressBook\.buildings\.0\.name\.fr: is not a known field/],
      [{ buildings: [{ name: {} }] }, /addressBook\.buildings\.0\.name: must name the place in at least one language/],
      [
        { buildings: [{ name: '5号楼', units: ['1单元', '1单元'] }] },
        /addressBook\.buildings\.0\.units\.1: repeats the unit "1单元"/,
      ],
      [
        { buildings: [{ name: '5号楼' }, { name: '5号楼' }] },
        /addressBook\.buildings\.1: repeats the building "5号楼"/,
      ],
      [{ landmarks: ['东门', '东门'] }, /addressBook\.landmarks\.1: repeats the landmark "东门"/],
      [{ buildings: [{ name: '5号楼', floor: 3 }] }, /addressBook\.buildings\.0\.floor: is not a known field/],
      [{ landmark: ['东门'] }, /addressBook\.landmark: is not a known field/],
    ];
    for (const [addressBook, message] of cases) {
      expect(configError({ addressBook }).message, JSON.stringify(addressBook)).toMatch(message);
    }
  });

  it('keeps to counts a screen of buttons can hold', () => {
    const many = <T>(n: number, make: (i: number) => T) => Array.from({ length: n }, (_, i) => make(i));
    expect(() =>
      parseConfig({
        addressBook: { buildings: many(40, (i) => ({ name: `${i + 1}号楼`, units: many(24, (u) => `${u + 1}单元`) })) },
      }),
    ).not.toThrow();
    expect(configError({ addressBook: { buildings: many(41, (i) => ({ name: `${i + 1}号楼` })) } }).message).toMatch(
      /addressBook\.buildings: must have at most 40 items/,
    );
    expect(
      configError({ addressBook: { buildings: [{ name: '1号楼', units: many(25, (u) => `${u}单元`) }] } }).message,
    ).toMatch(/addressBook\.buildings\.0\.units: must have at most 24 items/);
    expect(configError({ addressBook: { landmarks: many(25, (i) => `地标${i}`) } }).message).toMatch(
      /addressBook\.landmarks: must have at most 24 items/,
    );
  });
});
