import type { KioskConfigView } from '../contract/kioskApi';
import type { InputMode } from '../domain/inputModes';
import type { Language } from '../i18n/languages';
import { dynamicKey } from '../i18n/localeKey';
import type { Segment, ShownScreen } from '../speech/voiceMachine';
import { currentStep, type DialogSnapshot } from './dialogMachine';
import { promptKeys } from './prompts';
import type { Settings } from './settings';

type Mode = { mode?: InputMode };

/** Events about the kiosk's voice: from the screen the renderer shows, and from the resident's touch and keys. */
export type VoiceKioskEvent =
  /** The renderer shows a new screen (or the same in a new language): its prompt and options, to be said. */
  | ({ type: 'screen.shown' } & ShownScreen)
  /** Say this now (a touched item's label, a field's error, the resident's details asked for). */
  | { type: 'voice.say'; segments: Segment[] }
  /** Any touch or key: speech stops at once (barge-in). */
  | ({ type: 'user.interrupt' } & Mode)
  /** REPEAT: the prompt again. */
  | ({ type: 'user.repeat' } & Mode)
  /** Yes or no to what the kiosk read back, by touch. */
  | ({ type: 'user.accept' } & Mode)
  | ({ type: 'user.reject' } & Mode);

/** What the speech of the kiosk needs of the centre's config. */
export interface KioskSpeechConfig {
  /** How often the idle welcome screen says how to start; 0: never. */
  welcomeHintMs: number;
  confidenceThreshold: number;
  /** Whether the provider hears at all (decided once, for the default language). */
  canListen: boolean;
}

/** The speech settings of a centre's config, with their defaults. */
export function speechConfig(config: KioskConfigView, canListen: boolean): KioskSpeechConfig {
  return {
    welcomeHintMs: config.speech.welcomeHintMs ?? 0,
    confidenceThreshold: config.speech.confidenceThreshold ?? 0.6,
    canListen,
  };
}

/** What each overlay says as it opens; help says the current step's help. */
export const OVERLAY_SPEECH = {
  settings: 'settings.title',
  staffCalling: 'overlay.staffCalling',
  staffCalled: 'overlay.staffCalled',
  staffAlreadyCalled: 'overlay.staffAlreadyCalled',
  staffCallFailed: 'overlay.staffCallFailed',
  idleWarning: 'overlay.idleTitle',
} as const;
export type SpokenOverlay = keyof typeof OVERLAY_SPEECH | 'help';

/** The words of an overlay, for the step the dialog is on. */
export function overlaySegment(
  kind: SpokenOverlay,
  dialog: Pick<DialogSnapshot, 'value'> | undefined,
  centreName: Readonly<Record<string, string>>,
  language: Language,
): Segment {
  if (kind !== 'help') return { key: OVERLAY_SPEECH[kind] };
  const { step, stage } = dialog ? currentStep(dialog) : { step: 'welcome' as const, stage: null };
  return { key: promptKeys(step, stage, 1).help, values: { centre: centreName[language] ?? '' } };
}

/** A new rate or volume, announced in itself ("语速：慢。音量：中"). */
export function soundAnnouncement(settings: Settings): Segment[] {
  return [
    { key: 'voice.rate', values: { rate: { key: dynamicKey(`voice.rates.${settings.rateStep}`) } } },
    { key: 'voice.volume', values: { volume: { key: dynamicKey(`voice.volumes.${settings.volumeStep}`) } } },
  ];
}
