import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createFieldCipher, SealedValueError } from '../../../../main/crypto/fieldCipher';

const key = randomBytes(32);
const cipher = createFieldCipher(key);
const context = 'submissions.phone#1234567';

describe('sealing one personal detail (AES-256-GCM)', () => {
  it('opens what it sealed, in any script', () => {
    for (const text of ['13800138000', '王阿姨', '3 号楼 502', '', 'x'.repeat(4000)]) {
      expect(cipher.open(cipher.seal(text, context), context)).toBe(text);
    }
  });

  it('never shows the text, and seals the same text differently each time (a fresh IV)', () => {
    const a = cipher.seal('13800138000', context);
    const b = cipher.seal('13800138000', context);
    expect(a).not.toContain('13800138000');
    expect(Buffer.from(a.slice(3), 'base64').includes(Buffer.from('13800138000'))).toBe(false);
    expect(a).not.toBe(b);
  });

  it('refuses a value moved to another row or column', () => {
    const sealed = cipher.seal('13800138000', context);
    expect(() => cipher.open(sealed, 'submissions.phone#7654321')).toThrow(SealedValueError);
    expect(() => cipher.open(sealed, 'submissions.name#1234567')).toThrow(SealedValueError);
  });

  it('refuses another key, and a value changed by one bit', () => {
    const sealed = cipher.seal('13800138000', context);
    expect(() => createFieldCipher(randomBytes(32)).open(sealed, context)).toThrow(SealedValueError);
    const bytes = Buffer.from(sealed.slice(3), 'base64');
    bytes[14]! ^= 1;
    expect(() => cipher.open(`g1:${bytes.toString('base64')}`, context)).toThrow(SealedValueError);
  });

  it('refuses plain text where a sealed value belongs', () => {
    expect(() => cipher.open('13800138000', context)).toThrow(SealedValueError);
    expect(() => cipher.open('g1:', context)).toThrow(SealedValueError);
  });

  it('takes only a 256-bit key', () => {
    expect(() => createFieldCipher(randomBytes(16))).toThrow(/32 bytes/);
  });
});
