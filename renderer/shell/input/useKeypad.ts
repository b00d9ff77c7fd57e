import { type RefObject, useEffect, useMemo, useRef } from 'react';
import type { Keymap } from '../../../app/dialog/keymap';
import type { ContactStage, DialogContext, LookupStage, MeTooStage, Step } from '../../../app/dialog/types';
import type { InputMode } from '../../../app/domain/inputModes';
import type { OverlayKind } from '../components/Overlays';
import type { KioskRef } from '../hooks/useKiosk';
import type { SendUser } from '../screenProps';
import { createKeypad, moveFocus } from './keypad';

interface Args {
  kiosk: KioskRef;
  send: SendUser;
  keymap: Keymap;
  step: Step;
  stage: ContactStage | LookupStage | MeTooStage | null;
  ctx: DialogContext;
  overlay: OverlayKind | null;
  rootRef: RefObject<HTMLDivElement | null>;
  lastMode: RefObject<InputMode>;
  /** Whether an item was touched while Help was held (then Help's release only spoke it). */
  touchedWhileHelpHeld(): boolean;
}

/** In a multi-line field the arrows move the caret, until it reaches the first or last line. */
function caretCanMove(target: HTMLElement, key: string): boolean {
  if (!(target instanceof HTMLTextAreaElement)) return false;
  const { selectionStart, selectionEnd, value } = target;
  if (key === 'ArrowDown') return value.slice(selectionEnd).includes('\n') || selectionEnd < value.length;
  if (key === 'ArrowUp') return value.slice(0, selectionStart).includes('\n') || selectionStart > 0;
  return false;
}

/**
 * The tactile keypad: each key, on the window (a key pressed while nothing
 * has focus still counts), becomes a kiosk event or a move of focus. Any key
 * stops speech at once (barge-in), except those that change how it sounds.
 */
export function useKeypad(args: Args) {
  // One per keymap: it remembers when Help was last pressed (Help twice).
  const keypad = useMemo(() => createKeypad(args.keymap), [args.keymap]);
  const helpPending = useRef(false);
  const live = useRef({ ...args, keypad });
  live.current = { ...args, keypad };

  useEffect(() => {
    const down = (e: KeyboardEvent) => onKeyDown(live.current, live.current.keypad, helpPending, e);
    const up = (e: KeyboardEvent) => {
      const { keymap, kiosk, touchedWhileHelpHeld } = live.current;
      if (!helpPending.current || !keymap.help.includes(e.key)) return;
      helpPending.current = false;
      if (!touchedWhileHelpHeld()) kiosk.send({ type: 'user.help', mode: 'keypad' });
    };
    window.addEventListener('keydown', down);
    window.addEventListener('keyup', up);
    return () => {
      window.removeEventListener('keydown', down);
      window.removeEventListener('keyup', up);
    };
  }, []);
}

function onKeyDown(
  { kiosk, send, step, stage, ctx, overlay, rootRef, lastMode }: Args,
  keypad: ReturnType<typeof createKeypad>,
  helpPending: { current: boolean },
  e: KeyboardEvent,
) {
  lastMode.current = 'keypad';
  const target = e.target as HTMLElement;
  const action = keypad(
    {
      key: e.key,
      editing: target.matches('input, textarea'),
      multiline: caretCanMove(target, e.key),
      onWelcome: step === 'welcome' && overlay === null,
      onPhone:
        ((step === 'contact' && stage === 'phone') || (step === 'lookup' && (stage === 'ref' || stage === 'phone'))) &&
        overlay === null,
      onButton: target.matches('button'),
      modifier: e.ctrlKey || e.altKey || e.metaKey,
    },
    e.timeStamp,
  );
  const adjusts = action?.type === 'changeRate' || action?.type === 'changeVolume';
  if (!adjusts && !['Shift', 'Control', 'Alt', 'Meta'].includes(e.key))
    kiosk.send({ type: 'user.interrupt', mode: 'keypad' });
  if (!action) {
    kiosk.send({ type: 'user.activity', mode: 'keypad' });
    return;
  }
  e.preventDefault();
  // The screens where the keypad's digits type a number: the phone, a reference, the phone's last four digits.
  const digitsNow = () => (step === 'lookup' ? (stage === 'phone' ? ctx.phoneLast4 : ctx.lookupRef) : ctx.phone);
  const typeDigits = (digits: string) => {
    if (step !== 'lookup') return send({ type: 'user.setPhone', phone: digits });
    if (stage === 'phone') return send({ type: 'user.setPhoneLast4', digits: digits.slice(0, 4) });
    return send({ type: 'user.setLookupRef', ref: digits.slice(0, 7) });
  };
  const scope = (rootRef.current?.querySelector<HTMLElement>('[data-overlay]') ?? rootRef.current)!;
  switch (action.type) {
    case 'focus':
      return moveFocus(scope, action.delta);
    case 'help':
      // On release: Help held while touching an item only speaks that item (EZ Access).
      if (!e.repeat) helpPending.current = true;
      return;
    case 'back':
      if (overlay === 'idleWarning') return kiosk.send({ type: 'user.continue', mode: 'keypad' });
      if (overlay) return kiosk.send({ type: 'user.closeOverlay', mode: 'keypad' });
      return send({ type: 'user.back' });
    case 'start':
      return send({ type: 'user.start' });
    case 'digit':
      return typeDigits(digitsNow() + action.digit);
    case 'deleteDigit':
      return digitsNow() === '' ? send({ type: 'user.back' }) : typeDigits(digitsNow().slice(0, -1));
    case 'option':
      return scope.querySelectorAll<HTMLElement>('[data-option]')[action.index]?.click();
    case 'activate':
      return (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('button')?.click();
    case 'changeRate':
      return kiosk.send({ type: 'user.changeRate', delta: action.delta, mode: 'keypad' });
    case 'changeVolume':
      return kiosk.send({ type: 'user.changeVolume', delta: action.delta, mode: 'keypad' });
    case 'repeat':
      return kiosk.send({ type: 'user.repeat', mode: 'keypad' });
    case 'stopSpeech':
      return kiosk.send({ type: 'user.interrupt', mode: 'keypad' });
  }
}
