import { closeSync, existsSync, writeSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import { isValidReference, normaliseReference } from '../../app/domain/referenceNumber';
import type { Kiosk } from '../compose';
import { csvChunks } from '../exports/csv';
import { exportFile, jsonChunks } from '../exports/exportFile';
import { createCaseExport } from '../services/caseExport';
import { closedPurge, purgeClosed } from '../services/retention';
import { openPrivateFile, writePrivateFile } from '../store/privateFiles';
import type { AdminArgs } from './adminArgs';
import { UsageError } from './adminArgs';
import { readNewPin } from './readPin';
import { clip, plural, renderTable } from './table';

const ACTOR = 'admin-cli';

export interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadStream;
}

/** A failure the operator can fix; printed as one line, exit status 1. */
export class AdminError extends Error {}

export async function setPin(kiosk: Kiosk, _args: AdminArgs, io: Io): Promise<void> {
  const pin = await readNewPin(io.stdin);
  const replaced = kiosk.staffAuth.hasPin();
  await kiosk.staffAuth.setPin(pin, ACTOR);
  io.stderr.write(`Staff PIN ${replaced ? 'changed' : 'set'}.\n`);
}

/** Staff kept waiting after wrong PINs (say, a resident pressed the PIN pad): every source may try again at once. */
export function unlock(kiosk: Kiosk, _args: AdminArgs, io: Io): void {
  kiosk.staffAuth.unlock(ACTOR);
  io.stderr.write('Sign-in waits cleared: staff can sign in again from anywhere.\n');
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
  const out = args.out!;
  const count =
    args.format === 'csv'
      ? streamCsv(kiosk, filter, out, io)
      : args.format === 'json'
        ? streamJson(kiosk, filter, out, io)
        : writeWhole(kiosk, filter, args, io);
  kiosk.store.audit.record({
    actor: ACTOR,
    action: 'submissions.export',
    detail: { format: args.format, count, filter, out: out === '-' ? 'stdout' : out },
  });
  if (out !== '-') io.stderr.write(`Exported ${plural(count, 'submission')} to ${out}.\n`);
}

type ExportFilter = Parameters<Kiosk['store']['submissions']['summaries']>[0];

/** JSON: whole submissions with their history, written a batch at a time as they are read. */
function streamJson(kiosk: Kiosk, filter: ExportFilter, out: string, io: Io): number {
  const cases = createCaseExport({ ...kiosk, now: () => new Date() });
  return writeChunks(jsonChunks(cases.withCaseFields(kiosk.store.submissions.fullInBatches(filter))), out, io);
}

/** Open311: whole submissions with their history, written at once. */
function writeWhole(kiosk: Kiosk, filter: ExportFilter, args: AdminArgs, io: Io): number {
  const rows = [
    ...createCaseExport({ ...kiosk, now: () => new Date() }).withCaseFields(kiosk.store.submissions.listFull(filter)),
  ];
  const file = exportFile(args.format!, rows, new Date());
  if (args.out === '-') io.stdout.write(file.body);
  // Residents' personal details: readable by the kiosk's user only, even over a file that was readable before.
  else writePrivateFile(args.out!, file.body);
  return rows.length;
}

/**
 * CSV: written as the rows are read, a hundred lines at a time, so a million submissions take no more
 * memory than a thousand. The file is private before the first line, as writePrivateFile makes it.
 */
function streamCsv(kiosk: Kiosk, filter: ExportFilter, out: string, io: Io): number {
  const cases = createCaseExport({ ...kiosk, now: () => new Date() });
  return writeChunks(csvChunks(cases.summariesOf(filter)), out, io);
}

/**
 * Writes an export's chunks as they come, to stdout (`-`) or to a file made private before its first
 * line; returns what the writer counted (the submissions written).
 */
function writeChunks(writer: Generator<string, number>, out: string, io: Io): number {
  const fd = out === '-' ? null : openPrivateFile(out);
  try {
    for (let next = writer.next(); ; next = writer.next()) {
      if (next.done) return next.value;
      if (fd === null) io.stdout.write(next.value);
      else writeSync(fd, next.value);
    }
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

async function confirm(question: string, io: Io): Promise<boolean> {
  const rl = createInterface({ input: io.stdin, output: io.stderr });
  try {
    return /^y(es)?$/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
  }
}

/** `purge` without --before or --status: the retention purge (`retention.closedDays`), which keeps the rows. */
async function purgeClosedCommand(kiosk: Kiosk, args: AdminArgs, io: Io): Promise<void> {
  const purge = closedPurge(kiosk.config, () => new Date(), args.closedOlderThan);
  const count = kiosk.store.retention.countClosedBefore(purge.closedBefore);
  const what = `closed more than ${plural(purge.days, 'day')} ago`;
  if (count === 0) {
    io.stderr.write(`No submissions ${what} hold personal details: nothing to remove.\n`);
    return;
  }
  const summary = `the name, phone, description and location of ${plural(count, 'submission')} ${what}`;
  if (!args.yes) {
    if (!io.stdin.isTTY) throw new UsageError(`purge would remove ${summary}: add --yes to confirm`);
    if (!(await confirm(`Remove ${summary} for good? [y/N] `, io))) throw new AdminError('Nothing was removed.');
  }
  const purged = purgeClosed(kiosk.store, purge, ACTOR);
  io.stderr.write(`Removed the personal details of ${plural(purged, 'submission')} ${what}.\n`);
}

export async function purge(kiosk: Kiosk, args: AdminArgs, io: Io): Promise<void> {
  if (args.before === undefined && args.status === undefined) return purgeClosedCommand(kiosk, args, io);
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
  kiosk.store.audit.record({ actor: ACTOR, action: 'store.backup', detail: { out } });
  io.stderr.write(
    `Backed up the database to ${out}.\n` +
      'Personal details in it are encrypted with the data key, which is not in the backup: keep a copy of the ' +
      'key with it, stored apart (README, "Backup and restore"). Without the key they cannot be restored.\n',
  );
}

/** `outbox`: what forwarding has not sent yet and why; `--retry REF` sends an uncertain one again. */
export function outboxCommand(kiosk: Kiosk, args: AdminArgs, io: Io): void {
  const { outbox, submissions, audit } = kiosk.store;
  if (args.retry !== undefined) {
    const ref = normaliseReference(args.retry);
    const found = isValidReference(ref) ? submissions.findByRef(ref) : undefined;
    if (found === undefined) throw new AdminError(`No submission has the reference number ${args.retry}.`);
    if (!outbox.retry(found.id)) {
      const state = outbox.get(found.id)?.state ?? 'not in the outbox';
      throw new AdminError(`${ref} is ${state}: only an uncertain or pending one can be sent again.`);
    }
    audit.record({ actor: ACTOR, action: 'forwarding.retry', detail: { id: found.id, ref } });
    io.stderr.write(`${ref} will be sent to the city at the kiosk's next forwarding tick.\n`);
    return;
  }
  const entries = outbox.unfinished();
  if (entries.length === 0) {
    io.stdout.write('Nothing waiting to be forwarded.\n');
    return;
  }
  const header = ['ref', 'state', 'failures', 'next try', 'last error'];
  const rows = entries.map((e) => [
    e.ref,
    e.state,
    String(e.failures),
    e.nextTryAt?.slice(0, 16).replace('T', ' ') ?? '',
    clip(e.lastError ?? '', 60),
  ]);
  io.stdout.write(`${renderTable(header, rows)}\n`);
}
