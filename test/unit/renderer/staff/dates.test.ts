import { describe, expect, it } from 'vitest';
import { timeOfDay, toMinute, toSecond } from '../../../../renderer/staff/dates';

describe('timestamps in the staff console', () => {
  const stored = '2026-12-02T17:52:11.123+08:00';

  it('shows the date and time to the second, to the minute, or the time of day alone', () => {
    expect(toSecond(stored)).toBe('2026-12-02 17:52:11');
    expect(toMinute(stored)).toBe('2026-12-02 17:52');
    expect(timeOfDay(stored)).toBe('17:52');
  });
});
