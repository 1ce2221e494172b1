import type { BuildOptions } from 'esbuild';

export const MAIN_EXTERNALS: string[];
export function electronBundles(root?: string): {
  main: BuildOptions;
  preload: BuildOptions;
  projectorPreload: BuildOptions;
};
