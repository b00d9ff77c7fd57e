// Electron cannot run here (no binary, no display), so `electron` is replaced by a
// recording fake (./fakeElectron.ts) whose window and webContents the test drives:
// it plays the renderer crashing or hanging; timers run on vitest's fake clock.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HEALTHY_AFTER_MS, superviseRenderer, UNRESPONSIVE_GRACE_MS } from '../../../../main/electron/recovery';
import { openKioskWindow } from '../../../../main/electron/window';
import { fake } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).electron);

const gone = (reason = 'crashed') => [{}, { reason, exitCode: 1 }] as const;

function supervised() {
  const window = openKioskWindow('/opt/linli/preload.cjs', 'app://kiosk/staff');
  const restarts: string[] = [];
  superviseRenderer(window, { startUrl: 'app://kiosk/', onRestart: (r) => restarts.push(r), log: () => {} });
  return { window: fake.windows[0]!, contents: fake.windows[0]!.webContents, restarts };
}

beforeEach(() => {
  fake.reset();
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

describe('when the kiosk page fails', () => {
  it('restarts a crashed renderer at the welcome screen, not the page it was on', () => {
    const { contents, restarts } = supervised();
    contents.emit('render-process-gone', ...gone());
    expect(contents.loadedUrls).toEqual([]);
    vi.advanceTimersByTime(1_000);
    expect(contents.loadedUrls).toEqual(['app://kiosk/']);
    expect(restarts).toEqual(['stopped (crashed)']);
  });

  it('waits longer after each failure in a row, at most a minute', () => {
    const { contents } = supervised();
    const waits: number[] = [];
    for (let i = 0; i < 9; i++) {
      contents.emit('render-process-gone', ...gone('oom'));
      const before = contents.loadedUrls.length;
      let waited = 0;
      while (contents.loadedUrls.length === before) {
        vi.advanceTimersByTime(500);
        waited += 500;
      }
      waits.push(waited);
    }
    expect(waits).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 60_000, 60_000, 60_000]);
  });

  it('waits 1 s again once the renderer has stayed up for a while', () => {
    const { contents } = supervised();
    contents.emit('render-process-gone', ...gone());
    vi.advanceTimersByTime(1_000);
    contents.emit('render-process-gone', ...gone());
    vi.advanceTimersByTime(2_000);
    expect(contents.loadedUrls).toHaveLength(2);
    vi.advanceTimersByTime(HEALTHY_AFTER_MS);
    contents.emit('render-process-gone', ...gone());
    vi.advanceTimersByTime(1_000);
    expect(contents.loadedUrls).toHaveLength(3);
  });

  it('ends and restarts a page that stays unresponsive, but not one that recovers', () => {
    const { window, contents } = supervised();
    window.emit('unresponsive');
    vi.advanceTimersByTime(UNRESPONSIVE_GRACE_MS / 2);
    window.emit('responsive');
    vi.advanceTimersByTime(UNRESPONSIVE_GRACE_MS);
    expect(contents.crashed).toBe(0);

    window.emit('unresponsive');
    vi.advanceTimersByTime(UNRESPONSIVE_GRACE_MS);
    expect(contents.crashed).toBe(1);
    contents.emit('render-process-gone', ...gone('killed')); // what the forced crash causes: still one restart
    vi.advanceTimersByTime(1_000);
    expect(contents.loadedUrls).toEqual(['app://kiosk/']);
  });

  it('does nothing once the window is gone', () => {
    const { window, contents } = supervised();
    contents.emit('render-process-gone', ...gone());
    window.destroyed = true;
    vi.advanceTimersByTime(60_000);
    expect(contents.loadedUrls).toEqual([]);
  });
});
