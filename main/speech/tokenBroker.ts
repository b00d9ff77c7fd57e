import { ApiError } from '../../app/contract/errors';
import type { SpeechToken } from '../../app/contract/kioskApi';
import { type Clock, localIso } from '../clock';
import type { SpeechConfig } from '../config/speech';
import { azureEndpoints } from './endpoints';

/** How the broker reaches the token service; `fetch` itself in production, anything shaped like it in tests. */
export type Fetch = (url: string, init: RequestInit) => Promise<Response>;

/** Azure's authorization tokens are valid for 10 minutes ("Authenticate with an access token", Speech REST docs). */
export const TOKEN_LIFETIME_MS = 10 * 60_000;
/** A token is handed out until this long before it expires, so a renderer never starts a turn on a dying one. */
export const REFRESH_BEFORE_EXPIRY_MS = 60_000;
const TIMEOUT_MS = 10_000;
const MAX_TOKEN_CHARS = 8192;

export interface SpeechTokenBrokerDeps {
  speech: Pick<SpeechConfig, 'provider' | 'azure'>;
  /** The subscription key (main side only), or null. */
  subscriptionKey: string | null;
  fetch: Fetch;
  now: Clock;
}

/** Hands the renderer what it needs to reach the speech service, never the key. */
export interface SpeechTokenBroker {
  /** The current token (fetched, or cached until a minute before it expires); rejects with ApiError `unavailable`. */
  current(): Promise<SpeechToken>;
}

interface Issued {
  token: string;
  issuedAt: number;
}

const unavailable = (why: string) => new ApiError('unavailable', `speech: the Azure Speech service ${why}`);

export function createSpeechTokenBroker({
  speech,
  subscriptionKey,
  fetch,
  now,
}: SpeechTokenBrokerDeps): SpeechTokenBroker {
  if (speech.provider !== 'azure') {
    const none: SpeechToken = { provider: speech.provider, token: null, region: null, expiresAt: null };
    return { current: async () => ({ ...none }) };
  }
  const endpoints = azureEndpoints(speech.azure);
  const where = {
    region: endpoints.region,
    recognitionHost: endpoints.recognitionHost,
    synthesisHost: endpoints.synthesisHost,
  };
  const byHost = endpoints.recognitionHost !== null && endpoints.synthesisHost !== null;
  let issued: Issued | null = null;
  let inFlight: Promise<Issued> | null = null;

  async function fetchToken(tokenUrl: string, key: string): Promise<Issued> {
    const issuedAt = now().getTime();
    let response: Response;
    try {
      response = await fetch(tokenUrl, {
        method: 'POST',
        // No body: fetch sends `Content-Length: 0` for a bodiless POST, as the token service wants.
        headers: { 'Ocp-Apim-Subscription-Key': key },
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch {
      // The error would say little more than "fetch failed"; the URL is in the config, and the key must not leak.
      throw unavailable('cannot be reached');
    }
    const text = await response.text().catch(() => '');
    if (!response.ok) {
      const hint = response.status === 401 || response.status === 403 ? ': check the subscription key and region' : '';
      throw unavailable(`refused a token (HTTP ${response.status})${hint}`);
    }
    const token = text.trim();
    if (token === '' || token.length > MAX_TOKEN_CHARS || /\s/.test(token)) throw unavailable('gave no usable token');
    return { token, issuedAt };
  }

  function fresh(tokenUrl: string, key: string): Promise<Issued> {
    if (issued !== null && now().getTime() < issued.issuedAt + TOKEN_LIFETIME_MS - REFRESH_BEFORE_EXPIRY_MS) {
      return Promise.resolve(issued);
    }
    // Callers that arrive while a fetch is on its way share it: one request to Azure, one token.
    inFlight ??= fetchToken(tokenUrl, key)
      .then((next) => {
        issued = next;
        return next;
      })
      .finally(() => {
        inFlight = null;
      });
    return inFlight;
  }

  return {
    async current() {
      const { tokenUrl } = endpoints;
      if (subscriptionKey !== null && tokenUrl !== null) {
        const { token, issuedAt } = await fresh(tokenUrl, subscriptionKey);
        return { provider: 'azure', token, expiresAt: localIso(new Date(issuedAt + TOKEN_LIFETIME_MS)), ...where };
      }
      // A speech container takes requests without a token (it bills through its own key).
      if (byHost) return { provider: 'azure', token: null, expiresAt: null, ...where };
      throw unavailable(
        subscriptionKey === null
          ? 'has no subscription key on this kiosk (LINLI_AZURE_SPEECH_KEY or speech.azure.keyFile)'
          : 'has no token address (speech.azure.tokenUrl)',
      );
    },
  };
}
