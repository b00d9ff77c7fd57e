import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Scratch space on the same disk as the project (bench/tmp is ignored by git). */
export const TMP = resolve('bench/tmp');

export function scratchDir(name: string): string {
  mkdirSync(TMP, { recursive: true });
  return mkdtempSync(join(TMP, `${name}-`));
}

export interface HostProcess {
  url: string;
  pid: number;
  child: ChildProcess;
  /** Milliseconds from spawn to the "listening" line. */
  listeningMs: number;
  stop(): Promise<void>;
}

/** The browser host as `npm run serve` runs it (its prebuilt bundle), or another entry (a `.ts` one under tsx). */
export function startHost(dataDir: string, entry = 'scripts/serve.mjs', timeoutMs = 60_000): Promise<HostProcess> {
  const loader = entry.endsWith('.ts') ? ['--import', 'tsx'] : [];
  const start = performance.now();
  const child = spawn(process.execPath, [...loader, entry, '--port', '0', '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => {
    stderr += c.toString();
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  return new Promise((resolveHost, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the host did not start in ${timeoutMs} ms: ${stderr}`));
    }, timeoutMs);
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const url = /Linli browser host: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out)?.[1];
      if (url === undefined) return;
      clearTimeout(timer);
      child.stdout!.removeAllListeners('data');
      child.stdout!.resume();
      resolveHost({
        url,
        pid: child.pid!,
        child,
        listeningMs: performance.now() - start,
        async stop() {
          child.kill('SIGTERM');
          const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
          await exited;
          clearTimeout(killer);
        },
      });
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
