import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { ApiError } from '../../../app/contract/errors';
import type { CallContext } from '../../../app/contract/kioskApi';
import type { Draft } from '../../../app/domain/submission';
import type { NewSubmission } from '../../../main/store/submissions';

/** A fresh folder under the system's temp dir, removed by the returned cleanup. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'linli-test-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A fresh temp folder for each test of the enclosing `describe` (or file), removed after the test.
 * Read `dir` inside tests and hooks: it is a new folder every test. Call it before registering hooks
 * that use the folder: vitest runs afterEach hooks in reverse order, so the folder goes after them.
 */
export function useTempDir(): { readonly dir: string; path: (...parts: string[]) => string } {
  let current: ReturnType<typeof tempDir> | undefined;
  beforeEach(() => {
    current = tempDir();
  });
  afterEach(() => {
    current?.cleanup();
    current = undefined;
  });
  const folder = () => {
    if (current === undefined) throw new Error('the temp folder exists only while a test runs');
    return current.dir;
  };
  return {
    get dir() {
      return folder();
    },
    path: (...parts) => join(folder(), ...parts),
  };
}

/** A clock that moves only when the test says so. */
export function fakeClock(start = '2026-11-26T09:20:00.000+08:00') {
  let time = new Date(start).getTime();
  return {
    now: () => new Date(time),
    advance(ms: number) {
      time += ms;
    },
  };
}

/** A random source that replays the given values, then keeps returning the last. */
export function scriptedRandom(values: number[]): () => number {
  let i = 0;
  return () => values[Math.min(i++, values.length - 1)]!;
}

export function draft(overrides: Partial<Draft> = {}): Draft {
  return {
    kind: 'complaint',
    category: 'cmp.noise',
    description: '楼上邻居半夜噪音',
    location: '3 号楼 502',
    contact: { anonymous: false, name: '王阿姨', phone: '13800138000' },
    language: 'zh-CN',
    inputModes: ['touch', 'voice'],
    ...overrides,
  };
}

/** The noise complaint of `draft()`, as the store takes it. */
export function newSubmission(overrides: Partial<NewSubmission> = {}): NewSubmission {
  return {
    kind: 'complaint',
    category: 'cmp.noise',
    description: '楼上邻居半夜噪音',
    location: '3 号楼 502',
    anonymous: false,
    name: '王阿姨',
    phone: '13800138000',
    language: 'zh-CN',
    inputModes: ['touch', 'voice'],
    kioskId: 'kiosk-1',
    ...overrides,
  };
}

/** The ApiError a call was refused with; the test fails if the call succeeded or failed in another way. */
export async function refusal(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the call to be refused with an ApiError, but it succeeded');
}

/** A transport's call context that remembers the session the handlers set. */
export function callContext(
  staffSession: string | null = null,
  source = 'ip:127.0.0.1',
): CallContext & { sessions: (string | null)[] } {
  const ctx = {
    staffSession,
    source,
    sessions: [] as (string | null)[],
    setStaffSession(token: string | null) {
      ctx.staffSession = token;
      ctx.sessions.push(token);
    },
  };
  return ctx;
}
