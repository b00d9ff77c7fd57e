// Electron cannot run here (no binary, no display), so `electron` is replaced by a
// recording fake; the webContents below is a stand-in that records what it was asked to print.
import { describe, expect, it, vi } from 'vitest';
import { answerPrint } from '../../../../main/electron/ipc';

vi.mock('electron', async () => (await import('./fakeElectron')).electron);

function sender(printed: boolean) {
  const print = vi.fn((_options: unknown, done: (success: boolean) => void) => done(printed));
  return { print, event: { sender: { print }, senderFrame: { url: 'app://kiosk/' } } };
}

describe('printing receipts in the Electron kiosk', () => {
  it('prints the kiosk page silently, without a dialog, and says whether it printed', async () => {
    const { print, event } = sender(true);
    expect(await answerPrint(event as never)).toBe(true);
    expect(print).toHaveBeenCalledWith({ silent: true, printBackground: false }, expect.any(Function));
    const failing = sender(false);
    expect(await answerPrint(failing.event as never)).toBe(false);
  });

  it('refuses a page that is not the kiosk', async () => {
    const { print, event } = sender(true);
    expect(await answerPrint({ ...event, senderFrame: { url: 'https://example.invalid/' } } as never)).toBe(false);
    expect(await answerPrint({ ...event, senderFrame: null } as never)).toBe(false);
    expect(print).not.toHaveBeenCalled();
  });
});
