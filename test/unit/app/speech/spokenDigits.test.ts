import { describe, expect, it } from 'vitest';
import { spokenDigits, spokenDigitsSlowly } from '../../../../app/speech/spokenDigits';

describe('spokenDigits', () => {
  it('reads a reference in Mandarin digit by digit, in its two groups, 1 as 幺', () => {
    expect(spokenDigits('5881775', 'zh-CN', 'reference')).toBe('五八八，幺七七五');
  });

  it('reads a mobile number in Mandarin in the groups people say: 3, 4, 4', () => {
    expect(spokenDigits('13912345678', 'zh-CN', 'phone')).toBe('幺三九，幺二三四，五六七八');
    expect(spokenDigits('02164871230', 'zh-CN', 'phone')).toBe('零二幺六，四八七幺，二三零');
  });

  it('reads in Cantonese digits, 1 as 一', () => {
    expect(spokenDigits('5881775', 'zh-HK', 'reference')).toBe('五八八，一七七五');
    expect(spokenDigits('91234567', 'zh-HK', 'phone')).toBe('九一二三，四五六七');
  });

  it('reads English digit by digit, never as a quantity', () => {
    expect(spokenDigits('5881775', 'en', 'reference')).toBe('five eight eight, one seven seven five');
    expect(spokenDigits('13912345678', 'en', 'phone')).toBe('one three nine, one two three four, five six seven eight');
    expect(spokenDigits('5881775', 'en', 'reference')).not.toMatch(/hundred|thousand|eighty/);
  });

  it('reads a number without grouping as one run, and leaves out anything but digits', () => {
    expect(spokenDigits('1775', 'zh-CN')).toBe('幺七七五');
    expect(spokenDigits('588 1775', 'en')).toBe('five eight eight one seven seven five');
  });

  it('reads slowly with a breath after every digit', () => {
    expect(spokenDigitsSlowly('5881775', 'zh-CN')).toBe('五，八，八，幺，七，七，五');
    expect(spokenDigitsSlowly('5881775', 'zh-HK')).toBe('五，八，八，一，七，七，五');
    expect(spokenDigitsSlowly('588', 'en')).toBe('five, eight, eight');
  });
});
