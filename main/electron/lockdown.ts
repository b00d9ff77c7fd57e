import type { Input, WebContents } from 'electron';
import { isAppUrl } from './protocol';

/** The keys of a shortcut, as Electron reports them in before-input-event. */
export type KeyInput = Pick<Input, 'key' | 'control' | 'meta' | 'alt' | 'shift'>;

/** Function keys that reload (F5), open devtools (F12), leave full screen (F11) or close (with Alt or Ctrl: F4). */
const BLOCKED_ALONE = new Set(['F5', 'F11', 'F12']);
/** With Ctrl (Cmd on macOS): reload, close, quit, new window or tab, print, save, open, find, view source, zoom. */
const BLOCKED_WITH_COMMAND = new Set(['r', 'w', 'q', 'n', 't', 'p', 's', 'o', 'f', 'g', 'u', 'h', 'j', 'm']);
const ZOOM_KEYS = new Set(['+', '=', '-', '_', '0', 'Add', 'Subtract']);
/** With Ctrl+Shift or Cmd+Alt: devtools (I, J, C) and more of the above. */
const DEVTOOLS_KEYS = new Set(['i', 'j', 'c']);

/**
 * Whether a key press is a browser or window shortcut that a resident must not
 * reach: reload, devtools, zoom, close, quit, full screen, new windows. Keys the
 * kiosk itself uses (arrows, Tab, Enter, Space, Escape, Backspace, F1, digits,
 * and typing, including Ctrl+C/V/X/Z/A in text fields) pass.
 */
export function isBlockedShortcut(input: KeyInput): boolean {
  const key = input.key.length === 1 ? input.key.toLowerCase() : input.key;
  if (BLOCKED_ALONE.has(key)) return true;
  if (key === 'F4' && (input.alt || input.control || input.meta)) return true;
  const command = input.control || input.meta;
  if (!command) return false;
  if (ZOOM_KEYS.has(key) || BLOCKED_WITH_COMMAND.has(key)) return true;
  if (DEVTOOLS_KEYS.has(key) && (input.shift || input.alt)) return true;
  // Cmd+Ctrl+F: macOS full screen.
  return input.control && input.meta;
}

type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * Keeps a webContents inside the app: it may move between the kiosk and the
 * staff console (both app://kiosk/), never elsewhere; opens no windows, and
 * hands no link to the system browser; attaches no <webview>.
 */
export function guardContents(contents: GuardedContents): void {
  const stayInApp = (event: { preventDefault(): void }, url: string) => {
    if (!isAppUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

type LockedContents = Pick<WebContents, 'on' | 'setVisualZoomLevelLimits' | 'setZoomFactor'>;

/** No shortcut to reload, devtools, zoom or close; no pinch or Ctrl+wheel zoom. */
export function lockDownInput(contents: LockedContents): void {
  contents.on('before-input-event', (event, input) => {
    if (isBlockedShortcut(input)) event.preventDefault();
  });
  // Pinch zoom: the layout is made for one scale (large targets at 1920×1080 and 1080×1920).
  void contents.setVisualZoomLevelLimits(1, 1);
  contents.on('zoom-changed', () => contents.setZoomFactor(1));
}

/** Ctrl+Shift+Q (Cmd+Shift+Q on macOS): closes the kiosk, and only inside a staff session. */
export function isStaffExitShortcut(input: KeyInput): boolean {
  return input.key.toLowerCase() === 'q' && input.shift && (input.control || input.meta) && !input.alt;
}

/** Staff mode is the only way out: the exit shortcut quits when the window has a live staff session, else nothing. */
export function allowStaffExit(contents: Pick<WebContents, 'on'>, isStaff: () => boolean, quit: () => void): void {
  contents.on('before-input-event', (event, input) => {
    if (input.type !== 'keyDown' || !isStaffExitShortcut(input)) return;
    event.preventDefault();
    if (isStaff()) quit();
  });
}
