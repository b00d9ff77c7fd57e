// Electron cannot run here (no binary, no display), so `electron` is replaced by a
// recording fake (./fakeElectron.ts): the test sees what the preload hands the page.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { KIOSK_API_CHANNEL, PRINT_CHANNEL } from '../../../../app/contract/bridge';
import { fake } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).electron);

beforeAll(async () => {
  fake.reset();
  await import('../../../../main/electron/preload');
});

function exposed() {
  return fake.calls.filter(([name]) => name === 'contextBridge.exposeInMainWorld');
}

describe('the preload bridge', () => {
  it('exposes exactly one object, linliKiosk, with two methods, call and print', () => {
    expect(exposed()).toHaveLength(1);
    const [, name, api] = exposed()[0]!;
    expect(name).toBe('linliKiosk');
    expect(Object.keys(api as object)).toEqual(['call', 'print']);
    expect(typeof (api as { call: unknown }).call).toBe('function');
  });

  it('passes a call to main on the KioskApi channel and hands back what main answers', async () => {
    const [, , api] = exposed()[0]!;
    const answer = await (api as { call: (m: string, a: unknown) => Promise<unknown> }).call('lookupStatus', {
      ref: 'A1B2',
    });
    expect(fake.calls).toContainEqual([
      'ipcRenderer.invoke',
      KIOSK_API_CHANNEL,
      'lookupStatus',
      { ref: 'A1B2' },
      { background: false },
    ]);
    expect(answer).toEqual({ ok: true, result: 'from main' });
  });
});

describe('printing from the page', () => {
  it('asks main on the print channel, with nothing from the page', async () => {
    const [, , api] = exposed()[0]!;
    await (api as { print: () => Promise<unknown> }).print();
    expect(fake.calls).toContainEqual(['ipcRenderer.invoke', PRINT_CHANNEL]);
  });
});
