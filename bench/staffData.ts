import { cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type Database from 'better-sqlite3';
import { localIso } from '../main/clock';
import { openKiosk } from '../main/compose';
import { LATEST_SCHEMA_VERSION } from '../main/store/migrations';
import { DIGITS_OF, dayOf } from '../main/store/migrations/0150-submission-counts';

export const PIN = '246810';
const DAY = 24 * 3600 * 1000;
/** Bumped whenever what `fill` writes changes, so a cached database of the old rows is not reused. */
const GENERATOR_VERSION = 4;
/** Filled databases kept between runs (bench/tmp is ignored by git; a run's own folder is not this one). */
const CACHE = resolve('bench/tmp/cache');

const KINDS = [
  ['complaint', ['cmp.noise', 'cmp.property', 'cmp.sanitation', 'cmp.facilities', 'cmp.neighbour']],
  ['service', ['svc.social-security', 'svc.health', 'svc.employment', 'svc.legal']],
  ['suggestion', ['sug.elderly', 'sug.environment', 'sug.activities']],
] as const;
/** Common words: each is in about 40 % of the Chinese descriptions (six drawn of twelve). */
const WORDS = ['楼上', '噪音', '电梯', '垃圾', '漏水', '停车', '路灯', '养老金', '体检', '宠物', '装修', '物业费'];
const EN_WORDS = ['leak', 'noise', 'lift', 'rubbish', 'parking', 'streetlight', 'pension', 'checkup', 'pet', 'repairs'];
/** Rare words: one description in about 2,000 holds one of them. */
const RARE = ['井盖', '白蚁', '燃气味', '高空抛物', 'asbestos', 'wasp nest'];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭'];
const GIVEN = ['秀英', '桂英', '建国', '志强', '丽华', '国华', '玉兰', '淑珍', '德明', '海燕', '文杰', '小红'];
const EN_NAMES = ['Mary Chan', 'John Lee', 'Élodie Martin', 'Ahmed Khan', 'Susan Wong', 'Peter Ho'];

/**
 * Statuses by age, as a centre's queue ends up: what came in during the last weeks is still being
 * handled, older cases are mostly closed or resolved, some reopened.
 */
function statusAt(ageDays: number, h: number): string {
  if (ageDays < 3) return h < 0.6 ? 'queued' : h < 0.9 ? 'collected' : 'assigned';
  if (ageDays < 30)
    return h < 0.1 ? 'queued' : h < 0.35 ? 'collected' : h < 0.7 ? 'assigned' : h < 0.85 ? 'forwarded' : 'resolved';
  return h < 0.01 ? 'reopened' : h < 0.03 ? 'assigned' : h < 0.2 ? 'resolved' : 'closed';
}

/** A deterministic hash of (i, salt) in [0, 1): every run writes the same rows. */
function unit(i: number, salt: number): number {
  let x = Math.imul(i ^ Math.imul(salt, 0x9e3779b1), 0x85ebca6b) >>> 0;
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35) >>> 0;
  return ((x ^ (x >>> 16)) >>> 0) / 2 ** 32;
}
const pick = <T>(list: readonly T[], i: number, salt: number): T => list[Math.floor(unit(i, salt) * list.length)]!;

type Row = [string, string, string, string | null, number, string | null, string | null, string, string, string];

/** The row numbered i (0 = oldest): kind, category, description, location, anonymous, name, phone, language, status, created_at. */
function row(i: number, count: number, from: number): Row {
  const at = from + (i * 3 * 365 * DAY) / count;
  const [kind, categories] = KINDS[i % 3]!;
  const english = unit(i, 1) < 0.2;
  const words = Array.from({ length: 6 }, (_, w) => pick(english ? EN_WORDS : WORDS, i, 10 + w));
  const rare = unit(i, 2) < 0.0005 ? pick(RARE, i, 3) : '';
  const description = english
    ? `${words.join(' ')} ${rare}, case ${i}, please help`
    : `${words.join('')}${rare}，第 ${i} 条，请尽快处理`;
  const anonymous = kind !== 'service' && unit(i, 4) < 0.25;
  const name = english ? pick(EN_NAMES, i, 5) : `${pick(SURNAMES, i, 5)}${pick(GIVEN, i, 6)}`;
  const phone = `1${pick(['38', '39', '50', '86', '59'], i, 7)}${String(Math.floor(unit(i, 8) * 1e8)).padStart(8, '0')}`;
  return [
    kind,
    pick(categories, i, 9),
    description,
    kind === 'complaint' ? `${1 + (i % 30)} 号楼 ${100 + (i % 900)}` : null,
    anonymous ? 1 : 0,
    anonymous ? null : name,
    anonymous ? null : phone,
    english ? 'en' : 'zh-CN',
    statusAt((Date.now() - at) / DAY, unit(i, 11)),
    localIso(new Date(at)),
  ];
}

