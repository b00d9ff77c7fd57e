// Types for check-layers.mjs, which plain Node runs (Node 20 cannot run TypeScript).
export interface Layer {
  name: string;
  files: string;
  why: string;
  layers: string[];
  packages: string[];
  builtins: boolean;
}

export const LAYERS: readonly Layer[];

export function layerOf(file: string): Layer | undefined;

export function importsOf(
  fileName: string,
  text: string,
): { specifier: string | null; line: number; problem?: string }[];

export function refusal(file: string, layer: Layer, specifier: string | null): string | null;

export function checkLayers(base?: string): string[];
