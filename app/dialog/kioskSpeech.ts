import type { KioskConfigView } from '../contract/kioskApi';
import type { InputMode } from '../domain/inputModes';
import type { Language } from '../i18n/languages';
import { dynamicKey } from '../i18n/localeKey';
import { spokenDigits, spokenDigitsSlowly } from '../speech/spokenDigits';
import type { Segment, ShownScreen } from '../speech/voiceMachine';
import { currentStep, type DialogSnapshot } from './dialogMachine';
import { PLACES } from './flow';
import { promptKeys, stepKey } from './prompts';
import type { Settings } from './settings';
import type { DialogContext } from './types';

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

/** The words of an overlay, for the step the dialog is on; help to a resident talking to the kiosk says what to say. */
export function overlaySegment(
  kind: SpokenOverlay,
  dialog: Pick<DialogSnapshot, 'value' | 'context'> | undefined,
  centreName: Readonly<Record<string, string>>,
  language: Language,
): Segment {
  if (kind !== 'help') return { key: OVERLAY_SPEECH[kind] };
  const { step, stage } = dialog ? currentStep(dialog) : { step: 'welcome' as const, stage: null };
  const key = stepKey(step, stage);
  if (dialog && talking(dialog.context) && VOICE_ASKED.has(key)) return { key: dynamicKey(`voice.hint.${key}`) };
  return { key: promptKeys(step, stage, 1).help, values: { centre: centreName[language] ?? '' } };
}

/** The resident has spoken to the kiosk this session: prompts speak to a listener, not to a toucher. */
const talking = (ctx: Pick<DialogContext, 'inputModes'>) => ctx.inputModes.includes('voice');

/**
 * Screens with a short spoken question of their own for a resident talking to
 * the kiosk (`voice.ask.<screen>`): the screen's prompt names buttons and keys. Every screen of the
 * dialog's route (flow.ts) has one, so a screen added to the route needs its question too.
 */
const VOICE_ASKED = new Set<string>([...PLACES, 'submitFailed', 'lookup.ref', 'lookup.phone']);
/** Screens whose prompt is followed by a list to choose from, which a talking resident hears when asking for it. */
const LISTED = new Set(['chooseCategory', 'describe']);

/** How much slower the reference is read the second time, for writing it down. */
export const SLOW_RATE = 0.75;

/** The receipt, said: the reference digit by digit, then once more slowly. */
export function receiptSpeech(ref: string, language: Language): Segment[] {
  return [
    { key: 'steps.receipt.spoken', values: { ref: spokenDigits(ref, language, 'reference') } },
    { key: 'voice.refSlowly', values: { ref: spokenDigitsSlowly(ref, language) }, rate: SLOW_RATE },
  ];
}

/**
 * A screen as the voice says it. Numbers become digits said one by one (the
 * renderer's prompt has them as figures, which a voice reads as quantities);
 * lists that follow a question are marked as choices; and for a resident who
 * has been talking, a short question without touch words, the screen's own
 * contents (what to review, a staff note) after it.
 */
export function spokenScreen(
  screen: ShownScreen,
  dialog: Pick<DialogSnapshot, 'context'> | undefined,
  language: Language,
  centreName: Readonly<Record<string, string>>,
): ShownScreen {
  const ctx = dialog?.context;
  let prompt = screen.prompt;
  if (screen.key === 'receipt' && ctx?.receipt) prompt = receiptSpeech(ctx.receipt.ref, language);
  if (screen.key === 'lookup.result' && ctx?.lookupResult) {
    const { ref, status } = ctx.lookupResult;
    const values = {
      ref: spokenDigits(ref, language, 'reference'),
      status: { key: dynamicKey(`lookup.status.${status}`) },
    };
    prompt = [{ key: 'steps.lookup.result.spoken', values }, ...prompt.slice(1)];
  }
  if (screen.key === 'lookup.rate' && ctx?.lookupResult) {
    // The question is about what the resident was told was done: that is said first.
    const { status, publicNote } = ctx.lookupResult;
    const told: Segment[] = [{ key: dynamicKey(`lookup.status.${status}`) }];
    if (publicNote) told.push({ key: 'lookup.note', values: { note: publicNote } });
    prompt = [...told, ...prompt];
  }
  if (screen.key === 'lookup.rated' && ctx?.verdictStatus) {
    const thanks = ctx.verdictStatus === 'reopened' ? 'lookup.verdict.thanksReopened' : 'lookup.verdict.thanksClosed';
    prompt = [{ key: thanks }];
  }
  const listed = LISTED.has(screen.key);
  const shown: ShownScreen = {
    ...screen,
    prompt: listed ? prompt.slice(0, 1) : prompt,
    choices: listed ? prompt.slice(1) : [],
  };
  if (!ctx || !talking(ctx)) return shown;
  const hint: Segment = { key: dynamicKey(`voice.hint.${screen.key}`) };
  if (!VOICE_ASKED.has(screen.key)) return { ...shown, voicePrompt: [...shown.prompt, hint] };
  const ask: Segment = { key: dynamicKey(`voice.ask.${screen.key}`), values: { centre: centreName[language] ?? '' } };
  // What the screen shows after its question (the review's contents) is said, then what to say to it.
  const contents = shown.prompt.slice(1);
  return { ...shown, voicePrompt: contents.length > 0 ? [ask, ...contents, hint] : [ask] };
}

/** A new rate or volume, announced in itself ("语速：慢。音量：中"). */
export function soundAnnouncement(settings: Settings): Segment[] {
  return [
    { key: 'voice.rate', values: { rate: { key: dynamicKey(`voice.rates.${settings.rateStep}`) } } },
    { key: 'voice.volume', values: { volume: { key: dynamicKey(`voice.volumes.${settings.volumeStep}`) } } },
  ];
}
