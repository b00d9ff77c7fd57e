import { useCallback, useEffect, useRef } from 'react';

/** What a person does at the console; a timer does none of these. */
const PERSON_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'input'] as const;

/**
 * When a person last acted on the console (ms, `performance.now()`), so the
 * console's poll can tell the server whether it carries a person's activity:
 * reading a long submission, scrolling or typing a note makes no call of its
 * own, yet it is not idleness.
 */
export function usePersonActivity(): () => number {
  const last = useRef(performance.now());
  useEffect(() => {
    const acted = () => {
      last.current = performance.now();
    };
    for (const name of PERSON_EVENTS) window.addEventListener(name, acted, { capture: true, passive: true });
    return () => {
      for (const name of PERSON_EVENTS) window.removeEventListener(name, acted, { capture: true });
    };
  }, []);
  return useCallback(() => last.current, []);
}
