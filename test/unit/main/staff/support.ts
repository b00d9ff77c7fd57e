import { randomBytes, scryptSync } from 'node:crypto';
import { createStaffDirectory } from '../../../../main/staff/staffDirectory';
import type { Store } from '../../../../main/store/store';

/** The staff of a test's store; the shared PIN stands for "管理员", the config's default. */
export const directoryOf = (store: Store) =>
  createStaffDirectory({
    accounts: store.staffAccounts,
    settings: store.settings,
    audit: store.audit,
    adminName: '管理员',
  });

/**
 * The shared PIN's hash as pinHash.ts writes it (`scrypt$N$r$p$salt$hash`), made at N = 2^10 instead of
 * 2^15. verifyPin takes the cost from the stored hash, so signing in against it is the real check at a
 * thirty-second of the CPU: for tests that try many PINs to prove something else (pinHash.test.ts holds
 * the real cost). A change of format fails every sign-in of those tests.
 */
export function quickPinHash(pin: string): string {
  const cost = { N: 2 ** 10, r: 8, p: 1 };
  const salt = randomBytes(16);
  const key = scryptSync(pin.normalize('NFKC'), salt, 32, cost);
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64'), key.toString('base64')].join('$');
}
