// Electron cannot run here (no binary, no display), so `electron` is replaced by a
// recording fake (./fakeElectron.ts) that plays the part of ipcMain and of the
// renderer's webContents. Behind it everything is real: dispatch, the services
// from openKiosk, and a SQLite file in a temporary data folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type CallOutcome, KIOSK_API_CHANNEL } from '../../../../app/contract/bridge';
import type { KioskApiHandlers } from '../../../../app/contract/kioskApi';
import { openKiosk } from '../../../../main/compose';
import { endStaffSessionOnLeave, StaffSessions, serveKioskApi } from '../../../../main/electron/ipc';
import { openEncrypted } from '../store/databaseFiles';
import { fakeClock } from '../support';
import { FakeWebContents, fake } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).electron);

const draft = {
  kind: 'complaint',
  category: 'cmp.noise',
  description: '楼上邻居半夜噪音',
  contact: { anonymous: true },
  language: 'zh-CN',
  inputModes: ['voice', 'touch'],
};

let dataDir: string;
let kiosk: Awaited<ReturnType<typeof openKiosk>>;

beforeEach(async () => {
  fake.reset();
  dataDir = mkdtempSync(path.join(tmpdir(), 'linli-ipc-'));
  kiosk = openKiosk({ dataDir });
  serveKioskApi(kiosk.handlers);
});
afterEach(async () => {
  await kiosk.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** What is in the SQLite file itself, read through a connection of its own. */
function storedRows(): unknown[] {
  const db = openEncrypted(path.join(dataDir, 'linli.sqlite'), { readonly: true });
  try {
    return db.prepare('SELECT ref, kind, category FROM submissions').all();
  } finally {
    db.close();
  }
}

/** A call as it reaches main from the frame at `frameUrl` (null: a frame that has gone). */
function call(
  frameUrl: string | null,
  method: unknown,
  args: unknown,
  sender = new FakeWebContents(),
): Promise<CallOutcome> {
  const handler = fake.ipcHandlers.get(KIOSK_API_CHANNEL)!;
  const event = { sender, senderFrame: frameUrl && { url: frameUrl } };
  return handler(event, method, args) as Promise<CallOutcome>;
}

describe('the KioskApi over IPC', () => {
  it('stores a submission from the kiosk page and answers with its reference number', async () => {
    const outcome = await call('app://kiosk/', 'submit', draft);
    expect(outcome).toMatchObject({ ok: true, result: { id: expect.any(Number), ref: expect.any(String) } });
    const { ref } = (outcome as { result: { ref: string } }).result;
    expect(storedRows()).toEqual([{ ref, kind: 'complaint', category: 'cmp.noise' }]);
    expect(kiosk.store.submissions.findByRef(ref)?.description).toBe(draft.description);
  });

  it.each([
    ['a web page', 'https://example.com/'],
    ['a local file', 'file:///tmp/index.html'],
    ['a look-alike app', 'app://kiosk.evil/'],
    ['a frame that has gone', null],
  ])('refuses a call from %s as forbidden, and stores nothing', async (_, frameUrl) => {
    const outcome = await call(frameUrl, 'submit', draft);
    expect(outcome).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(storedRows()).toEqual([]);
  });

  it('answers an invalid draft with the field at fault', async () => {
    const outcome = await call('app://kiosk/', 'submit', { ...draft, description: '' });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'invalid', field: 'description' } });
  });

  it('refuses a method that is not a name', async () => {
    expect(await call('app://kiosk/', { toString: 'submit' }, draft)).toMatchObject({
      ok: false,
      error: { code: 'invalid', field: 'method' },
    });
  });

  it('keeps staff methods behind a staff session', async () => {
    const outcome = await call('app://kiosk/staff', 'listSubmissions', {});
    expect(outcome).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('answers an unexpected failure as internal, without its details', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const handlers: KioskApiHandlers = {
      ...kiosk.handlers,
      getKioskConfig: () => {
        throw new Error('SQLITE_CORRUPT: /var/lib/linli/linli.db');
      },
    };
    serveKioskApi(handlers);
    const outcome = await call('app://kiosk/', 'getKioskConfig', {});
    expect(outcome).toEqual({ ok: false, error: { code: 'internal', message: expect.any(String) } });
    expect(JSON.stringify(outcome)).not.toContain('SQLITE');
  });
});

