import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from './support';

const ROOT = join(import.meta.dirname, '../..');

/** `npm run -s admin -- …` on the worker host's data folder while the host runs, as an admin at the kiosk computer would. */
function admin(dataDir: string, args: string[], input: string) {
  const tsx = join(ROOT, 'node_modules/tsx/dist/cli.mjs');
  return spawnSync(process.execPath, [tsx, 'main/cli/admin.ts', ...args, '--data-dir', dataDir], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    env: { ...process.env, LINLI_DATA_DIR: '' },
  });
}

test('a member of staff added by the admin CLI signs in by PIN, sees their name, and takes a case', async ({
  page,
  kioskHost,
}) => {
  // A name of this run's own: other tests share this host's data.
  const name = `王小明${Date.now().toString(36).slice(-4)}`;
  const pin = String(100_000 + (Date.now() % 800_000));
  const added = admin(kioskHost.dataDir, ['add-staff', '--name', name, '--role', 'staff'], `${pin}\n`);
  expect(added.stderr).toContain(`Added ${name} (staff)`);

  const submitted = await page.request.post('/api/submit', {
    data: {
      kind: 'complaint',
      category: 'cmp.facilities',
      description: `楼道灯坏了 ${name}`,
      contact: { anonymous: true },
      language: 'zh-CN',
      inputModes: ['touch'],
    },
  });
  const { ref } = (await submitted.json()) as { ref: string };
  const shown = `${ref.slice(0, 3)} ${ref.slice(3)}`;

  await page.goto('/staff');
  await page.getByLabel('PIN 码').fill(pin);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByText(`已登录：${name}（工作人员）`)).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: shown });
  await expect(row).toContainText('未分派');

  await row.getByRole('button', { name: shown }).click();
  await page.getByRole('button', { name: '我来处理' }).click();
  await expect(row).toContainText('已分派');
  // The assignee, and the day it must be resolved by (a date, or 今天到期 / 已超期 with one).
  await expect(row).toContainText(new RegExp(`${name} · (今天到期|(已超期 )?\\d{4}-\\d{2}-\\d{2})`));
  for (const [width, height] of [
    [1920, 1080],
    [1080, 1920],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `test-results/case-handling-${width}x${height}.png`, fullPage: false });
  }
});
