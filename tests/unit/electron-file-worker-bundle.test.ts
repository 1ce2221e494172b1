// The Electron app's file worker: bundled beside main.cjs, found there by main, and working as a worker
// thread from the bundle alone (no tsx, no TS sources).
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { electronBundles, FILE_WORKER_BUNDLE, MAIN_EXTERNALS } from '../../build/scripts/build-electron.mjs';
import type { ToMain } from '../../db/workers/protocol';
import { buildMinutes } from '../../shared/meeting/minutes';
import { minutesBenchInput } from '../bench/minutes-bench';

const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);
const builtins = new Set(require('node:module').builtinModules as string[]);
const dir = mkdtempSync(path.join(root, 'dist-test-worker-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const required = (code: string) => [...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]!);

describe('file worker bundle', () => {
  it('main looks for file-worker.cjs beside itself', async () => {
    const result = await build({ ...electronBundles(root).main, write: false, logLevel: 'silent' });
    const code = result.outputFiles![0]!.text;
    expect(code).toContain(`"${FILE_WORKER_BUNDLE}"`);
    // FILE_WORKER_BUNDLE is defined, so the branch for TS sources is dead code (esbuild folds the test).
    expect(code).toMatch(/if \(true\) return \w+\.default\.join\(__dirname, "file-worker\.cjs"\)/);
  });

  it('bundles with only Node built-ins and main’s externals left to require, and runs a job as a worker thread', async () => {
    const outfile = path.join(dir, FILE_WORKER_BUNDLE);
    await build({ ...electronBundles(root).fileWorker, outfile, logLevel: 'silent' });
    const code = (await import('node:fs')).readFileSync(outfile, 'utf8');
    const outside = required(code).filter(
      (n) => !n.startsWith('node:') && !builtins.has(n) && !MAIN_EXTERNALS.includes(n),
    );
    expect(outside).toEqual([]);

    // Inside the repository, so the bundle's require('exceljs') finds node_modules as it does in the app.
    const worker = new Worker(outfile);
    try {
      const answer = new Promise<ToMain>((resolve) => worker.on('message', resolve));
      const bytes = new TextEncoder().encode('登録番号,児童氏名\nA-1,山田 太郎\n');
      worker.postMessage({ type: 'start', id: 1, name: 'readGrids', input: { fileName: 'a.csv', bytes } });
      const message = await answer;
      expect(message).toMatchObject({ type: 'done', id: 1 });
      expect((message as { result: { rows: unknown[][] }[] }).result[0]!.rows[1]).toEqual(['A-1', '山田 太郎']);

      // The minutes' Word file from the bundle: docx loaded on demand, the board drawn by resvg's wasm with the
      // bundled font, both found from dist/electron as in the packaged app.
      const written = new Promise<ToMain>((resolve) =>
        worker.on('message', (m: ToMain) => m.type !== 'part' && m.id === 2 && resolve(m)),
      );
      const svg =
        '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100"><text x="10" y="50">本人</text></svg>';
      const model = buildMinutes(minutesBenchInput(2, 1, svg));
      worker.postMessage({
        type: 'start',
        id: 2,
        name: 'writeDocument',
        input: { document: { kind: 'minutes', model, format: 'docx', now: new Date() }, filePassword: undefined },
      });
      const docx = (await written) as { type: string; result?: { dataBase64: string } };
      expect(docx).toMatchObject({ type: 'done', id: 2 });
      const zip = await JSZip.loadAsync(Buffer.from(docx.result!.dataBase64, 'base64'));
      expect(Object.keys(zip.files).filter((p) => p.startsWith('word/media/') && p.endsWith('.png'))).toHaveLength(1);
    } finally {
      await worker.terminate();
    }
  }, 120_000);
});
