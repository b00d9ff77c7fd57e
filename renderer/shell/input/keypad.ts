import { commandFor, DEFAULT_KEYMAP, HELP_TWICE_MS, type Keymap } from '../../../app/dialog/keymap';

/**
 * What a key press does, after the EZ Access conventions (app/dialog/keymap.ts
 * names the keys): Up/Down move focus through the screen's items in reading
 * order (Tab does so natively), Action activates the item in focus (Enter and
 * Space on a button do so natively), Back goes back, Help explains, Help
 * twice quickly stops speech, digits 1–9 choose the nth option, and the rate,
 * volume and repeat keys adjust or replay speech.
 *
 * `repeat` and `stopSpeech` are for the voice code; the shell hands them on.
 */
export type KeyAction =
  | { type: 'focus'; delta: 1 | -1 }
  | { type: 'activate' }
  | { type: 'back' }
  | { type: 'help' }
  | { type: 'stopSpeech' }
  | { type: 'repeat' }
  | { type: 'changeRate'; delta: 1 | -1 }
  | { type: 'changeVolume'; delta: 1 | -1 }
  | { type: 'option'; index: number }
  | { type: 'digit'; digit: string }
  | { type: 'deleteDigit' }
  | { type: 'start' }
  | null;

/** The key actions that only the voice code can carry out. */
export type SpeechKeyAction = Extract<NonNullable<KeyAction>, { type: 'repeat' | 'stopSpeech' }>;

export interface KeyContext {
  key: string;
  /** Focus is in a text field, where keys type. */
  editing: boolean;
  /** Focus is in a multi-line field, where arrows move the caret. */
  multiline: boolean;
  onWelcome: boolean;
  /** The phone keypad screen: digits type into the number. */
  onPhone: boolean;
  /** Focus is on a button, which Enter and Space activate natively. */
  onButton: boolean;
  modifier: boolean;
  /** Milliseconds since Help was last pressed (Infinity if not yet). */
  sinceHelp?: number;
}

/** Keys that only move around; on the welcome screen they do not start. */
const NAVIGATION = new Set([
  'Tab',
  'Shift',
  'Control',
  'Alt',
  'Meta',
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
]);

/** Keys a text field uses itself; in one, they are never commands. */
const EDITING = new Set(['Backspace', 'Delete', 'Home', 'End', 'ArrowLeft', 'ArrowRight']);

const typesInField = (key: string) => key.length === 1 || EDITING.has(key);

export function keyAction(k: KeyContext, keymap: Keymap = DEFAULT_KEYMAP): KeyAction {
  if (k.modifier) return null;
  const command = k.editing && typesInField(k.key) ? null : commandFor(keymap, k.key);
  switch (command) {
    case 'help':
      return (k.sinceHelp ?? Number.POSITIVE_INFINITY) <= HELP_TWICE_MS ? { type: 'stopSpeech' } : { type: 'help' };
    case 'up':
    case 'down':
      if (k.multiline) return null;
      return { type: 'focus', delta: command === 'up' ? -1 : 1 };
    case 'repeat':
      return { type: 'repeat' };
    case 'rateUp':
    case 'rateDown':
      return { type: 'changeRate', delta: command === 'rateUp' ? 1 : -1 };
    case 'volumeUp':
    case 'volumeDown':
      return { type: 'changeVolume', delta: command === 'volumeUp' ? 1 : -1 };
  }
  if (k.onWelcome) {
    if (NAVIGATION.has(k.key) || (k.onButton && (k.key === 'Enter' || k.key === ' '))) return null;
    return { type: 'start' };
  }
  if (k.onPhone && !k.editing) {
    if (/^[0-9]$/.test(k.key)) return { type: 'digit', digit: k.key };
    if (k.key === 'Backspace') return { type: 'deleteDigit' };
  }
  if (command === 'back') return { type: 'back' };
  if (command === 'action') {
    // A button already answers Enter and Space itself; another Action key, or focus elsewhere, needs a click.
    if (k.onButton && (k.key === 'Enter' || k.key === ' ')) return null;
    return k.editing ? null : { type: 'activate' };
  }
  if (/^[1-9]$/.test(k.key) && !k.editing) return { type: 'option', index: Number(k.key) - 1 };
  return null;
}

/**
 * A keypad reader for one kiosk: remembers when Help was last pressed, so a
 * second press within HELP_TWICE_MS stops speech instead. `at` is the event's
 * time in milliseconds (`KeyboardEvent.timeStamp`).
 */
export function createKeypad(keymap: Keymap = DEFAULT_KEYMAP) {
  let lastHelp = Number.NEGATIVE_INFINITY;
  return (k: Omit<KeyContext, 'sinceHelp'>, at: number): KeyAction => {
    const action = keyAction({ ...k, sinceHelp: at - lastHelp }, keymap);
    if (action?.type === 'help') lastHelp = at;
    if (action?.type === 'stopSpeech') lastHelp = Number.NEGATIVE_INFINITY;
    return action;
  };
}

const FOCUSABLE = 'button:not(:disabled), input:not(:disabled), textarea:not(:disabled), [tabindex="0"]';

/** Moves focus to the next or previous item inside `scope`, in reading (DOM) order, wrapping. */
export function moveFocus(scope: HTMLElement, delta: 1 | -1): void {
  // Only what is rendered: focus() does nothing on an element that is not (the receipt's printed copy,
  // whose text takes focus in audio-first mode), and Down would stop there for good.
  const items = [...scope.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => !el.closest('[inert]') && el.getClientRects().length > 0,
  );
  if (items.length === 0) return;
  const current = items.indexOf(document.activeElement as HTMLElement);
  const next = current === -1 ? (delta === 1 ? 0 : items.length - 1) : (current + delta + items.length) % items.length;
  const target = items[next]!;
  // The only item (an overlay's Close): focusing it again fires no focus event, so it would not be
  // spoken and Down would seem dead to someone who cannot see the screen. Blurring first makes it one.
  if (target === document.activeElement) target.blur();
  target.focus();
}
