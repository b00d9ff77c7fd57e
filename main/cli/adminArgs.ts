import { parseArgs } from 'node:util';
import { EXPORT_FORMATS, type ExportFormat } from '../../app/contract/kioskApi';
import { STAFF_ROLES, type StaffRole } from '../../app/domain/staffRoles';
import { STATUSES, type Status } from '../../app/domain/status';
import { localIso } from '../clock';

export const USAGE = `usage: npm run -s admin -- <command> [options] [--data-dir DIR] [--config FILE]

commands:
  set-pin                        set the staff PIN (4-12 digits; read from stdin when it is not a terminal)
  unlock                         clear every source's wait after wrong PINs (also in a running kiosk)
  add-staff --name NAME --role staff|admin   a named staff account with its own PIN (read as set-pin
                                 reads it; unique in the centre); admins also manage retention and accounts
  list-staff                     the staff accounts, with their roles (never a PIN)
  disable-staff --name NAME      the account can no longer sign in; the audit log keeps its name
  reset-pin --name NAME          a new PIN for the account (read as set-pin reads it)
  list [--status S] [--limit N]  submissions, newest first
  export --format csv|json|open311 --out FILE|- [--status S] [--from DATE] [--to DATE]
  purge [--closed-older-than DAYS] [--yes]     remove name, phone, description and location of
                                 submissions closed more than DAYS days ago (default: the config's
                                 retention.closedDays, 180); the rest is kept for the counts
  purge (--before DATE | --status S) [--yes]   delete submissions for good
  backup --out FILE              a consistent copy of the database
  outbox [--retry REF]           forwarding to the city: what is not sent yet; --retry sends an
                                 uncertain one again (check with the city first that it lacks it)
  prerender-speech [--dry-run]   synthesize every fixed prompt with Azure into DIR/speech-cache
                                 (skips those already there); --dry-run lists what it would render

DATE is YYYY-MM-DD (local midnight) or an ISO 8601 date-time with offset.
The data folder is --data-dir, else $LINLI_DATA_DIR, else ./.data.`;

/** A mistake in how the command was called: usage on stderr, exit status 2. */
export class UsageError extends Error {}

const COMMANDS = {
  'set-pin': [],
  unlock: [],
  'add-staff': ['name', 'role'],
  'list-staff': [],
  'disable-staff': ['name'],
  'reset-pin': ['name'],
  list: ['status', 'limit'],
  export: ['format', 'out', 'status', 'from', 'to'],
  purge: ['before', 'status', 'yes', 'closed-older-than'],
  backup: ['out'],
  outbox: ['retry'],
  'prerender-speech': ['dry-run'],
} as const;

export type CommandName = keyof typeof COMMANDS;

export interface AdminArgs {
  command: CommandName;
  dataDir: string | undefined;
  configPath: string | undefined;
  status: Status | undefined;
  limit: number;
  format: ExportFormat | undefined;
  out: string | undefined;
  from: string | undefined;
  to: string | undefined;
  before: string | undefined;
  /** purge: remove personal details of submissions closed more than this many days ago. */
  closedOlderThan: number | undefined;
  /** outbox: the reference number of an entry to send again. */
  retry: string | undefined;
  yes: boolean;
  /** prerender-speech: list what would be rendered, render nothing. */
  dryRun: boolean;
  /** add-staff, disable-staff, reset-pin: whose account. */
  name: string | undefined;
  /** add-staff: what they may do. */
  role: StaffRole | undefined;
}

const isCommand = (name: string | undefined): name is CommandName =>
  name !== undefined && Object.hasOwn(COMMANDS, name);

/** `2026-11-26` → local midnight; a full date-time keeps its own offset. */
export function parseDate(text: string, option: string): string {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const date = day ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])) : new Date(text);
  const valid = day ? date.getDate() === Number(day[3]) : /^\d{4}-\d{2}-\d{2}T/.test(text);
  if (!valid || Number.isNaN(date.getTime())) throw new UsageError(`--${option} must be a date such as 2026-11-26`);
  return localIso(date);
}

function oneOf<T extends string>(values: readonly T[], text: string | undefined, option: string): T | undefined {
  if (text === undefined || (values as readonly string[]).includes(text)) return text as T | undefined;
  throw new UsageError(`--${option} must be one of ${values.join(', ')}`);
}

export function parseAdminArgs(argv: string[]): AdminArgs {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const [command, ...extra] = positionals;
  if (!isCommand(command)) throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
  const allowed: readonly string[] = [...COMMANDS[command], 'data-dir', 'config'];
  const stray = Object.keys(values).find((name) => !allowed.includes(name));
  if (stray !== undefined) throw new UsageError(`${command} does not take --${stray}`);

  const limit = values.limit === undefined ? 50 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError('--limit must be a whole number from 1');
  const args: AdminArgs = {
    command,
    dataDir: values['data-dir'],
    configPath: values.config,
    status: oneOf(STATUSES, values.status, 'status'),
    limit,
    format: oneOf(EXPORT_FORMATS, values.format, 'format'),
    out: values.out,
    from: values.from === undefined ? undefined : parseDate(values.from, 'from'),
    to: values.to === undefined ? undefined : parseDate(values.to, 'to'),
    before: values.before === undefined ? undefined : parseDate(values.before, 'before'),
    closedOlderThan: days(values['closed-older-than']),
    retry: values.retry,
    yes: values.yes ?? false,
    dryRun: values['dry-run'] ?? false,
    name: values.name,
    role: oneOf(STAFF_ROLES, values.role, 'role'),
  };
  requireFor(args);
  return args;
}

function days(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < 1 || n > 3650)
    throw new UsageError('--closed-older-than must be a number of days from 1 to 3650');
  return n;
}

function requireFor(args: AdminArgs): void {
  if (args.command === 'export' && args.format === undefined) throw new UsageError('export needs --format');
  if ((args.command === 'export' || args.command === 'backup') && args.out === undefined) {
    throw new UsageError(
      `${args.command} needs --out FILE${args.command === 'export' ? ' (or --out - for stdout)' : ''}`,
    );
  }
  if (['add-staff', 'disable-staff', 'reset-pin'].includes(args.command) && (args.name ?? '').trim() === '') {
    throw new UsageError(`${args.command} needs --name NAME (the person's name, as list-staff shows it)`);
  }
  if (args.command === 'add-staff' && args.role === undefined) {
    throw new UsageError('add-staff needs --role staff or --role admin');
  }
  if (args.command === 'backup' && args.out === '-') throw new UsageError('backup needs a file, not stdout');
  const deletes = args.before !== undefined || args.status !== undefined;
  if (args.command === 'purge' && deletes && args.closedOlderThan !== undefined) {
    throw new UsageError(
      'purge takes either --closed-older-than (removes personal details) or --before/--status (deletes), not both',
    );
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      'data-dir': { type: 'string' },
      config: { type: 'string' },
      status: { type: 'string' },
      limit: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      before: { type: 'string' },
      'closed-older-than': { type: 'string' },
      retry: { type: 'string' },
      yes: { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      name: { type: 'string' },
      role: { type: 'string' },
    },
  });
}
