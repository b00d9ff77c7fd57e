import { describe, expect, it } from 'vitest';
import { DEFAULT_KEYMAP } from '../../../../app/dialog/keymap';
import { parseConfig } from '../../../../main/config/config';
import { keymapOf } from '../../../../main/config/keypad';
import { toKioskConfigView } from '../../../../main/config/view';

describe('keypad in config.json', () => {
  it('keeps the default keys for every command a centre does not map', () => {
    const config = parseConfig({ keypad: { action: ['Enter', 'NumpadEnter'], help: ['h'] } });
    expect(keymapOf(config)).toEqual({ ...DEFAULT_KEYMAP, action: ['Enter', 'NumpadEnter'], help: ['h'] });
    expect(toKioskConfigView(config).keypad?.help).toEqual(['h']);
    expect(toKioskConfigView(parseConfig({})).keypad).toEqual(
      Object.fromEntries(Object.entries(DEFAULT_KEYMAP).map(([c, k]) => [c, [...k]])),
    );
  });

  it('refuses a key given to two commands, a digit, an unknown command, or no keys — naming the command', () => {
    expect(() => parseConfig({ keypad: { repeat: ['Enter'] } })).toThrow(/keypad\.repeat.*"Enter" is already action/s);
    expect(() => parseConfig({ keypad: { up: ['8'] } })).toThrow(/keypad\.up.*digit/s);
    expect(() => parseConfig({ keypad: { jump: ['j'] } })).toThrow(/keypad/);
    expect(() => parseConfig({ keypad: { back: [] } })).toThrow(/keypad\.back/);
  });
});
