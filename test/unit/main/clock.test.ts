import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localIso, startOfLocalDay } from '../../../main/clock';

describe('localIso', () => {
  let savedTz: string | undefined;
  beforeEach(() => {
    savedTz = process.env.TZ;
  });
  afterEach(() => {
    if (savedTz === undefined) delete process.env.TZ;
    else process.env.TZ = savedTz;
  });

  it('writes the local time with its offset, as staff in Shanghai read it', () => {
    process.env.TZ = 'Asia/Shanghai';
    expect(localIso(new Date('2026-11-26T01:20:00.000Z'))).toBe('2026-11-26T09:20:00.000+08:00');
  });

  it('writes a negative offset and the same instant', () => {
    process.env.TZ = 'America/St_Johns';
    const at = new Date('2026-01-15T12:00:00.005Z');
    const text = localIso(at);
    expect(text).toBe('2026-01-15T08:30:00.005-03:30');
    expect(new Date(text).getTime()).toBe(at.getTime());
  });

  it('writes +00:00 rather than Z in UTC', () => {
    process.env.TZ = 'UTC';
    expect(localIso(new Date('2026-06-01T00:00:00.000Z'))).toBe('2026-06-01T00:00:00.000+00:00');
  });

  it('finds local midnight days back', () => {
    process.env.TZ = 'Asia/Shanghai';
    const midnight = startOfLocalDay(new Date('2026-11-26T01:20:00.000Z'), 6);
    expect(localIso(midnight)).toBe('2026-11-20T00:00:00.000+08:00');
  });
});
