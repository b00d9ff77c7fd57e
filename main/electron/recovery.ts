import type { BrowserWindow, RenderProcessGoneDetails } from 'electron';

/** Waits before each restart in a row: 1 s, 2 s, 4 s … at most a minute, so a renderer that keeps failing does not spin. */
export const RESTART_DELAYS_MS = [1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 60_000];
/** A renderer that stays up this long has recovered: the next failure waits 1 s again. */
export const HEALTHY_AFTER_MS = 5 * 60_000;
/** How long an unresponsive page may take to come back before it is restarted. */
export const UNRESPONSIVE_GRACE_MS = 10_000;

type SupervisedWindow = Pick<BrowserWindow, 'on' | 'isDestroyed'> & {
  webContents: Pick<BrowserWindow['webContents'], 'on' | 'loadURL' | 'forcefullyCrashRenderer'>;
};

export interface SuperviseOptions {
  /** Where a restarted renderer starts: the welcome screen, never the page it failed on. */
  startUrl: string;
  /** Called before each restart (Electron's main ends the window's staff session there). */
  onRestart?: (reason: string) => void;
  log?: (message: string) => void;
}

/**
 * Restarts the kiosk's renderer at the welcome screen when it crashes, is
 * killed, or stops responding, waiting longer after each failure in a row.
 */
export function superviseRenderer(
  window: SupervisedWindow,
  { startUrl, onRestart, log = console.error }: SuperviseOptions,
): void {
  const contents = window.webContents;
  let failures = 0;
  let restartTimer: NodeJS.Timeout | undefined;
  let unresponsiveTimer: NodeJS.Timeout | undefined;
  let healthyTimer: NodeJS.Timeout | undefined;

  function scheduleRestart(reason: string): void {
    if (restartTimer !== undefined || window.isDestroyed()) return;
    clearTimeout(healthyTimer);
    const delay = RESTART_DELAYS_MS[Math.min(failures, RESTART_DELAYS_MS.length - 1)]!;
    failures++;
    log(`linli: the kiosk page ${reason}; restarting it at the welcome screen in ${delay / 1000} s`);
    restartTimer = setTimeout(() => {
      restartTimer = undefined;
      if (window.isDestroyed()) return;
      onRestart?.(reason);
      void contents.loadURL(startUrl);
      healthyTimer = setTimeout(() => {
        failures = 0;
      }, HEALTHY_AFTER_MS);
    }, delay);
  }

  contents.on('render-process-gone', (_event, details: RenderProcessGoneDetails) => {
    scheduleRestart(`stopped (${details.reason})`);
  });
  window.on('unresponsive', () => {
    clearTimeout(unresponsiveTimer);
    unresponsiveTimer = setTimeout(() => {
      // Ends the hung renderer; render-process-gone then restarts it.
      contents.forcefullyCrashRenderer();
      scheduleRestart('stopped responding');
    }, UNRESPONSIVE_GRACE_MS);
  });
  window.on('responsive', () => clearTimeout(unresponsiveTimer));
}
