// Types for typecheck.mjs, which plain Node runs (Node 20 cannot run TypeScript).
export const TYPE_CONFIGS: readonly { config: string; admits: string }[];

export function typecheck(options?: {
  configs?: readonly { config: string; admits: string }[];
  log?: (line: string) => void;
}): Promise<string[]>;

/** The path of the tsc that typecheck() runs (TypeScript 7's). */
export const TSC: string;

/** Runs `tsc --noEmit -p <config>` in `cwd` (the project by default); resolves to its exit code and output. */
export function compile(config: string, cwd?: string): Promise<{ code: number; output: string }>;
