/**
 * Keypad conventions of the foundation issue: ArrowUp/ArrowDown move focus
 * through the screen's items in reading order (Tab does so natively),
 * Enter/Space activate (native buttons), Escape or Backspace go back, F1 or
 * `?` is help, digits 1–9 choose the nth option.
 */
export type KeyAction =
  | { type: 'focus'; delta: 1 | -1 }
  | { type: 'back' }
  | { type: 'help' }
  | { type: 'option'; index: number }
  | { type: 'digit'; digit: string }
  | { type: 'deleteDigit' }
  | { type: 'start' }
  | null;

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
}

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

export function keyAction(k: KeyContext): KeyAction {
  if (k.modifier) return null;
  if (k.key === 'F1' || (k.key === '?' && !k.editing)) return { type: 'help' };
  if (k.key === 'ArrowDown' && !k.multiline) return { type: 'focus', delta: 1 };
  if (k.key === 'ArrowUp' && !k.multiline) return { type: 'focus', delta: -1 };
  if (k.onWelcome) {
    if (NAVIGATION.has(k.key) || (k.onButton && (k.key === 'Enter' || k.key === ' '))) return null;
    return { type: 'start' };
  }
  if (k.onPhone && !k.editing) {
    if (/^[0-9]$/.test(k.key)) return { type: 'digit', digit: k.key };
    if (k.key === 'Backspace') return { type: 'deleteDigit' };
  }
  if (k.key === 'Escape' || (k.key === 'Backspace' && !k.editing)) return { type: 'back' };
  if (/^[1-9]$/.test(k.key) && !k.editing) return { type: 'option', index: Number(k.key) - 1 };
  return null;
}

const FOCUSABLE = 'button:not(:disabled), input:not(:disabled), textarea:not(:disabled), [tabindex="0"]';

/** Moves focus to the next or previous item inside `scope`, in reading (DOM) order, wrapping. */
export function moveFocus(scope: HTMLElement, delta: 1 | -1): void {
  const items = [...scope.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !el.closest('[inert]'));
  if (items.length === 0) return;
  const current = items.indexOf(document.activeElement as HTMLElement);
  const next = current === -1 ? (delta === 1 ? 0 : items.length - 1) : (current + delta + items.length) % items.length;
  items[next]!.focus();
}
