import type { SpeechToken } from '../../../../app/contract/kioskApi';

/** What the main side hands out for a speech container: no Azure token, no region, only the hosts given. */
export function containerToken(hosts: Pick<SpeechToken, 'recognitionHost' | 'synthesisHost'>): SpeechToken {
  return { provider: 'azure', token: null, region: null, expiresAt: null, ...hosts };
}
