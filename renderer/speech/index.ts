import type { KioskApi, KioskConfigView } from '../../app/contract/kioskApi';
import { type SpeechProvider, type SpeechProviderName, silentSpeech } from '../../app/speech/types';

/**
 * The browser host may ask for the scripted provider with `?speech=scripted`
 * (DESIGN.md, "Scripted speech"); the Electron kiosk never takes it from the
 * address, only from its config.
 */
export function chosenProvider(config: KioskConfigView, search: string, isBrowserHost: boolean): SpeechProviderName {
  if (isBrowserHost && new URLSearchParams(search).get('speech') === 'scripted') return 'scripted';
  return config.speech.provider;
}

/** The provider the centre chose; the Azure Speech SDK is fetched only when it is the one. */
export async function createSpeech(
  name: SpeechProviderName,
  config: KioskConfigView,
  api: KioskApi,
): Promise<SpeechProvider> {
  switch (name) {
    case 'azure':
      return (await import('./azure')).createAzureSpeech(config, api);
    case 'native':
      return (await import('./native')).createNativeSpeech(config);
    case 'scripted':
      return (await import('./scripted')).createScriptedSpeech();
    case 'off':
      return { output: silentSpeech, input: null };
  }
}
