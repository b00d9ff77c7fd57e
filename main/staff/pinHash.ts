import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto';

/** A staff PIN: 4 to 12 digits (the same rule as `staffLogin`'s schema). */
export const PIN_PATTERN = /^\d{4,12}$/;

// OWASP's scrypt minimum (N=2^17, r=8, p=1) would take ~0.5 s on a kiosk PC; 2^15 keeps sign-in quick,
// and the lockout after a few failures is what stops guessing a short PIN online.
const COST = { N: 2 ** 15, r: 8, p: 1 };
const KEY_LENGTH = 32;
const SALT_LENGTH = 16;

function derive(pin: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  // 128·N·r bytes of memory; give it room above Node's 32 MiB default.
  const maxmem = 256 * (options.N ?? COST.N) * (options.r ?? COST.r);
  return new Promise((resolve, reject) => {
    scrypt(pin.normalize('NFKC'), salt, KEY_LENGTH, { ...options, maxmem }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

/** `scrypt$N$r$p$salt$hash` (base64): the parameters travel with the hash so they can be raised later. */
export async function hashPin(pin: string): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  const key = await derive(pin, salt, COST);
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64'), key.toString('base64')].join('$');
}

/** Whether `pin` matches a stored hash, compared in constant time; a malformed hash matches nothing. */
export async function verifyPin(pin: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || salt === undefined || hash === undefined) return false;
  const expected = Buffer.from(hash, 'base64');
  const options = { N: Number(n), r: Number(r), p: Number(p) };
  if (!Object.values(options).every(Number.isSafeInteger) || expected.length !== KEY_LENGTH) return false;
  const key = await derive(pin, Buffer.from(salt, 'base64'), options);
  return timingSafeEqual(key, expected);
}
