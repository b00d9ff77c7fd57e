import type { KioskConfigView } from '../contract/kioskApi';
import type { InputMode } from '../domain/inputModes';

// The settings a resident can change on any screen (text size, contrast, speech rate and volume, more time,
// audio-first), their steps and defaults, and how a resident's change and the centre's idle times combine.

/**
 * Text sizes, as an index into the renderer's scale (1×, 1.25×, 1.5×, 2× the
 * 28 px default: the largest at least twice the default, as WCAG 1.4.4 asks of
 * text a reader can enlarge). Reset when the session ends, like every setting.
 */
export const TEXT_SIZES = [0, 1, 2, 3] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

/**
 * Contrast modes, after the four that accessible voting machines offer: the
 * default (dark text on warm white), dark (light text on dark grey, less
 * glare), and two high-contrast modes, yellow and white on black, and black on
 * white.
 */
export const CONTRASTS = ['default', 'dark', 'high', 'high-light'] as const;
export type Contrast = (typeof CONTRASTS)[number];

/**
 * The least contrast any text has in each mode, as the renderer's colours are
 * chosen and the end-to-end tests measure them: WCAG 1.4.6's 7:1 for the
 * default and dark modes, 15:1 for the high-contrast ones.
 */
export const MIN_TEXT_CONTRAST: Readonly<Record<Contrast, number>> = {
  default: 7,
  dark: 7,
  high: 15,
  'high-light': 15,
};

/**
 * Speech rate steps as multipliers of the voice's normal rate: 0.5× to 2× in
 * 7 steps (as accessible voting machines give); the default is slower than
 * normal for older listeners.
 */
export const RATES = [0.5, 0.7, 0.85, 1, 1.25, 1.5, 2] as const;
export const DEFAULT_RATE_STEP = 2;
/** Volume steps, as fractions of full volume. */
export const VOLUMES = [0.25, 0.5, 0.75, 1] as const;
export const DEFAULT_VOLUME_STEP = 2;

/** "More time" multiplies every idle time by this (WCAG 2.2.1 Timing Adjustable: the resident adjusts the limit). */
export const MORE_TIME_FACTOR = 2;

/** What a resident can adjust on any screen; all of it goes back to the defaults when the session ends. */
export interface Settings {
  textSize: TextSize;
  contrast: Contrast;
  /** Index into RATES. */
  rateStep: number;
  /** Index into VOLUMES. */
  volumeStep: number;
  /** Touching an item speaks it instead of activating it; the voice code gives the behaviour. */
  exploreByTouch: boolean;
  /** Every idle time doubled: before the warning, the warning itself, and the receipt. */
  moreTime: boolean;
  /**
   * Audio-first mode, for a resident who cannot see the screen: everything on
   * each screen is spoken, every block of text can take focus, and focus moves are spoken.
   */
  audioFirst: boolean;
  /** The display blanked while audio goes on (audio-first mode only): privacy for a blind resident. */
  screenOff: boolean;
}
export const DEFAULT_SETTINGS: Settings = {
  textSize: 0,
  contrast: 'default',
  rateStep: DEFAULT_RATE_STEP,
  volumeStep: DEFAULT_VOLUME_STEP,
  exploreByTouch: false,
  moreTime: false,
  audioFirst: false,
  screenOff: false,
};

type Mode = { mode?: InputMode };

/** A change the resident makes to the settings (the kiosk machine applies it for the session). */
export type SettingEvent =
  | ({ type: 'user.setTextSize'; size: TextSize } & Mode)
  | ({ type: 'user.setContrast'; contrast: Contrast } & Mode)
  /** One step slower or faster, quieter or louder; clamped at the ends. */
  | ({ type: 'user.changeRate'; delta: 1 | -1 } & Mode)
  | ({ type: 'user.changeVolume'; delta: 1 | -1 } & Mode)
  | ({ type: 'user.setExploreByTouch'; on: boolean } & Mode)
  | ({ type: 'user.setMoreTime'; on: boolean } & Mode)
  | ({ type: 'user.setAudioFirst'; on: boolean } & Mode)
  | ({ type: 'user.setScreenOff'; on: boolean } & Mode)
  /** Every setting back to its default, without ending the session. */
  | ({ type: 'user.resetSettings' } & Mode);

const clampStep = (step: number, steps: readonly number[]) => Math.min(Math.max(step, 0), steps.length - 1);

/**
 * The resident's settings after one of their changes. Rate and volume step
 * one at a time and stop at the ends; the screen goes dark only in audio-first
 * mode, and leaving that mode lights it again. Any other event changes nothing.
 */
export function applySetting(settings: Settings, event: SettingEvent | { type: string }): Settings {
  const e = event as SettingEvent;
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
export function changesSound(settings: Settings, event: SettingEvent | { type: string }): boolean {
  const next = applySetting(settings, event);
  return next.rateStep !== settings.rateStep || next.volumeStep !== settings.volumeStep;
}

/** WCAG 2.2.1 (Timing Adjustable): at least 20 seconds to answer the warning, whatever the config says. */
export const MIN_WARNING_MS = 20_000;

/** The receipt stays at least a minute, whatever the config says: time to copy the reference number down. */
export const MIN_RECEIPT_MS = 60_000;

/**
 * The idle times a resident gets: the centre's, with the warning at least
 * MIN_WARNING_MS, the receipt at least MIN_RECEIPT_MS, the wait for staff never shorter than the idle time (and the
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
    receiptMs: Math.max(timing.receiptMs, MIN_RECEIPT_MS) * factor,
    staffWaitMs: Math.max(timing.staffWaitMs ?? 0, timing.idleMs) * factor,
  };
}
