import { chmodSync, existsSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import type { Kiosk } from '../compose';
import { exportFile } from '../exports/exportFile';
import type { AdminArgs } from './adminArgs';
import { UsageError } from './adminArgs';
import { readNewPin } from './readPin';
import { clip, renderTable } from './table';

const ACTOR = 'admin-cli';

export interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadStream;
}

/** A failure the operator can fix; printed as one line, exit status 1. */
export class AdminError extends Error {}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export async function setPin(kiosk: Kiosk, _args: AdminArgs, io: Io): Promise<void> {
  const pin = await readNewPin(io.stdin);
  const replaced = kiosk.staffAuth.hasPin();
  await kiosk.staffAuth.setPin(pin, ACTOR);
  io.stderr.write(`Staff PIN ${replaced ? 'changed' : 'set'}.\n`);
}

export function list(kiosk: Kiosk, args: AdminArgs, io: Io): void {
  const { items, total } = kiosk.store.submissions.list({ status: args.status }, { limit: args.limit, offset: 0 });
  kiosk.store.audit.record({
    actor: ACTOR,
    action: 'submissions.list',
    detail: { status: args.status, count: items.length },
  });
  if (items.length === 0) {
    io.stdout.write('No submissions.\n');
    return;
  }
  const header = ['id', 'ref', 'created', 'status', 'kind', 'category', 'contact', 'description'];
  const rows = items.map((s) => [
    String(s.id),
    s.ref,
    s.createdAt.slice(0, 16).replace('T', ' '),
    s.status,
    s.kind,
    s.category,
    s.anonymous ? '(anonymous)' : clip([s.name, s.phone].filter(Boolean).join(' '), 24),
    clip(s.description, 40),
  ]);
  const more = total > items.length ? `\n${items.length} of ${total} shown (--limit to see more)` : '';
  io.stdout.write(`${renderTable(header, rows)}${more}\n`);
}

export function exportCommand(kiosk: Kiosk, args: AdminArgs, io: Io): void {
  const filter = { status: args.status, from: args.from, to: args.to };
  const rows = kiosk.store.submissions.listFull(filter);
  const file = exportFile(args.format!, rows, new Date());
  const out = args.out!;
  if (out === '-') io.stdout.write(file.body);
  // Residents' personal details: readable by the kiosk's user only.
  else writeFileSync(out, file.body, { mode: 0o600 });
  kiosk.store.audit.record({
    actor: ACTOR,
    action: 'submissions.export',
    detail: { format: args.format, count: rows.length, filter, out: out === '-' ? 'stdout' : out },
  });
  if (out !== '-') io.stderr.write(`Exported ${plural(rows.length, 'submission')} to ${out}.\n`);
}

async function confirm(question: string, io: Io): Promise<boolean> {
  const rl = createInterface({ input: io.stdin, output: io.stderr });
  try {
    return /^y(es)?$/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
  }
}

export async function purge(kiosk: Kiosk, args: AdminArgs, io: Io): Promise<void> {
  const criteria = { before: args.before, status: args.status };
  const count = kiosk.store.submissions.countPurgeable(criteria);
  const what = [args.before && `created before ${args.before}`, args.status && `with status ${args.status}`].filter(
    Boolean,
  );
  if (count === 0) {
    io.stderr.write(`No submissions ${what.join(' and ')}: nothing to delete.\n`);
    return;
  }
  const summary = `${plural(count, 'submission')} ${what.join(' and ')}`;
  if (!args.yes) {
    if (!io.stdin.isTTY) throw new UsageError(`purge would delete ${summary}: add --yes to confirm`);
    if (!(await confirm(`Delete ${summary} for good? [y/N] `, io))) {
      throw new AdminError('Nothing was deleted.');
    }
  }
  const deleted = kiosk.store.submissions.purge(criteria);
  kiosk.store.audit.record({ actor: ACTOR, action: 'submissions.purge', detail: { ...criteria, count: deleted } });
  io.stderr.write(`Deleted ${plural(deleted, 'submission')}.\n`);
}

export async function backup(kiosk: Kiosk, args: AdminArgs, io: Io): Promise<void> {
  const out = args.out!;
  if (existsSync(out)) throw new AdminError(`${out} already exists: choose a new file name for the backup.`);
  await kiosk.store.backup(out);
  chmodSync(out, 0o600);
  kiosk.store.audit.record({ actor: ACTOR, action: 'store.backup', detail: { out } });
  io.stderr.write(`Backed up the database to ${out}.\n`);
}
