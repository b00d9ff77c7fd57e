import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';

/**
 * What the background check found: nothing wrong, damage (SQLite's words), or that it could not run
 * (said on stderr; the kiosk goes on as it did before any check).
 */
export type IntegrityResult = { ok: true } | { ok: false; damaged: string } | { ok: false; unchecked: string };

/** Submissions refused because the database file was found damaged after the kiosk started. */
export class DamagedDatabaseError extends Database.SqliteError {
  constructor(file: string, reason: string) {
    super(
      `${file} is damaged (${reason}): nothing more is written to it. Everything stored stays in the file; ` +
        'restart the kiosk to move it aside untouched and start a fresh one (README, "Backup and restore").',
      'SQLITE_CORRUPT',
    );
    this.name = 'DamagedDatabaseError';
  }
}

// The worker is plain CommonJS given as text, so it needs no file of its own in either bundle (host, Electron).
// It closes its connection before it answers: whoever waits for the answer and then closes the store is
// then the file's last connection, and folds the WAL (the damaged-file test saw the WAL left otherwise).
// It is never terminated: a thread terminated while better-sqlite3 is inside SQLite aborts the whole
// process when SQLite then reports an error (the addon builds the SqliteError by calling into the
// thread's JavaScript, which termination has stopped: "FATAL ERROR: v8::ToLocalChecked Empty MaybeLocal",
// seen when a store was closed while its check opened a file being removed). Asked to stop, it skips
// what it has not begun and ends on its own.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const stopping = () => Atomics.load(workerData.stop, 0) === 1;
let db;
let answer = { stopped: true };
try {
  if (!stopping()) {
    const Database = require(workerData.sqlite);
    db = new Database(workerData.file, { readonly: true, fileMustExist: true });
    db.pragma("cipher = 'sqlcipher'");
    db.pragma('legacy = 4');
    db.pragma('key = ' + workerData.keyPragma);
    if (!stopping()) {
      parentPort.postMessage({ reading: true });
      answer = { found: db.pragma('quick_check(5)').map((r) => r.quick_check) };
    }
  }
} catch (error) {
  answer = { error: { code: error.code, message: error.message } };
}
try {
  if (db) db.close();
} catch {}
parentPort.postMessage(answer);`;

/**
 * Where better-sqlite3 is, for the worker to load the same build: CommonJS (Electron's bundle) or ESM
 * (the browser host's bundle, tsx). The host's ESM bundle has a `require` of esbuild's making that is a
 * function with no `resolve`, so the test is for `require.resolve` itself.
 */
function sqliteModule(): string {
  return typeof require === 'function' && typeof require.resolve === 'function'
    ? require.resolve('better-sqlite3')
    : fileURLToPath(import.meta.resolve('better-sqlite3'));
}

const isDamage = (code: unknown) => typeof code === 'string' && /^SQLITE_(CORRUPT|NOTADB)/.test(code);

/**
 * PRAGMA quick_check on its own read-only connection in a worker thread: it reads every page (at a million
 * submissions, seconds), so it runs while the kiosk already serves instead of before it listens. WAL lets
 * it read a consistent snapshot while the kiosk writes. `stop` ends it early (the store is closing).
 */
export function checkInBackground(
  file: string,
  keyPragma: string,
  /** Called as the check begins to read pages (the test stops it there). */
  onReading: () => void = () => {},
): { result: Promise<IntegrityResult>; stop(): Promise<void> } {
  let worker: Worker;
  const stop = new Int32Array(new SharedArrayBuffer(4));
  try {
    worker = new Worker(WORKER, { eval: true, workerData: { file, keyPragma, sqlite: sqliteModule(), stop } });
  } catch (error) {
    return { result: Promise.resolve({ ok: false, unchecked: String(error) }), stop: async () => {} };
  }
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  const result = new Promise<IntegrityResult>((resolve) => {
    type Answer = { reading?: true; found?: string[]; error?: { code?: string; message: string }; stopped?: true };
    worker.on('message', (message: Answer) => {
      if (message.reading) {
        onReading();
      } else if (message.stopped) {
        resolve({ ok: false, unchecked: 'stopped before it finished' });
      } else if (message.found !== undefined) {
        const { found } = message;
        resolve(
          found.length === 1 && found[0] === 'ok'
            ? { ok: true }
            : { ok: false, damaged: `quick_check: ${found.join('; ')}` },
        );
      } else if (isDamage(message.error?.code)) {
        resolve({ ok: false, damaged: `${message.error!.code}: ${message.error!.message}` });
      } else {
        resolve({ ok: false, unchecked: `${message.error?.code ?? 'error'}: ${message.error?.message}` });
      }
    });
    worker.once('error', (error) => resolve({ ok: false, unchecked: String(error) }));
    worker.once('exit', () => resolve({ ok: false, unchecked: 'stopped before it finished' }));
  });
  return {
    result,
    /**
     * Resolves once the thread, and with it its read connection, is gone: at once if the check has not
     * begun reading pages, otherwise when it has read them (a million submissions: seconds).
     */
    async stop() {
      Atomics.store(stop, 0, 1);
      await exited;
    },
  };
}
