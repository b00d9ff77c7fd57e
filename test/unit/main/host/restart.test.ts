import { afterEach, describe, expect, it } from 'vitest';
import { openKiosk } from '../../../../main/compose';
import { createHost } from '../../../../main/host/createHost';
import { draft, tempDir } from '../support';
import { post } from './httpClient';

describe('browser host restart', () => {
  const { dir, cleanup } = tempDir();
  afterEach(cleanup);

  it('keeps an acknowledged submission across a restart of the host', async () => {
    const first = openKiosk({ dataDir: dir });
    await first.staffAuth.setPin('246810', 'test');
    let host = await createHost({ kiosk: first, staticDir: dir, bind: '127.0.0.1', port: 0 });
    const submitted = await post(host.url, 'submit', draft({ description: '电梯又坏了' }));
    expect(submitted.status).toBe(200);
    await host.close();
    first.close();

    const second = openKiosk({ dataDir: dir });
    host = await createHost({ kiosk: second, staticDir: dir, bind: '127.0.0.1', port: 0 });
    try {
      const login = await post(host.url, 'staffLogin', { pin: '246810' });
      expect(login.status).toBe(200);
      const cookie = String(login.headers['set-cookie']).split(';')[0]!;
      const list = await post(host.url, 'listSubmissions', {}, { cookie });
      expect(list.json().items.map((s: { ref: string; description: string }) => [s.ref, s.description])).toEqual([
        [submitted.json().ref, '电梯又坏了'],
      ]);
    } finally {
      await host.close();
      second.close();
    }
  });
});
