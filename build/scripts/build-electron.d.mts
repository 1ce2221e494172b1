import type { BuildOptions } from 'esbuild';

export const MAIN_EXTERNALS: string[];
export const FILE_WORKER_BUNDLE: string;
export function electronBundles(root?: string): {
  main: BuildOptions;
  fileWorker: BuildOptions;
  preload: BuildOptions;
  projectorPreload: BuildOptions;
};
