// Types for build-host.mjs, which plain Node runs (Node 20 cannot run TypeScript).
export const HOST_BUNDLE: string;

export function buildHost(options?: { outfile?: string }): Promise<string>;

export function hostBundleIsFresh(bundle?: string): boolean;
