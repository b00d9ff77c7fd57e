import type { KioskApi, SpeechToken } from '../../app/contract/kioskApi';

/** Ask for a new token when less than this is left of the one held, so no turn starts on a token about to lapse. */
export const TOKEN_REFRESH_MARGIN_MS = 60_000;

/**
 * The Azure credentials the main side hands out (`speechToken`), kept while
 * they are good: a token without `expiresAt` (a keyless speech container)
 * is kept for the session; one that expires is asked for again when less
 * than a minute of it is left. Calls made while a request is in flight share
 * it; a failed request is not kept, so the next turn asks again.
 */
export function createSpeechCredentials(
  api: Pick<KioskApi, 'speechToken'>,
  now: () => number = Date.now,
): () => Promise<SpeechToken> {
  let held: { token: SpeechToken; refreshAt: number } | null = null;
  let inFlight: Promise<SpeechToken> | null = null;

  return () => {
    if (held !== null && now() < held.refreshAt) return Promise.resolve(held.token);
    inFlight ??= api
      .speechToken({})
      .then((token) => {
        held = { token, refreshAt: refreshTime(token) };
        return token;
      })
      .finally(() => {
        inFlight = null;
      });
    return inFlight;
  };
}

function refreshTime(token: SpeechToken): number {
  if (token.expiresAt === null) return Number.POSITIVE_INFINITY;
  const expires = Date.parse(token.expiresAt);
  // An unreadable expiry is treated as already expired: ask again next time rather than use a dead token.
  return Number.isNaN(expires) ? Number.NEGATIVE_INFINITY : expires - TOKEN_REFRESH_MARGIN_MS;
}
