import { existsSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { databaseKeyOf, rawKeyPragma } from '../../../../main/crypto/databaseKey';
import { openDatabase } from '../../../../main/store/database';
import { checkInBackground } from '../../../../main/store/integrityCheck';
import { useTempDir } from '../support';
import { keysIn } from './databaseFiles';

/**
 * The background page check is stopped when its store closes. It used to be stopped by terminating its
 * thread, and a thread terminated while SQLite was answering with an error aborted the whole process
 * (better-sqlite3 builds the SqliteError in the thread's JavaScript, which termination has stopped:
 * "FATAL ERROR: v8::ToLocalChecked Empty MaybeLocal", seen in CI's test run). Asked to stop, it now ends
 * on its own: what it has begun it finishes, what it has not it skips.
 */
describe('the background page check, asked to stop', () => {
  const temp = useTempDir();
  const file = () => temp.path('linli.sqlite');
  const keyPragma = () => rawKeyPragma(databaseKeyOf(keysIn(temp.dir).load()!));

  it('finishes a check it has begun: the answer is the check’s, and the thread is gone after', async () => {
    openDatabase(file(), keysIn(temp.dir)).close();
    let stopped: Promise<void> | undefined;
    const check = checkInBackground(file(), keyPragma(), () => {
      stopped = check.stop();
    });
    expect(await check.result).toEqual({ ok: true });
    await stopped;
    expect(stopped).toBeDefined();
  });

  it('ends as SQLite answered when the file fails as it begins to read, and the process goes on', async () => {
    // Four pages of noise under the database's name: opening works, the first read fails (SQLITE_NOTADB)
    // while the stop is already asked for, which is when a terminated thread took the process down.
    openDatabase(file(), keysIn(temp.dir)).close();
    writeFileSync(file(), Buffer.alloc(16384, 7));
    for (let i = 0; i < 5; i++) {
      let stopped: Promise<void> | undefined;
      const check = checkInBackground(file(), keyPragma(), () => {
        stopped = check.stop();
      });
      expect(await check.result).toEqual({ ok: false, damaged: expect.stringMatching(/^SQLITE_NOTADB/) });
      await stopped;
    }
  });

  it('skips a check it has not begun, and says so', async () => {
    openDatabase(file(), keysIn(temp.dir)).close();
    let began = false;
    const check = checkInBackground(file(), keyPragma(), () => {
      began = true;
    });
    await check.stop();
    expect(await check.result).toEqual({ ok: false, unchecked: 'stopped before it finished' });
    expect(began).toBe(false);
    expect(existsSync(file())).toBe(true);
  });
});
