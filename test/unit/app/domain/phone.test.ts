import { describe, expect, it } from 'vitest';
import { checkPhone, groupDigits } from '../../../../app/domain/phone';

describe('phone numbers typed on the keypad', () => {
  it.each([
    ['13812345678', 'mobile'],
    ['19912345678', 'mobile'],
    ['01012345678', 'landline'],
    ['0215555666', 'landline'],
    ['075512345678', 'landline'],
    ['91234567', 'hong-kong'],
    ['2345 6789', 'hong-kong'],
  ])('accepts %s as a %s number', (raw, kind) => {
    expect(checkPhone(raw)).toMatchObject({ ok: true, kind });
  });

  it.each([
    ['', 'empty'],
    ['1381234567a', 'not-digits'],
    ['1381234567', 'mobile-length'],
    ['138123456789', 'mobile-length'],
    ['12812345678', 'mobile-prefix'],
    ['021555', 'landline-length'],
    ['0215555666777', 'landline-length'],
    ['12345678', 'mobile-length'],
    ['01234567', 'landline-length'],
    ['9123456', 'length'],
  ])('refuses %j and says why (%s)', (raw, error) => {
    expect(checkPhone(raw)).toEqual({ ok: false, error });
  });

  it('refuses an 8-digit number that cannot be a Hong Kong one', () => {
    // Hong Kong numbers do not start with 0 or 1; a leading 1 is read as a short mobile number.
    expect(checkPhone('11234567')).toEqual({ ok: false, error: 'mobile-length' });
  });
});

describe('grouping digits', () => {
  it('groups a mobile number 3-4-4 and any other in fours', () => {
    expect(groupDigits('13812345678')).toBe('138 1234 5678');
    expect(groupDigits('0211234567')).toBe('0211 2345 67');
    expect(groupDigits('138')).toBe('138');
  });
});
