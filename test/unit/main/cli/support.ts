import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import type { Draft } from '../../../../app/domain/submission';
import { runAdmin } from '../../../../main/cli/runAdmin';
import { openKiosk } from '../../../../main/compose';
import { bundleOf, PROGRAMS } from '../../../globalSetup/programs';
import { callContext } from '../support';

const ROOT = join(import.meta.dirname, '../../../..');
const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

function sink() {
  let text = '';
  const stream = new Writable({
    write(chunk, _encoding, done) {
      text += chunk;
      done();
    },
  });
  return { stream, text: () => text };
}

/** The admin CLI in this process, with stdin piped (not a terminal). */
export async function runAdminHere(args: string[], input = ''): Promise<CliResult> {
  const stdout = sink();
  const stderr = sink();
  const stdin = Object.assign(Readable.from([input]), { isTTY: false }) as unknown as NodeJS.ReadStream;
  const code = await runAdmin(args, { stdout: stdout.stream, stderr: stderr.stream, stdin });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/**
 * `npm run -s <name> -- …` from the repository root, with stdin piped (not a terminal): the CLI's
 * entry bundled once for the run (test/globalSetup/commands.ts) and run by plain `node`, which
 * starts it faster than tsx. `viaTsx` runs the entry through tsx, as package.json's script does:
 * one test of each CLI does, so the script itself stays proved.
 */
export function runCli(
  name: 'admin' | 'intent',
  args: string[],
  { input = '', env = {}, viaTsx = false }: { input?: string; env?: Record<string, string>; viaTsx?: boolean } = {},
): CliResult {
  const program = viaTsx ? [TSX, PROGRAMS[name]] : [bundleOf(name)];
  const result = spawnSync(process.execPath, [...program, ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** What `npm run <name>` runs, from package.json. */
export const npmScript = (name: string): string =>
  JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts[name];

/** `npm run -s admin -- …` as staff run it; LINLI_DATA_DIR is cleared so that only `--data-dir` names the folder. */
export function runAdminProcess(args: string[], { env = {}, ...options }: Parameters<typeof runCli>[2] = {}) {
  return runCli('admin', args, { ...options, env: { LINLI_DATA_DIR: '', ...env } });
}

/** Submits the drafts, in order, through a kiosk on `dataDir` that is closed again; answers their references. */
export async function submitAll(dataDir: string, drafts: Draft[]): Promise<string[]> {
  const kiosk = openKiosk({ dataDir });
  try {
    const refs: string[] = [];
    for (const d of drafts) refs.push(((await kiosk.handlers.submit(d, callContext())) as { ref: string }).ref);
    return refs;
  } finally {
    kiosk.close();
  }
}
