// Types for typecheck.mjs, which plain Node runs (Node 20 cannot run TypeScript).
export const TYPE_CONFIGS: readonly { config: string; admits: string }[];

export function typecheck(options?: {
  configs?: readonly { config: string; admits: string }[];
  log?: (line: string) => void;
}): Promise<string[]>;
