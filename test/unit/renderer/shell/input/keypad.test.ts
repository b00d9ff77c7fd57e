import { describe, expect, it } from 'vitest';
import { DEFAULT_KEYMAP, HELP_TWICE_MS } from '../../../../../app/dialog/keymap';
import { createKeypad, type KeyContext, keyAction } from '../../../../../renderer/shell/input/keypad';

/** A key pressed on an ordinary screen, with focus on nothing in particular. */
const press = (key: string, where: Partial<KeyContext> = {}) =>
  keyAction({
    key,
    editing: false,
    multiline: false,
    onWelcome: false,
    onPhone: false,
    onButton: false,
    modifier: false,
    ...where,
  });

describe('the keypad', () => {
  it('moves focus with Up and Down, except where the arrows move a caret', () => {
    expect(press('ArrowDown')).toEqual({ type: 'focus', delta: 1 });
    expect(press('ArrowUp', { editing: true })).toEqual({ type: 'focus', delta: -1 });
    expect(press('ArrowUp', { editing: true, multiline: true })).toBeNull();
  });

  it('leaves Enter on a button to the button, and activates what is in focus otherwise', () => {
    expect(press('Enter', { onButton: true })).toBeNull();
    expect(press('Enter')).toEqual({ type: 'activate' });
    expect(press('Enter', { editing: true })).toBeNull();
  });

  it('goes back with Escape anywhere and Backspace outside text fields', () => {
    expect(press('Escape', { editing: true })).toEqual({ type: 'back' });
    expect(press('Backspace')).toEqual({ type: 'back' });
    expect(press('Backspace', { editing: true })).toBeNull();
  });

  it('changes speech rate and volume with the number pad’s operator keys, but types them in a text field', () => {
    expect(press('*')).toEqual({ type: 'changeRate', delta: 1 });
    expect(press('/')).toEqual({ type: 'changeRate', delta: -1 });
    expect(press('+')).toEqual({ type: 'changeVolume', delta: 1 });
    expect(press('-')).toEqual({ type: 'changeVolume', delta: -1 });
    expect(press('+', { editing: true })).toBeNull();
    expect(press('.')).toEqual({ type: 'repeat' });
    expect(press('F2', { editing: true })).toEqual({ type: 'repeat' });
  });

  it('adjusts speech on the welcome screen instead of starting, and starts with any other key', () => {
    expect(press('+', { onWelcome: true })).toEqual({ type: 'changeVolume', delta: 1 });
    expect(press('F1', { onWelcome: true })).toEqual({ type: 'help' });
    expect(press('x', { onWelcome: true })).toEqual({ type: 'start' });
    expect(press('Enter', { onWelcome: true })).toEqual({ type: 'start' });
    expect(press('Enter', { onWelcome: true, onButton: true })).toBeNull();
    expect(press('Tab', { onWelcome: true })).toBeNull();
  });

  it('types digits on the phone screen and chooses the nth option elsewhere', () => {
    expect(press('7', { onPhone: true })).toEqual({ type: 'digit', digit: '7' });
    expect(press('Backspace', { onPhone: true })).toEqual({ type: 'deleteDigit' });
    expect(press('3')).toEqual({ type: 'option', index: 2 });
    expect(press('3', { editing: true })).toBeNull();
  });

  it('ignores keys held with a modifier', () => {
    expect(press('+', { modifier: true })).toBeNull();
  });

  it('follows a centre’s own keymap', () => {
    const centre = { ...DEFAULT_KEYMAP, volumeUp: ['PageUp'], volumeDown: ['PageDown'] };
    const k = { editing: false, multiline: false, onWelcome: false, onPhone: false, onButton: false, modifier: false };
    expect(keyAction({ ...k, key: 'PageUp' }, centre)).toEqual({ type: 'changeVolume', delta: 1 });
    expect(keyAction({ ...k, key: '+' }, centre)).toBeNull();
  });
});

describe('Help pressed twice', () => {
  const at = { editing: false, multiline: false, onWelcome: false, onPhone: false, onButton: false, modifier: false };

  it('stops speech when pressed again quickly, and is help again after that', () => {
    const keypad = createKeypad();
    expect(keypad({ ...at, key: 'F1' }, 1_000)).toEqual({ type: 'help' });
    expect(keypad({ ...at, key: 'F1' }, 1_000 + HELP_TWICE_MS)).toEqual({ type: 'stopSpeech' });
    expect(keypad({ ...at, key: 'F1' }, 1_000 + HELP_TWICE_MS + 100)).toEqual({ type: 'help' });
  });

  it('is help twice when the presses are slow', () => {
    const keypad = createKeypad();
    keypad({ ...at, key: 'F1' }, 1_000);
    expect(keypad({ ...at, key: 'F1' }, 1_001 + HELP_TWICE_MS)).toEqual({ type: 'help' });
  });
});
