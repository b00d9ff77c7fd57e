import { describe, expect, it } from 'vitest';
import { commandFor, DEFAULT_KEYMAP, KEY_COMMANDS, type Keymap, keymapProblems } from '../../../../app/dialog/keymap';

describe('the keypad map', () => {
  it('gives every command a key by default, no key twice, and no digit', () => {
    expect(keymapProblems(DEFAULT_KEYMAP)).toEqual([]);
    for (const command of KEY_COMMANDS) expect(DEFAULT_KEYMAP[command].length, command).toBeGreaterThan(0);
  });

  it('finds the command for a key, and none for a key it does not map', () => {
    expect(commandFor(DEFAULT_KEYMAP, 'Enter')).toBe('action');
    expect(commandFor(DEFAULT_KEYMAP, '+')).toBe('volumeUp');
    expect(commandFor(DEFAULT_KEYMAP, '/')).toBe('rateDown');
    expect(commandFor(DEFAULT_KEYMAP, '5')).toBeNull();
  });

  it('follows a centre’s own map', () => {
    const centre: Keymap = { ...DEFAULT_KEYMAP, help: ['h'], repeat: ['F9'] };
    expect(commandFor(centre, 'h')).toBe('help');
    expect(commandFor(centre, 'F1')).toBeNull();
    expect(commandFor(centre, 'F9')).toBe('repeat');
  });

  it('names what is wrong with a map: a key used twice, a digit, a command without a key', () => {
    const bad: Keymap = { ...DEFAULT_KEYMAP, repeat: ['Enter', '0'], help: [] };
    expect(keymapProblems(bad)).toEqual([
      'help: needs at least one key',
      'repeat: "Enter" is already action',
      'repeat: "0" is a digit, which types numbers',
    ]);
  });
});
