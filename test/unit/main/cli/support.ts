import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import type { Draft } from '../../../../app/domain/submission';
import { runAdmin } from '../../../../main/cli/runAdmin';
import { openKiosk } from '../../../../main/compose';
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

/** `npx tsx <script> …` from the repository root, as npm runs it, with stdin piped (not a terminal). */
export function runTsx(
  script: string,
  args: string[],
  { input = '', env = {} }: { input?: string; env?: Record<string, string> } = {},
): CliResult {
  const result = spawnSync(process.execPath, [TSX, script, ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** `npm run -s admin -- …` as staff run it; LINLI_DATA_DIR is cleared so that only `--data-dir` names the folder. */
export function runAdminProcess(
  args: string[],
  { input = '', env = {} }: { input?: string; env?: Record<string, string> } = {},
): CliResult {
  return runTsx('main/cli/admin.ts', args, { input, env: { LINLI_DATA_DIR: '', ...env } });
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