describe('staff sessions over IPC', () => {
  it('sign in one window, and only that window, until staff sign out', async () => {
    await kiosk.staffAuth.setPin('2468', 'test');
    const staffWindow = new FakeWebContents();
    const kioskWindow = new FakeWebContents();
    const asStaff = (method: string, args: unknown) => call('app://kiosk/staff', method, args, staffWindow);

    expect(await asStaff('staffLogin', { pin: '2468' })).toMatchObject({ ok: true });
    expect(JSON.stringify(await asStaff('staffLogin', { pin: '2468' }))).not.toMatch(/token/i);
    expect(await asStaff('listSubmissions', {})).toMatchObject({ ok: true, result: { total: 0 } });
    expect(await call('app://kiosk/', 'listSubmissions', {}, kioskWindow)).toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    });

    expect(await asStaff('staffLogout', {})).toMatchObject({ ok: true });
    expect(await asStaff('listSubmissions', {})).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('belong to one window and end when it is destroyed', () => {
    const sessions = new StaffSessions();
    const staffWindow = new FakeWebContents();
    const otherWindow = new FakeWebContents();
    sessions.set(staffWindow, 'token-1');
    expect(sessions.get(staffWindow)).toBe('token-1');
    expect(sessions.get(otherWindow)).toBeNull();
    staffWindow.emit('destroyed');
    expect(sessions.get(staffWindow)).toBeNull();
  });

  it('end when staff log out', () => {
    const sessions = new StaffSessions();
    const staffWindow = new FakeWebContents();
    sessions.set(staffWindow, 'token-1');
    sessions.set(staffWindow, null);
    expect(sessions.get(staffWindow)).toBeNull();
  });

  it('are not kept alive by calls the console marks as its timer’s, only by a person’s', async () => {
    const clock = fakeClock();
    const timed = openKiosk({ dataDir: mkdtempSync(path.join(tmpdir(), 'linli-ipc-')), now: clock.now });
    await timed.staffAuth.setPin('2468', 'test');
    serveKioskApi(timed.handlers);
    const window = new FakeWebContents();
    const handler = fake.ipcHandlers.get(KIOSK_API_CHANNEL)!;
    const event = { sender: window, senderFrame: { url: 'app://kiosk/staff' } };
    const poll = (options?: unknown) => handler(event, 'pendingStaffCalls', {}, options) as Promise<CallOutcome>;
    expect(await handler(event, 'staffLogin', { pin: '2468' })).toMatchObject({ ok: true });

    clock.advance(4 * 60_000);
    expect(await poll()).toMatchObject({ ok: true }); // a person's call: the idle timer starts again
    clock.advance(4 * 60_000);
    expect(await poll({ background: true })).toMatchObject({ ok: true });
    clock.advance(2 * 60_000);
    expect(await poll({ background: true })).toMatchObject({
      ok: false,
      error: { code: 'unauthorized', message: expect.stringMatching(/without activity/) },
    });
    timed.close();
  });

  it('end, on the server too, when the window leaves the console, and survive the way in from the PIN pad', async () => {
    await kiosk.staffAuth.setPin('2468', 'test');
    const sessions = new StaffSessions();
    const window = new FakeWebContents();
    // The fake emits any event with any arguments; typed as Electron types it, it would not compile.
    endStaffSessionOnLeave(window as never, sessions, (token) => kiosk.staffAuth.logout(token));
    const { token } = await kiosk.staffAuth.login('2468', 'kiosk');
    sessions.set(window, token);
    const navigate = (url: string, more = {}) =>
      window.emit('did-start-navigation', { url, isMainFrame: true, isSameDocument: false, ...more });

    navigate('app://kiosk/staff'); // from the kiosk's PIN pad to the console
    navigate('app://kiosk/', { isMainFrame: false });
    navigate('app://kiosk/staff#queue', { isSameDocument: true });
    expect(sessions.get(window)).toBe(token);
    expect(kiosk.staffAuth.authenticate(token)).not.toBeNull();

    navigate('app://kiosk/'); // 回到自助机首页
    expect(sessions.get(window)).toBeNull();
    expect(kiosk.staffAuth.authenticate(token)).toBeNull();
  });
});
