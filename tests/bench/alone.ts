// Runs one bench file on its own (`tsx tests/bench/stats-bench.ts`): a fresh ledger of the 10,000-row bench
// workbook, imported through the backend, then the bench over that file, its figures printed with the goal.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createBackend } from '../../db/backend';
import { createApi } from '../../shared/api-client';
import { makeLedgerWorkbook } from '../fixtures';

type Timed = (fn: () => unknown) => Promise<number>;
type Bench = (dbPath: string, passphrase: string, timed: Timed) => Promise<Record<string, number>>;

/** True when `moduleUrl` is the file node was started with. */
export function isMain(moduleUrl: string): boolean {
  return moduleUrl === pathToFileURL(process.argv[1] ?? '').href;
}

export function runAlone(name: string, bench: Bench, goal: string): void {
  run(name, bench, goal).then(
    () => process.exit(0),
    (err: unknown) => {
      console.error(err);
      process.exit(2);
    },
  );
}

async function run(name: string, bench: Bench, goal: string): Promise<void> {
  const passphrase = 'bench passphrase 2026';
  const dir = mkdtempSync(join(tmpdir(), `tsunagu-${name}-bench-`));
  try {
    const { buffer } = await makeLedgerWorkbook({ rows: 10_000, seed: 7 });
    const dbPath = join(dir, `${name}.db`);
    const backend = createBackend({ dbPath });
    const api = createApi(backend);
    await api.call('session.setup', { passphrase });
    const preview = await api.call('ledger.importPreview', {
      fileName: '台帳.xlsx',
      dataBase64: buffer.toString('base64'),
    });
    await api.call('ledger.importCommit', { token: preview.token });
    backend.close();
    const timed: Timed = async (fn) => {
      const t = performance.now();
      await fn();
      return performance.now() - t;
    };
    for (const [figure, value] of Object.entries(await bench(dbPath, passphrase, timed)))
      console.log(`${figure.padEnd(26)} ${value}`);
    console.log(`goal: ${goal}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
