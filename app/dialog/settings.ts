import type { KioskConfigView } from '../contract/kioskApi';
import { DEFAULT_SETTINGS, type KioskOnlyEvent, MORE_TIME_FACTOR, RATES, type Settings, VOLUMES } from './types';

const clampStep = (step: number, steps: readonly number[]) => Math.min(Math.max(step, 0), steps.length - 1);

/**
 * The resident's settings after one of their changes. Rate and volume step
 * one at a time and stop at the ends; the screen goes dark only in audio-first
 * mode, and leaving that mode lights it again. Any other event changes nothing.
 */
export function applySetting(settings: Settings, event: KioskOnlyEvent | { type: string }): Settings {
  const e = event as KioskOnlyEvent;
  switch (e.type) {
    case 'user.setTextSize':
      return { ...settings, textSize: e.size };
    case 'user.setContrast':
      return { ...settings, contrast: e.contrast };
    case 'user.changeRate':
      return { ...settings, rateStep: clampStep(settings.rateStep + e.delta, RATES) };
    case 'user.changeVolume':
      return { ...settings, volumeStep: clampStep(settings.volumeStep + e.delta, VOLUMES) };
    case 'user.setExploreByTouch':
      return { ...settings, exploreByTouch: e.on };
    case 'user.setMoreTime':
      return { ...settings, moreTime: e.on };
    case 'user.setAudioFirst':
      return { ...settings, audioFirst: e.on, screenOff: e.on && settings.screenOff };
    case 'user.setScreenOff':
      return { ...settings, screenOff: e.on && settings.audioFirst };
    case 'user.resetSettings':
      return DEFAULT_SETTINGS;
    default:
      return settings;
  }
}

/** Whether a change makes the kiosk sound different (its rate or volume), so that the new sound is announced. */
export function changesSound(settings: Settings, event: KioskOnlyEvent | { type: string }): boolean {
  const next = applySetting(settings, event);
  return next.rateStep !== settings.rateStep || next.volumeStep !== settings.volumeStep;
}

/** WCAG 2.2.1 (Timing Adjustable): at least 20 seconds to answer the warning, whatever the config says. */
export const MIN_WARNING_MS = 20_000;

/**
 * The idle times a resident gets: the centre's, with the warning at least
 * MIN_WARNING_MS, the wait for staff never shorter than the idle time (and the
 * idle time when the config has none), and all of them doubled when the
 * resident asked for more time.
 */
export function effectiveTiming(
  timing: KioskConfigView['timing'],
  settings: Settings,
): Required<KioskConfigView['timing']> {
  const factor = settings.moreTime ? MORE_TIME_FACTOR : 1;
  return {
    idleMs: timing.idleMs * factor,
    warningMs: Math.max(timing.warningMs, MIN_WARNING_MS) * factor,
    receiptMs: timing.receiptMs * factor,
    staffWaitMs: Math.max(timing.staffWaitMs ?? 0, timing.idleMs) * factor,
  };
}
