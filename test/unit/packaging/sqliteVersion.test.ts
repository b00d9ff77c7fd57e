import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

/**
 * better-sqlite3 (here SQLite3 Multiple Ciphers' build of it, under the same name) must stay on major
 * version 12: 13 needs Node 22, and under this project's Node 20 it installs and then crashes the process
 * (a segmentation fault) on first use, which no type check or lint would catch.
 */
describe('the SQLite binding stays on version 12', () => {
  it('is asked for as 12.x in package.json', () => {
    const spec: string = read('package.json').dependencies['better-sqlite3'];
    expect(spec).toMatch(/^npm:better-sqlite3-multiple-ciphers@[\^~]?12\.\d+\.\d+$/);
  });

  it('is locked at 12.x in package-lock.json', () => {
    const locked = read('package-lock.json').packages['node_modules/better-sqlite3'];
    expect(locked.name).toBe('better-sqlite3-multiple-ciphers');
    expect(locked.version).toMatch(/^12\.\d+\.\d+$/);
  });
});
