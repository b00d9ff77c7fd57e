import { describe, expect, it } from 'vitest';
import { hashPin, verifyPin } from '../../../../main/staff/pinHash';

describe('PIN hashing', () => {
  it('stores a salted scrypt hash, never the PIN', async () => {
    const [a, b] = await Promise.all([hashPin('246810'), hashPin('246810')]);
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(a).not.toContain('246810');
    expect(a).not.toBe(b);
  });

  it('accepts the PIN and nothing else', async () => {
    const hash = await hashPin('246810');
    expect(await verifyPin('246810', hash)).toBe(true);
    expect(await verifyPin('246811', hash)).toBe(false);
    expect(await verifyPin('24681', hash)).toBe(false);
  });

  it('matches nothing against a damaged hash', async () => {
    expect(await verifyPin('1234', 'scrypt$x$8$1$AAAA$BBBB')).toBe(false);
    expect(await verifyPin('1234', 'plain:1234')).toBe(false);
    const hash = await hashPin('1234');
    expect(await verifyPin('1234', hash.slice(0, -8))).toBe(false);
  });
});
