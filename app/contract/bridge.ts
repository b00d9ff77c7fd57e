import type { ApiErrorBody } from './errors';

/** The IPC channel of the KioskApi between the preload bridge and Electron's main. */
export const KIOSK_API_CHANNEL = 'linli:kiosk-api';

/** The IPC channel on which the page asks main to print it silently (receipts). */
export const PRINT_CHANNEL = 'linli:print';

/** What one call answers over either transport, before the client unwraps it. */
export type CallOutcome = { ok: true; result: unknown } | { ok: false; error: ApiErrorBody['error'] };

/**
 * The one object the preload bridge exposes to the page, as `window.linliKiosk`.
 * Nothing else of Electron or Node reaches the renderer.
 */
export interface KioskBridge {
  /** `background`: a call by a timer, not a person (see CallContext.background). */
  call(method: string, args: unknown, options?: { background?: boolean }): Promise<CallOutcome>;
  /** Prints the page on the default printer without a dialog (receipts); absent where the kiosk cannot. */
  print?(): Promise<boolean>;
}
