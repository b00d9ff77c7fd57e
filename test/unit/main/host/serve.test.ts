import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bundleOf } from '../../../globalSetup/programs';
import { tempDir } from '../support';

const ROOT = join(import.meta.dirname, '../../../..');

/** The host's entry (main/host/serve.ts), bundled for the run (test/globalSetup/commands.ts) and run by `node`. */
function serve(args: string[]) {
  const child = spawn(process.execPath, [bundleOf('host'), ...args], { cwd: ROOT });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => {
    stdout += d;
  });
  child.stderr.on('data', (d: Buffer) => {
    stderr += d;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const listening = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', () => {
      if (stdout.includes('\n')) resolve(stdout.trim());
    });
    exited.then(() => reject(new Error(`exited before listening: ${stderr}`)));
  });
  // Tests that expect a failure never wait for `listening`.
  listening.catch(() => undefined);
  return { child, listening, exited, output: () => ({ stdout, stderr }) };
}

describe('npm run serve', () => {
  let dir: string;
  let cleanup: () => void;
  let child: ChildProcess | undefined;
  let blocker: Server | undefined;

  beforeEach(() => {
    ({ dir, cleanup } = tempDir());
  });
  afterEach(() => {
    if (child?.exitCode === null) child.kill('SIGKILL');
    blocker?.close();
    cleanup();
  });

  it('prints where it listens, serves, and closes the store cleanly on SIGTERM', async () => {
    const run = serve(['--port', '0', '--data-dir', dir]);
    child = run.child;
    const line = await run.listening;
    const match = /^Linli browser host: (http:\/\/127\.0\.0\.1:\d+\/) \(staff console: \1staff, data: (.+)\)$/.exec(
      line,
    );
    expect(match, line).not.toBeNull();
    expect(match![2]).toContain(dir);
    const health = await fetch(`${match![1]}healthz`);
    expect(await health.json()).toEqual({ ok: true });
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    // A cleanly closed WAL database leaves no -wal file behind.
    expect(existsSync(join(dir, 'linli.sqlite'))).toBe(true);
    expect(existsSync(join(dir, 'linli.sqlite-wal'))).toBe(false);
  });

  it('exits non-zero with one clear line when the port is in use', async () => {
    blocker = createServer();
    await new Promise<void>((resolve) => blocker!.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as { port: number };
    const run = serve(['--port', String(port), '--data-dir', dir]);
    child = run.child;
    expect(await run.exited).toBe(1);
    expect(run.output().stderr.trim()).toBe(
      `Linli browser host: port ${port} on 127.0.0.1 is already in use (choose another with --port)`,
    );
  });

  it('exits non-zero naming the field on a config error', async () => {
    const config = join(dir, 'centre.json');
    writeFileSync(config, JSON.stringify({ timing: { warningSeconds: 5 } }));
    const run = serve(['--port', '0', '--data-dir', dir, '--config', config]);
    child = run.child;
    expect(await run.exited).toBe(1);
    expect(run.output().stderr.trim()).toBe(
      `Linli browser host: ${config}: timing.warningSeconds: must be at least 20`,
    );
  });
});
