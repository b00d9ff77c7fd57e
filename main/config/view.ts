import type { KioskConfigView } from '../../app/contract/kioskApi';
import { addressBookView } from './addressBook';
import type { Config } from './config';
import { keymapOf } from './keypad';

/** What the renderer may see of the config: nothing about the host or staff policy. */
export function toKioskConfigView(config: Config): KioskConfigView {
  const addressBook = addressBookView(config.addressBook, config.languages);
  return {
    kioskId: config.kioskId,
    centreName: { ...config.centreName },
    languages: [...config.languages],
    defaultLanguage: config.defaultLanguage,
    catalogue: config.catalogue.map((c) => ({
      code: c.code,
      kind: c.kind,
      asksLocation: c.asksLocation,
      ...(c.label !== undefined && { label: { ...c.label } }),
      ...(c.phrases !== undefined && { phrases: { ...c.phrases } }),
    })),
    timing: {
      idleMs: config.timing.idleSeconds * 1000,
      warningMs: config.timing.warningSeconds * 1000,
      receiptMs: config.timing.receiptSeconds * 1000,
      staffWaitMs: config.timing.staffWaitSeconds * 1000,
    },
    // Never the key, nor where it is kept: the renderer gets short-lived tokens from speechToken.
    speech: {
      provider: config.speech.provider,
      voices: { ...config.speech.voices },
      noInputMs: config.speech.noInputSeconds * 1000,
      confidenceThreshold: config.speech.confidenceThreshold,
      welcomeHintMs: config.speech.welcomeHintSeconds * 1000,
    },
    printing: config.printing,
    meToo: config.meToo.days > 0,
    keypad: Object.fromEntries(Object.entries(keymapOf(config)).map(([command, keys]) => [command, [...keys]])),
    ...(addressBook && { addressBook }),
  };
}
