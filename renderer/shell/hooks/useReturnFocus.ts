import { type RefObject, useEffect, useRef } from 'react';
import type { OverlayKind } from '../components/Overlays';

/**
 * When an overlay closes, focus goes back to where the resident was (the
 * button that opened it, or wherever the keypad had put focus), or to the top
 * of the screen if that is gone, rather than being lost.
 */
export function useReturnFocus(overlay: OverlayKind | null, rootRef: RefObject<HTMLElement | null>) {
  const lastFocus = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const remember = (e: FocusEvent) => {
      if (e.target instanceof HTMLElement && e.target.closest('.kiosk-frame')) lastFocus.current = e.target;
    };
    root.addEventListener('focusin', remember);
    return () => root.removeEventListener('focusin', remember);
  }, [rootRef]);
  const hadOverlay = useRef(false);
  useEffect(() => {
    if (overlay === null && hadOverlay.current) {
      const back = lastFocus.current;
      if (back?.isConnected && !back.matches(':disabled') && !back.closest('[inert]')) back.focus();
      else rootRef.current?.querySelector<HTMLElement>('[data-heading]')?.focus();
    }
    hadOverlay.current = overlay !== null;
  }, [overlay, rootRef]);
}
