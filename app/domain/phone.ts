/**
 * Phone numbers a resident types on the keypad. Accepted:
 * - mainland mobile: 11 digits starting 1[3-9];
 * - mainland landline with area code: 0, then a 2–3 digit area code, then a
 *   7–8 digit number (10–12 digits in all);
 * - Hong Kong: 8 digits starting 2–9.
 */
export type PhoneKind = 'mobile' | 'landline' | 'hong-kong';

/** Why a number can be refused; each has the locale key `contact.phone.error.<code>`. */
export const PHONE_ERRORS = [
  'empty',
  'not-digits',
  'mobile-length',
  'mobile-prefix',
  'landline-length',
  'hong-kong-prefix',
  'length',
] as const;
export type PhoneError = (typeof PHONE_ERRORS)[number];

export type PhoneCheck = { ok: true; digits: string; kind: PhoneKind } | { ok: false; error: PhoneError };

export const PHONE_MAX_DIGITS = 12;

export function checkPhone(raw: string): PhoneCheck {
  const digits = raw.replace(/[\s-]/g, '');
  if (digits === '') return { ok: false, error: 'empty' };
  if (!/^\d+$/.test(digits)) return { ok: false, error: 'not-digits' };
  if (digits.startsWith('1')) {
    if (digits.length !== 11) return { ok: false, error: 'mobile-length' };
    if (!/^1[3-9]/.test(digits)) return { ok: false, error: 'mobile-prefix' };
    return { ok: true, digits, kind: 'mobile' };
  }
  if (digits.startsWith('0')) {
    if (digits.length < 10 || digits.length > 12) return { ok: false, error: 'landline-length' };
    return { ok: true, digits, kind: 'landline' };
  }
  if (digits.length === 8) {
    if (!/^[2-9]/.test(digits)) return { ok: false, error: 'hong-kong-prefix' };
    return { ok: true, digits, kind: 'hong-kong' };
  }
  return { ok: false, error: 'length' };
}

/** "13812345678" → "138 1234 5678": grouped as people say them. */
export function groupDigits(digits: string): string {
  if (digits.startsWith('1') && digits.length > 3) {
    return [digits.slice(0, 3), digits.slice(3, 7), digits.slice(7)].filter(Boolean).join(' ');
  }
  return digits.replace(/(\d{4})(?=\d)/g, '$1 ');
}
