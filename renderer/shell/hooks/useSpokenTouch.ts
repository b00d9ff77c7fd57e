import { type RefObject, useEffect, useRef } from 'react';
import { DEFAULT_KEYMAP, type Keymap } from '../../../app/dialog/keymap';

const CONTROL = 'button, input, textarea, [tabindex="0"]';

/** What a control is called, as a screen reader would say it — its label, or its text — and, given the word, whether it is chosen. */
export function spokenLabel(el: Element, selectedWord?: string): string {
  const label = labelText(el);
  return selectedWord && el.getAttribute('aria-pressed') === 'true' ? `${label}，${selectedWord}` : label;
}

/**
 * A button's name without its hint: the first line it shows ("查询进度" of "查询进度 / 凭编号查看处理情况"),
 * which is what a resident says to press it. Null when it has no second line (its label is already that).
 */
export function shortLabel(el: Element): string | null {
  if (!(el instanceof HTMLElement) || el.getAttribute('aria-label')) return null;
  // biome-ignore lint/performance/useDomNodeTextContent: innerText is wanted here, for its line breaks
  const shown: unknown = el.innerText;
  if (typeof shown !== 'string') return null;
  const lines = shown
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return lines.length > 1 ? lines[0]! : null;
}

function labelText(el: Element): string {
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const text = labelledBy
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
      .join(' ')
      .trim();
    if (text) return text;
  }
  const aria = el.getAttribute('aria-label');
  if (aria) return aria.trim();
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
    const label = el.labels?.[0]?.textContent?.trim() ?? '';
    return [label, el.value].filter(Boolean).join('：');
  }
  // innerText keeps the breaks between a button's label and its hint, as pauses.
  // biome-ignore lint/performance/useDomNodeTextContent: innerText is wanted here, for its line breaks
  const text = el instanceof HTMLElement && typeof el.innerText === 'string' ? el.innerText : (el.textContent ?? '');
  return text.replace(/\s+/g, ' ').trim();
}

interface Args {
  rootRef: RefObject<HTMLDivElement | null>;
  /** Explore-by-touch is on: a first touch speaks an item, a second touch on it activates it. */
  explore: boolean;
  /** The kiosk has a voice at all. */
  canSpeak: boolean;
  say(text: string): void;
  /** Said after the label of a chosen item (`aria-pressed`): "已选". */
  selectedWord?: string;
  keymap?: Keymap;
}

/**
 * Hearing an item before using it (EZ Access, and the explore-by-touch of
 * phone screen readers): with explore-by-touch on, the first touch on an item
 * speaks it and the second activates it; Help held while touching an item
 * speaks it without activating it, whatever the setting; and an item that
 * gets focus from the keypad is spoken.
 */
export function useSpokenTouch({ rootRef, explore, canSpeak, say, selectedWord, keymap = DEFAULT_KEYMAP }: Args) {
  const live = useRef({ explore, canSpeak, say, selectedWord });
  live.current = { explore, canSpeak, say, selectedWord };
  const explored = useRef<Element | null>(null);
  const helpHeld = useRef(false);
  const byKey = useRef(false);
  const touchedWhileHelp = useRef(false);

  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const onClick = (e: MouseEvent) => {
      const { explore, canSpeak, say } = live.current;
      if (!canSpeak || e.detail === 0) return; // detail 0: a click from Enter or Space, not a touch
      const item = (e.target as Element).closest(CONTROL);
      if (!item || !root.contains(item)) return;
      if (helpHeld.current) touchedWhileHelp.current = true;
      if (helpHeld.current || (explore && explored.current !== item)) {
        e.preventDefault();
        e.stopPropagation();
        explored.current = item;
        say(spokenLabel(item, live.current.selectedWord));
        return;
      }
      explored.current = null;
    };
    const onKeyDown = (e: KeyboardEvent) => {
      if (keymap.help.includes(e.key) && !e.repeat) {
        helpHeld.current = true;
        touchedWhileHelp.current = false;
      }
      byKey.current = true;
    };
    const onKeyUp = (e: KeyboardEvent) => {
      if (keymap.help.includes(e.key)) helpHeld.current = false;
    };
    const onPointer = () => {
      byKey.current = false;
    };
    const onFocusIn = (e: FocusEvent) => {
      const el = e.target as Element;
      // Headings (of a screen, of an overlay) take focus by themselves (tabindex -1), and their prompt is being said.
      if (!byKey.current || !live.current.canSpeak || el.getAttribute('tabindex') === '-1') return;
      live.current.say(spokenLabel(el, live.current.selectedWord));
    };
    // Capture: the click must be stopped before React's own handler on the root sees it.
    root.addEventListener('click', onClick, true);
    root.addEventListener('pointerdown', onPointer, true);
    root.addEventListener('focusin', onFocusIn);
    window.addEventListener('keydown', onKeyDown, true);
    window.addEventListener('keyup', onKeyUp, true);
    return () => {
      root.removeEventListener('click', onClick, true);
      root.removeEventListener('pointerdown', onPointer, true);
      root.removeEventListener('focusin', onFocusIn);
      window.removeEventListener('keydown', onKeyDown, true);
      window.removeEventListener('keyup', onKeyUp, true);
    };
  }, [rootRef, keymap]);

  /** Whether an item was touched while Help was held down (so Help's release does not open the help). */
  return { touchedWhileHelpHeld: () => touchedWhileHelp.current };
}
