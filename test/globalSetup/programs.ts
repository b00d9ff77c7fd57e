// The programs tests start as child processes, bundled once for the run by ./commands.ts.
import path from 'node:path';
import { inject } from 'vitest';

/**
 * The programs, by name: `npm run -s admin` and `npm run -s intent` run `tsx <entry>`; `host` is the
 * browser host's entry, which `npm run serve` runs from its own bundle (scripts/build-host.mjs).
 */
export const PROGRAMS = {
  admin: 'main/cli/admin.ts',
  intent: 'main/cli/intent.ts',
  host: 'main/host/serve.ts',
} as const;
export type ProgramName = keyof typeof PROGRAMS;

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder holding `<name>.mjs`, a bundle of each of PROGRAMS. */
    programBundles: string;
  }
}

/** The bundle of `name`, to run with `node` as tsx would run its entry. */
export const bundleOf = (name: ProgramName): string => path.join(inject('programBundles'), `${name}.mjs`);
