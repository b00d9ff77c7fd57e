import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildHost, hostBundleIsFresh } from '../scripts/build-host.mjs';
import { kioskEnv } from '../scripts/kiosk-env.mjs';
import { FLOOD_LIMITS } from '../test/fixtures/floodLimits';

/** Scratch space on the same disk as the project (bench/tmp is ignored by git). */
const TMP = resolve('bench/tmp');

/** This run's own folder in it: a run removes only its own, never another run's data or files. */
export const RUN_TMP = join(TMP, `run-${process.pid}`);

export function scratchDir(name: string): string {
  mkdirSync(RUN_TMP, { recursive: true });
  return mkdtempSync(join(RUN_TMP, `${name}-`));
}

export interface HostProcess {
  url: string;
  pid: number;
  child: ChildProcess;
  /** Milliseconds from spawn to the "listening" line. */
  listeningMs: number;
  /** The inspector's WebSocket address, when started by startInspectableHost. */
  inspectorUrl?: string;
  stop(): Promise<void>;
}

/**
 * Builds the host's bundle now if a source changed since it was built. Otherwise `scripts/serve.mjs`
 * builds it inside the host, which then carries esbuild in its memory (7 MB more RSS and 1 MB more
 * external memory in one run here, part of it shed later): a host that no kiosk runs for long, and
 * steps in the memory figures that are not the sessions' doing.
 */
export async function freshHostBundle(): Promise<void> {
  if (!hostBundleIsFresh()) await buildHost();
}

/** The browser host as `npm run serve` runs it (its prebuilt bundle), or another entry (a `.ts` one under tsx). */
export function startHost(dataDir: string, entry = 'scripts/serve.mjs', timeoutMs = 60_000): Promise<HostProcess> {
  return spawnHost(dataDir, entry, timeoutMs, false);
}

/**
 * The host with Node's inspector on a free local port (`--inspect=127.0.0.1:0`), so the benchmark
 * can collect its garbage before reading its memory. Only for the memory figures: an inspector
 * costs a little memory and start-up time that the other figures should not carry.
 */
export function startInspectableHost(dataDir: string, entry = 'scripts/serve.mjs'): Promise<HostProcess> {
  return spawnHost(dataDir, entry, 60_000, true);
}

const HOST_URL = /Linli browser host: (http:\/\/127\.0\.0\.1:\d+\/)/;
const INSPECTOR_URL = /Debugger listening on (ws:\/\/\S+)/;

/**
 * The benchmark plays many residents at machine speed from one address: the
 * limits for residents' channels are raised, so it measures the store and the
 * pages, not the throttle (which has tests of its own). Its residents file the
 * same complaint again and again: "me too" is off, as for the end-to-end tests'
 * shared hosts, or its offer to join the first would stand in every later
 * session's way (the dialog and voice sections waited for a receipt that never
 * came once it was on by default).
 */
function allowFloods(dataDir: string): void {
  const config = join(dataDir, 'config.json');
  if (existsSync(config)) return;
  writeFileSync(config, JSON.stringify({ residentLimits: FLOOD_LIMITS, meToo: { days: 0 } }));
}

function spawnHost(dataDir: string, entry: string, timeoutMs: number, inspect: boolean): Promise<HostProcess> {
  allowFloods(dataDir);
  const flags = [...(inspect ? ['--inspect=127.0.0.1:0'] : []), ...(entry.endsWith('.ts') ? ['--import', 'tsx'] : [])];
  const start = performance.now();
  const child = spawn(process.execPath, [...flags, entry, '--port', '0', '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
    // As `npm start` runs it: glibc's arenas limited (scripts/kiosk-env.mjs).
    env: kioskEnv(process.env),
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  return new Promise((resolveHost, reject) => {
    let stderr = '';
    let out = '';
    let listeningMs: number | undefined;
    let started = false;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the host did not start in ${timeoutMs} ms: ${stderr}`));
    }, timeoutMs);
    // The inspector's line comes on stderr and the host's on stdout: two pipes, in either order.
    const ready = () => {
      const url = HOST_URL.exec(out)?.[1];
      const inspectorUrl = INSPECTOR_URL.exec(stderr)?.[1];
      if (started || url === undefined || listeningMs === undefined || (inspect && inspectorUrl === undefined)) return;
      started = true;
      clearTimeout(timer);
      child.stdout!.removeAllListeners('data');
      child.stdout!.resume();
      resolveHost({
        url,
        pid: child.pid!,
        child,
        listeningMs,
        ...(inspectorUrl === undefined ? {} : { inspectorUrl }),
        async stop() {
          child.kill('SIGTERM');
          const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
          await exited;
          clearTimeout(killer);
        },
      });
    };
    child.stderr!.on('data', (c: Buffer) => {
      stderr += c.toString();
      ready();
    });
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      if (listeningMs === undefined && HOST_URL.test(out)) listeningMs = performance.now() - start;
      ready();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the host exited (${code}) before listening: ${stderr}`));
    });
  });
}

/** Resident set size of a process, in MB (Linux). */
export function rssMb(pid: number): number {
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kb) / 1024;
}

/** A process's peak resident set size so far (VmHWM), in MB (Linux). */
export function peakRssMb(pid: number): number {
  const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kb) / 1024;
}

/** The CPU time (user + system) a process has used so far, in ms (Linux, /proc/PID/stat in clock ticks of 10 ms). */
export function cpuMs(pid: number): number {
  // The fields after the command's name (which may hold spaces) start with the state: utime and stime are 12th and 13th.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}
