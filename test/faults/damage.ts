// A database file damaged where opening it does not look: what the start's background check must find.
import { closeSync, existsSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { openKiosk } from '../../main/compose';
import { openEncrypted } from '../unit/main/store/databaseFiles';
import { newSubmission } from '../unit/main/support';

/** A sound database with submissions, closed (so the WAL is folded in), then a b-tree page of `submissions` overwritten. */
export async function damageSubmissionsPage(dir: string): Promise<void> {
  const kiosk = openKiosk({ dataDir: dir });
  for (let i = 0; i < 40; i++)
    kiosk.store.submissions.submit(newSubmission({ description: `第 ${i} 条 ${'长'.repeat(300)}` }));
  // The start's background check must end first: while its reader is open, closing cannot fold the WAL
  // into the file, and the good copy of the page left in the WAL would hide the damage done below.
  expect(await kiosk.store.integrity).toEqual({ ok: true });
  kiosk.close();
  expect(existsSync(join(dir, 'linli.sqlite-wal'))).toBe(false);
  const file = join(dir, 'linli.sqlite');
  const db = openEncrypted(file, { readonly: true });
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const root = (
    db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'submissions'").get() as { rootpage: number }
  ).rootpage;
  db.close();
  const fd = openSync(file, 'r+');
  // Garbage over the start of the page: in an encrypted file, that page then fails its HMAC.
  writeSync(fd, Buffer.alloc(64, 0x5a), 0, 64, (root - 1) * pageSize);
  closeSync(fd);
}