/**
 * `count` submissions over the past three years, each with its history, written as fast as SQLite
 * can: one transaction, one prepared statement, the text index's triggers and the secondary
 * indexes dropped during the insert and made again after it in one pass each (the text index filled
 * by one INSERT … SELECT), so a million take minutes, not the 45 minutes of triggers row by row.
 * References are 8-digit stand-ins numbered in order: real ones have 900,000 possible values, fewer
 * than a million submissions (app/domain/referenceNumber.ts).
 */
export async function fill(dataDir: string, count: number): Promise<number> {
  const kiosk = openKiosk({ dataDir });
  const start = performance.now();
  try {
    const db = kiosk.store.db;
    const from = Date.now() - 3 * 365 * DAY;
    db.pragma('cache_size = -262144');
    db.transaction(() => withoutIndexes(db, () => insertRows(db, count, from)))();
    await kiosk.staffAuth.setPin(PIN, 'bench');
  } finally {
    kiosk.close();
  }
  return performance.now() - start;
}

function insertRows(db: Database.Database, count: number, from: number): void {
  const insert = db.prepare(`
    INSERT INTO submissions (id, ref, kind, category, description, location, anonymous, name, phone,
      language, input_modes, kiosk_id, status, created_at, updated_at, assignee_id)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '["touch"]', 'kiosk-1', ?, ?, ?, ?)`);
  for (let i = 0; i < count; i++) {
    const r = row(i, count, from);
    insert.run(i + 1, String(10_000_000 + i), ...r, r[9], r[8] === 'queued' || r[8] === 'collected' ? null : 0);
  }
  // The history in two statements: when it came in, and where it stands now.
  db.exec(`
    INSERT INTO status_history (submission_id, status, at, by)
    SELECT id, 'queued', created_at, 'kiosk' FROM submissions ORDER BY id;
    INSERT INTO status_history (submission_id, status, at, by)
    SELECT id, status, updated_at, 'bench' FROM submissions WHERE status <> 'queued' ORDER BY id;
  `);
}

/**
 * Runs `write` with the triggers and indexes on submissions and status_history dropped, then makes
 * them again as the schema has them (the text index filled from the table in one statement and marked
 * as holding every row (migration 0160), the counts of migration 0150 from one GROUP BY).
 */
function withoutIndexes(db: Database.Database, write: () => void): void {
  const saved = db
    .prepare<[], { type: string; name: string; sql: string }>(
      `SELECT type, name, sql FROM sqlite_master
       WHERE type IN ('index', 'trigger') AND tbl_name IN ('submissions', 'status_history') AND sql IS NOT NULL`,
    )
    .all();
  for (const { type, name } of saved) db.exec(`DROP ${type.toUpperCase()} "${name}"`);
  write();
  for (const { sql } of saved.filter((s) => s.type === 'index')) db.exec(sql);
  db.exec(`
    INSERT INTO submission_text (rowid, ref, description, location, name, phone)
    SELECT id, linli_grams(ref), linli_grams(description), linli_grams(location), linli_grams(name), linli_grams(phone)
    FROM submissions;
    INSERT INTO submission_digits (digits, submission_id) SELECT d.value, s.id FROM submissions s, json_each(${DIGITS_OF('s')}) d;
    UPDATE submissions_indexed SET id = (SELECT coalesce(max(id), 0) FROM submissions);
  `);
  db.exec(`
    DELETE FROM submission_counts;
    DELETE FROM submission_days;
    INSERT INTO submission_counts (kind, category, status, n)
      SELECT kind, category, status, count(*) FROM submissions GROUP BY kind, category, status;
    INSERT INTO submission_days (day, kind, category, status, n)
      SELECT ${dayOf('created_at')} AS day, kind, category, status, count(*)
      FROM submissions GROUP BY day, kind, category, status;
  `);
  for (const { sql } of saved.filter((s) => s.type === 'trigger')) db.exec(sql);
}

/**
 * A data folder holding `count` submissions: filled once per schema version and generator, kept
 * under bench/tmp/cache, and copied into `dataDir` for each run (a run writes to its copy: a PIN,
 * audit entries). Returns the milliseconds the fill took, or null when the cache served.
 */
export async function filledDataDir(dataDir: string, count: number): Promise<number | null> {
  const cached = join(CACHE, `staff-${count}-schema${LATEST_SCHEMA_VERSION}-gen${GENERATOR_VERSION}`);
  let fillMs: number | null = null;
  if (!existsSync(cached)) {
    const making = `${cached}.making-${process.pid}`;
    rmSync(making, { recursive: true, force: true });
    mkdirSync(making, { recursive: true, mode: 0o700 });
    fillMs = await fill(making, count);
    renameSync(making, cached);
  }
  cpSync(cached, dataDir, { recursive: true });
  return fillMs;
}
