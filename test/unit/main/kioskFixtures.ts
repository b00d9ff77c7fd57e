// A real kiosk (or store) on a real SQLite file in a fresh temp folder, for each
// test of the describe that calls the fixture. Kept apart from ./support.ts so
// that tests of one module do not load the whole composition root.
import { afterEach, beforeEach } from 'vitest';
import { type Kiosk, openKiosk } from '../../../main/compose';
import { dispatch } from '../../../main/services/dispatch';
import { SHARED_PIN_HASH } from '../../../main/staff/staffDirectory';
import { openStore, type Store } from '../../../main/store/store';
import { quickPinHash } from './staff/support';
import { callContext, fakeClock, useTempDir } from './support';

/** The staff PIN `signInStaff()` sets and signs in with. */
const STAFF_PIN = '2468';

export interface KioskUnderTest {
  /** This test's data folder. */
  readonly dir: string;
  clock: ReturnType<typeof fakeClock>;
  /** The kiosk the test talks to; a test that restarts it puts the new one here, and that one is closed after it. */
  kiosk: Kiosk;
  /** Another kiosk on the same folder and clock: a second process, or this one after a restart. */
  open(): Kiosk;
  /** A KioskApi call as a transport makes it: validated by dispatch, with a fresh (resident's) context by default. */
  call(method: string, args: unknown, ctx?: ReturnType<typeof callContext>): Promise<unknown>;
  /** Sets the shared staff PIN (quickPinHash) and signs in; answers the context that holds the session. */
  signInStaff(): Promise<ReturnType<typeof callContext>>;
}

/**
 * For each test: a kiosk on a fresh temp folder and a fake clock, closed before the folder is removed
 * (vitest runs afterEach hooks in reverse order, so useTempDir's, registered first, runs last).
 */
export function useKiosk(): KioskUnderTest {
  const temp = useTempDir();
  const t: KioskUnderTest = {
    get dir() {
      return temp.dir;
    },
    clock: fakeClock(),
    kiosk: undefined as unknown as Kiosk,
    open: () => openKiosk({ dataDir: temp.dir, now: t.clock.now }),
    call: (method, args, ctx = callContext()) => dispatch(t.kiosk.handlers, method, args, ctx),
    async signInStaff() {
      // The shared PIN at a low scrypt cost: signing in is the real check, these tests do it hundreds of
      // times to test something else (the PIN's own tests: test/unit/main/staff).
      t.kiosk.store.settings.set(SHARED_PIN_HASH, quickPinHash(STAFF_PIN));
      const ctx = callContext();
      await t.call('staffLogin', { pin: STAFF_PIN }, ctx);
      return ctx;
    },
  };
  beforeEach(() => {
    t.clock = fakeClock();
    t.kiosk = t.open();
  });
  afterEach(() => t.kiosk.close());
  return t;
}

export interface StoreUnderTest {
  /** This test's data folder. */
  readonly dir: string;
  clock: ReturnType<typeof fakeClock>;
  /** The store the test uses; a test that reopens it puts the new one here, and that one is closed after it. */
  store: Store;
  /** Another store on the same folder and clock, drawing references from `random`. */
  open(random?: () => number): Store;
}

/** For each test: a store on a fresh temp folder and a fake clock, closed before the folder is removed. */
export function useStore(): StoreUnderTest {
  const temp = useTempDir();
  const t: StoreUnderTest = {
    get dir() {
      return temp.dir;
    },
    clock: fakeClock(),
    store: undefined as unknown as Store,
    open: (random = Math.random) => openStore({ dataDir: temp.dir, now: t.clock.now, random }),
  };
  beforeEach(() => {
    t.clock = fakeClock();
    t.store = t.open();
  });
  afterEach(() => t.store.close());
  return t;
}
