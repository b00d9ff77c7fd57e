// Types for electron-check.mjs, which plain Node runs (Node 20 cannot run TypeScript).
export type ElectronBlocker = { reason: 'no-display' | 'no-binary'; message: string };

export function findElectronBinary(electronDir: string): string | null;

export function electronBlocker(machine: {
  platform: string;
  env: Record<string, string | undefined>;
  binary: string | null;
}): ElectronBlocker | null;
