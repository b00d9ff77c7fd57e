import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Kiosk, openKiosk } from '../../../../main/compose';
import { createHost, type Host } from '../../../../main/host/createHost';
import { tempDir } from '../support';
import { post } from './httpClient';

describe('browser host: what staff and admins may do', () => {
  let cleanup: () => void;
  let kiosk: Kiosk;
  let host: Host;

  beforeEach(async () => {
    let dir: string;
    ({ dir, cleanup } = tempDir());
    kiosk = openKiosk({ dataDir: dir });
    await kiosk.staffDirectory.add('张三', 'staff', '1357', 'test');
    await kiosk.staffDirectory.add('李四', 'admin', '2468', 'test');
    host = await createHost({ kiosk, staticDir: join(dir, 'no-build'), bind: '127.0.0.1', port: 0 });
  });
  afterEach(async () => {
    await host.close();
    kiosk.close();
    cleanup();
  });

  async function signIn(pin: string) {
    const login = await post(host.url, 'staffLogin', { pin });
    expect(login.status).toBe(200);
    return { login: login.json(), session: { Cookie: String(login.headers['set-cookie']).split(';')[0]! } };
  }

  it('refuses a member of staff an admin-only method with 403 naming it, and lets an admin call it', async () => {
    const staff = await signIn('1357');
    expect(staff.login.staff).toEqual({ id: expect.any(Number), name: '张三', role: 'staff' });
    const refused = await post(host.url, 'purgeClosed', {}, staff.session);
    expect(refused.status).toBe(403);
    expect(refused.json().error).toEqual({
      code: 'forbidden',
      message: 'purgeClosed is for an admin of the centre; 张三 is signed in as staff',
    });
    // Their case work is theirs to do.
    expect((await post(host.url, 'listSubmissions', {}, staff.session)).status).toBe(200);
    const admin = await signIn('2468');
    expect((await post(host.url, 'purgeClosed', {}, admin.session)).json()).toEqual({ purged: 0 });
  });

  it('lists the staff by name and role, never a PIN, with who is asking', async () => {
    const staff = await signIn('1357');
    const reply = await post(host.url, 'listStaff', {}, staff.session);
    expect(reply.json()).toEqual({
      items: [
        { id: expect.any(Number), name: '张三', role: 'staff' },
        { id: expect.any(Number), name: '李四', role: 'admin' },
      ],
      self: staff.login.staff,
    });
    expect(reply.text).not.toMatch(/scrypt|1357|2468/);
    expect((await post(host.url, 'listStaff', {})).status).toBe(401);
  });
});
