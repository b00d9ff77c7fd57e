// Types for build-electron.mjs, which plain Node runs (Node 20 cannot run TypeScript).
export function buildElectron(options?: {
  outdir?: string;
  forScanner?: boolean;
}): Promise<{ main: string; preload: string }>;
