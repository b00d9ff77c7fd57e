import { Agent } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../unit/main/support';
import {
  allowFloods,
  asDraft,
  callApi,
  type HostProcess,
  LONG,
  mismatches,
  readBack,
  type SentDraft,
  startHostProcess,
  uniqueDraft,
} from './support';

const CLIENTS = 50;
/** A minute of load in the long run (LINLI_LONG_FAULTS=1); 10 s keeps CI quick. */
const DURATION_MS = LONG ? 60_000 : 10_000;

describe(`${CLIENTS} clients submit at once for ${DURATION_MS / 1000} s`, () => {
  const { dir, cleanup } = tempDir();
  let host: HostProcess;
  const acknowledged = new Map<string, SentDraft>();
  const failures: string[] = [];
  let attempts = 0;

  beforeAll(async () => {
    allowFloods(dir);
    host = await startHostProcess(dir);
    // One connection per client, kept alive, as 50 kiosks' browsers would hold.
    const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
    const deadline = Date.now() + DURATION_MS;
    const client = async (id: number) => {
      for (let seq = 0; seq < 1_000_000 && Date.now() < deadline; seq++) {
        const draft = uniqueDraft(id, seq);
        attempts++;
        try {
          const answer = await callApi(host.url, 'submit', asDraft(draft), { agent, timeoutMs: 15_000 });
          if (answer.status !== 200) {
            failures.push(`client ${id}: HTTP ${answer.status} ${answer.text}`);
            continue;
          }
          const { ref } = answer.json() as { ref: string };
          if (acknowledged.has(ref)) failures.push(`reference ${ref} given twice`);
          acknowledged.set(ref, draft);
        } catch (error) {
          failures.push(`client ${id}: ${String(error)}`);
        }
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, (_, i) => client(i)));
    agent.destroy();
    host.child.kill('SIGTERM');
    await host.exited;
  }, DURATION_MS + 120_000);
  afterAll(() => cleanup());

  it('acknowledged every submission, each with its own reference number', () => {
    expect(failures).toEqual([]);
    expect(acknowledged.size).toBe(attempts);
    expect(acknowledged.size).toBeGreaterThan(CLIENTS);
  });

  it('stored each exactly once, none lost, none extra, none mixed up with another client’s', () => {
    const { byRef, integrity } = readBack(dir);
    expect(integrity).toBe('ok');
    expect(byRef.size).toBe(acknowledged.size);
    const problems = [...acknowledged].flatMap(([ref, draft]) => {
      const stored = byRef.get(ref);
      return stored === undefined ? [`${ref} lost`] : mismatches(stored, draft);
    });
    expect(problems).toEqual([]);
  });
});
