import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CallContext } from '../../../app/contract/kioskApi';
import type { Draft } from '../../../app/domain/submission';

/** A fresh folder under the system's temp dir, removed by the returned cleanup. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'linli-test-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
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

/** A transport's call context that remembers the session the handlers set. */
export function callContext(staffSession: string | null = null): CallContext & { sessions: (string | null)[] } {
  const ctx = {
    staffSession,
    sessions: [] as (string | null)[],
    setStaffSession(token: string | null) {
      ctx.staffSession = token;
      ctx.sessions.push(token);
    },
  };
  return ctx;
}
