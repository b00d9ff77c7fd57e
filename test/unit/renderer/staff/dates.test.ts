import { describe, expect, it } from 'vitest';
import { timeOfDay, toMinute, toSecond } from '../../../../renderer/staff/dates';

describe('timestamps in the staff console', () => {
  const stored = '2026-12-02T17:52:11.123+08:00';

  it('shows the date and time in the console’s language, to the second, to the minute, or the time alone', () => {
    expect(toSecond(stored, 'zh-CN')).toBe('2026年12月2日 17:52:11');
    expect(toMinute(stored, 'zh-CN')).toBe('2026年12月2日 17:52');
    expect(toMinute(stored, 'en')).toBe('Dec 2, 2026, 17:52');
    expect(toMinute(stored, 'zh-HK')).toBe('2026年12月2日 17:52');
    expect(timeOfDay(stored, 'en')).toBe('17:52');
  });

  it('keeps the kiosk’s wall-clock time, whatever time zone the console is viewed from', () => {
    expect(timeOfDay('2026-12-02T23:59:00-05:00', 'zh-CN')).toBe('23:59');
    expect(toMinute('2026-12-31T00:05:00+14:00', 'en')).toBe('Dec 31, 2026, 00:05');
  });

  it('shows a value that is not a timestamp as it is, rather than hiding it', () => {
    expect(toSecond('yesterday', 'en')).toBe('yesterday');
  });
});
