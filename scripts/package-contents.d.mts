// Types for package-contents.mjs, which plain Node runs (Node 20 cannot run TypeScript).
export function appFiles(base?: string): { path: string; size: number }[];

export function productionModules(base?: string): Promise<{ name: string; version: string; size: number }[]>;

export function unbundledPackages(bundles: string[]): string[];

export function unusedDependencies(
  packageJson: { dependencies?: Record<string, string> },
  unbundled: string[],
): string[];

export function dependencyClosure(
  lock: { packages: Record<string, { dependencies?: Record<string, string> }> },
  names: string[],
): Set<string>;

export function unbundledByTheBuild(): Promise<string[]>;
