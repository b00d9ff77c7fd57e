import type { CallOutcome, KioskBridge } from '../../app/contract/bridge';
import { type ErrorCode, isApiErrorBody } from '../../app/contract/errors';
import type { KioskApi } from '../../app/contract/kioskApi';
import { METHOD_NAMES, type MethodName } from '../../app/contract/methodNames';

/** An error answered by the KioskApi, or a transport failure (`network`). */
export class KioskApiError extends Error {
  constructor(
    readonly code: ErrorCode | 'network',
    message: string,
    readonly field?: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'KioskApiError';
  }
}

/** `background`: the call is a timer's (a poll), not a person's, so it does not keep a staff session alive. */
type Call = (method: MethodName, args: unknown, background: boolean) => Promise<CallOutcome>;

/** The header the browser host reads as CallContext.background. */
const BACKGROUND_HEADER = 'X-Linli-Background';

/** The browser host: `POST /api/<method>` with a JSON body; the staff session rides in a cookie. */
export const httpCall: Call = async (method, args, background) => {
  let response: Response;
  try {
    response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(background && { [BACKGROUND_HEADER]: '1' }) },
      body: JSON.stringify(args ?? {}),
      credentials: 'same-origin',
    });
  } catch (error) {
    return { ok: false, error: { code: 'unavailable', message: `network: ${String(error)}` } };
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) return { ok: true, result: body };
  if (isApiErrorBody(body)) return { ok: false, error: body.error };
  return { ok: false, error: { code: 'internal', message: `HTTP ${response.status}` } };
};

/** Electron: the one object the preload bridge exposes. */
export function bridgeCall(bridge: KioskBridge): Call {
  return (method, args, background) =>
    bridge.call(method, args, { background }).catch((error: unknown) => ({
      ok: false as const,
      error: { code: 'unavailable' as const, message: `ipc: ${String(error)}` },
    }));
}

/** The KioskApi over a transport; with `background`, every call is marked as a timer's, not a person's. */
export function createKioskApi(call: Call, { background = false } = {}): KioskApi {
  const api = {} as Record<MethodName, (args: unknown) => Promise<unknown>>;
  for (const method of METHOD_NAMES) {
    api[method] = async (args) => {
      const outcome = await call(method, args, background);
      if (outcome.ok) return outcome.result;
      const { code, message, field, retryAfterSeconds } = outcome.error;
      const isNetwork = code === 'unavailable' && message.startsWith('network');
      throw new KioskApiError(isNetwork ? 'network' : code, message, field, retryAfterSeconds);
    };
  }
  return api as unknown as KioskApi;
}

declare global {
  interface Window {
    linliKiosk?: KioskBridge;
  }
}

/** The transport this page has: the Electron bridge when present, HTTP otherwise. */
export function defaultKioskApi(options: { background?: boolean } = {}): KioskApi {
  return createKioskApi(window.linliKiosk ? bridgeCall(window.linliKiosk) : httpCall, options);
}

/**
 * Ends the staff session as the console's page goes away (pagehide), where
 * an ordinary call may be cut off: over HTTP a `keepalive` fetch, which the
 * browser finishes after the page is gone (sendBeacon cannot send the JSON
 * content type the host requires). In Electron, main ends the window's
 * session itself when it navigates away from the console.
 */
export function endStaffSessionOnUnload(): void {
  if (window.linliKiosk) {
    void window.linliKiosk.call('staffLogout', {}).catch(() => undefined);
    return;
  }
  void fetch('/api/staffLogout', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: '{}',
    credentials: 'same-origin',
    keepalive: true,
  }).catch(() => undefined);
}
