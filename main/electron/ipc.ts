import { type IpcMainInvokeEvent, ipcMain, type WebContents } from 'electron';
import { type CallOutcome, KIOSK_API_CHANNEL, PRINT_CHANNEL } from '../../app/contract/bridge';
import { ApiError } from '../../app/contract/errors';
import type { CallContext, KioskApiHandlers } from '../../app/contract/kioskApi';
import { dispatch } from '../services/dispatch';
import { isAppUrl } from './protocol';

/** The part of a webContents that a session is keyed on. */
type Caller = Pick<WebContents, 'id'> & { once(event: 'destroyed', listener: () => void): unknown };

/**
 * Staff sessions over IPC, one per window (webContents), kept in main so the
 * page never holds the token: the IPC counterpart of the HttpOnly cookie.
 */
export class StaffSessions {
  readonly #tokens = new Map<number, string>();
  readonly #watched = new Set<number>();

  get(contents: Caller): string | null {
    return this.#tokens.get(contents.id) ?? null;
  }

  set(contents: Caller, token: string | null): void {
    if (token === null) {
      this.#tokens.delete(contents.id);
      return;
    }
    this.#tokens.set(contents.id, token);
    if (this.#watched.has(contents.id)) return;
    this.#watched.add(contents.id);
    // A closed or crashed window must not leave a session behind for the next one with its id.
    contents.once('destroyed', () => {
      this.#tokens.delete(contents.id);
      this.#watched.delete(contents.id);
    });
  }
}

const isBackground = (options: unknown) =>
  typeof options === 'object' && options !== null && (options as { background?: unknown }).background === true;

/** Answers one KioskApi call from a page: refuses foreign senders, never throws, never leaks internals. */
export async function answerCall(
  handlers: KioskApiHandlers,
  sessions: StaffSessions,
  event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>,
  method: unknown,
  args: unknown,
  options?: unknown,
): Promise<CallOutcome> {
  try {
    // senderFrame is null once the frame has navigated away or gone: treat it as foreign.
    if (!isAppUrl(event.senderFrame?.url))
      throw new ApiError('forbidden', 'Calls are accepted only from the kiosk app');
    if (typeof method !== 'string') throw new ApiError('invalid', 'The method must be a string', 'method');
    const contents = event.sender;
    const ctx: CallContext = {
      staffSession: sessions.get(contents),
      source: 'kiosk',
      background: isBackground(options),
      setStaffSession: (token) => sessions.set(contents, token),
    };
    return { ok: true, result: await dispatch(handlers, method, args, ctx) };
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, error: error.toBody().error };
    console.error('linli: KioskApi call failed', error);
    return { ok: false, error: new ApiError('internal', 'Something went wrong').toBody().error };
  }
}

/**
 * Prints the asking page on the default printer without a dialog (the
 * receipt's print view): only for the kiosk's own pages; answers whether it printed.
 */
export function answerPrint(event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>): Promise<boolean> {
  if (!isAppUrl(event.senderFrame?.url)) return Promise.resolve(false);
  return new Promise((resolve) => {
    event.sender.print({ silent: true, printBackground: false }, (printed) => resolve(printed));
  });
}

/** Serves the KioskApi (and printing) on their IPC channels; returns a function that stops serving them. */
export function serveKioskApi(handlers: KioskApiHandlers, sessions = new StaffSessions()): () => void {
  ipcMain.handle(KIOSK_API_CHANNEL, (event, method: unknown, args: unknown, options: unknown) =>
    answerCall(handlers, sessions, event, method, args, options),
  );
  ipcMain.handle(PRINT_CHANNEL, (event) => answerPrint(event));
  return () => {
    ipcMain.removeHandler(KIOSK_API_CHANNEL);
    ipcMain.removeHandler(PRINT_CHANNEL);
  };
}

/** Whether a URL is the staff console page (`app://kiosk/staff`). */
export function isStaffConsoleUrl(url: string): boolean {
  if (!isAppUrl(url)) return false;
  return new URL(url).pathname.replace(/\/+$/, '') === '/staff';
}

type NavigatingContents = Caller & {
  on(
    event: 'did-start-navigation',
    listener: (details: { url: string; isMainFrame: boolean; isSameDocument: boolean }) => void,
  ): unknown;
};

/**
 * Leaving the console ends the window's staff session, on the server too:
 * when the window starts loading any page but the console (its "back to the
 * kiosk" button, any other navigation), before that page can make a call.
 * Moving from the kiosk's PIN pad to the console keeps the session it made.
 */
export function endStaffSessionOnLeave(
  contents: NavigatingContents,
  sessions: StaffSessions,
  logout: (token: string) => void,
): void {
  contents.on('did-start-navigation', (details) => {
    if (!details.isMainFrame || details.isSameDocument || isStaffConsoleUrl(details.url)) return;
    const token = sessions.get(contents);
    if (token === null) return;
    sessions.set(contents, null);
    logout(token);
  });
}
