import { initial } from './0010-initial';
import type { Migration } from './migration';

/** Every migration, in order; add new ones at the end, numbered in tens. */
export const MIGRATIONS: readonly Migration[] = [initial];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.at(-1)!.version;
