import { Agent } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../unit/main/support';
import {
  allowFloods,
  asDraft,
  callApi,
  type HostProcess,
  killHard,
  LONG,
  mismatches,
  readBack,
  type SentDraft,
  sleep,
  startHostProcess,
  uniqueDraft,
} from './support';

const KILLS = LONG ? 100 : 20;
const CLIENTS = 4;
/** How long the host runs before each kill: random in this range, so kills land at every point of a commit. */
const UPTIME_MS = [30, 400] as const;

/**
 * Crash safety: clients submit continuously while the host process is
 * killed with SIGKILL at random moments and started again. SIGKILL loses
 * the process, not the OS's page cache; a power cut is the `synchronous=FULL`
 * part, which no test on a running machine can show.
 */
describe('the host is killed while residents submit', () => {
  const { dir, cleanup } = tempDir();
  let host: HostProcess | null = null;
  afterAll(async () => {
    if (host) await killHard(host);
    cleanup();
  });

  const acknowledged = new Map<string, SentDraft>();
  const sent = new Map<string, SentDraft>();
  const failures: string[] = [];
  let kills = 0;

  async function client(id: number, until: () => boolean): Promise<void> {
    const agent = new Agent({ keepAlive: false });
    for (let seq = 0; seq < 100_000 && !until(); seq++) {
      const current = host;
      if (current === null) {
        await sleep(20);
        continue;
      }
      const draft = uniqueDraft(id, seq);
      sent.set(draft.description, draft);
      try {
        const answer = await callApi(current.url, 'submit', asDraft(draft), { agent, timeoutMs: 10_000 });
        if (answer.status !== 200) failures.push(`HTTP ${answer.status}: ${answer.text}`);
        else {
          const { ref } = answer.json() as { ref: string };
          if (acknowledged.has(ref)) failures.push(`reference ${ref} acknowledged twice`);
          acknowledged.set(ref, draft);
        }
      } catch {
        // The host died mid-call or is not up yet: this submission was never acknowledged.
        await sleep(10);
      }
    }
    agent.destroy();
  }

  beforeAll(async () => {
    allowFloods(dir);
    let done = false;
    const clients = Array.from({ length: CLIENTS }, (_, i) => client(i, () => done));
    try {
      for (; kills < KILLS; kills++) {
        host = await startHostProcess(dir);
        const [min, max] = UPTIME_MS;
        await sleep(min + Math.random() * (max - min));
        const dying = host;
        host = null;
        await killHard(dying);
      }
      host = await startHostProcess(dir);
      await sleep(300);
    } finally {
      done = true;
      await Promise.all(clients);
      if (host) await killHard(host);
      host = null;
    }
  }, 600_000);

  it(`was killed ${KILLS} times while submissions were acknowledged`, () => {
    expect(kills).toBe(KILLS);
    expect(failures).toEqual([]);
    expect(acknowledged.size).toBeGreaterThan(KILLS);
  });

  it('has every acknowledged submission, intact, and a sound database', () => {
    const { byRef, integrity } = readBack(dir);
    expect(integrity).toBe('ok');
    const missing = [...acknowledged.keys()].filter((ref) => !byRef.has(ref));
    expect(missing).toEqual([]);
    const problems = [...acknowledged].flatMap(([ref, draft]) => mismatches(byRef.get(ref)!, draft));
    expect(problems).toEqual([]);
  });

  it('stored nothing it was not sent, and nothing half: each row is one whole draft', () => {
    const { byRef } = readBack(dir);
    const problems = [...byRef.values()].flatMap((stored) => {
      const draft = sent.get(stored.description);
      return draft === undefined ? [`${stored.ref}: a description no client sent`] : mismatches(stored, draft);
    });
    expect(problems).toEqual([]);
  });
});
