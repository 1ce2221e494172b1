// Bundles the Electron main process, the file worker thread it starts (db/workers/) and the two preloads
// (console, projector) into dist/electron/. Native and large modules stay
// external in main (they ship in node_modules inside the app, where electron-builder rebuilds the native
// one for Electron). The preload runs sandboxed, where only 'electron' can be required, so everything
// else is bundled into it and a Node built-in import fails the build instead of the window.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export const MAIN_EXTERNALS = ['electron', 'better-sqlite3-multiple-ciphers', 'exceljs', '@resvg/resvg-wasm'];

/** The file worker's bundle, beside main.cjs; main finds it by this name (db/workers/run-in-worker.ts). */
export const FILE_WORKER_BUNDLE = 'file-worker.cjs';

/** The esbuild options of both bundles; the unit tests build with these too. */
export function electronBundles(root = repoRoot) {
  const outDir = path.join(root, 'dist', 'electron');
  // Targets are a floor, not Electron's exact versions (its Node and Chromium are newer): syntax at or
  // below them passes through untouched.
  const common = {
    bundle: true,
    format: 'cjs',
    // Like the renderer build: no source maps inside the installer; the main bundle is not minified anyway.
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'warning',
    absWorkingDir: root,
  };
  return {
    main: {
      ...common,
      entryPoints: [path.join(root, 'electron', 'main.ts')],
      outfile: path.join(outDir, 'main.cjs'),
      platform: 'node',
      target: 'node20',
      external: MAIN_EXTERNALS,
      define: { FILE_WORKER_BUNDLE: JSON.stringify(FILE_WORKER_BUNDLE) },
    },
    // Reads and writes whole files off the main process's event loop; the same externals as main.
    fileWorker: {
      ...common,
      entryPoints: [path.join(root, 'db', 'workers', 'file-worker.ts')],
      outfile: path.join(outDir, FILE_WORKER_BUNDLE),
      platform: 'node',
      target: 'node20',
      external: MAIN_EXTERNALS,
      define: { FILE_WORKER_BUNDLE: JSON.stringify(FILE_WORKER_BUNDLE) },
    },
    preload: {
      ...common,
      entryPoints: [path.join(root, 'electron', 'preload.ts')],
      outfile: path.join(outDir, 'preload.cjs'),
      platform: 'browser',
      target: 'chrome120',
      // It carries the contract's zod schemas (for the method list) and is parsed on every page load.
      minify: true,
      external: ['electron'],
    },
    // The projector window's preload: the same sandbox rules, only present.view (electron/preload-projector.ts).
    projectorPreload: {
      ...common,
      entryPoints: [path.join(root, 'electron', 'preload-projector.ts')],
      outfile: path.join(outDir, 'preload-projector.cjs'),
      platform: 'browser',
      target: 'chrome120',
      minify: true,
      external: ['electron'],
    },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const bundles = electronBundles();
  await Promise.all([
    build(bundles.main),
    build(bundles.fileWorker),
    build(bundles.preload),
    build(bundles.projectorPreload),
  ]);
  console.log(`dist/electron/main.cjs、${FILE_WORKER_BUNDLE}、preload.cjs と preload-projector.cjs を作成しました。`);
}
