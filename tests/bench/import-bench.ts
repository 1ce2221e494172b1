// The import and export figures of issue 14, see run.ts: where an import's time goes, the longest stall
// of the backend's event loop during a 10,000-row import and export, and the peak memory of 50,000 rows.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBackend } from '../../db/backend';
import { lastImportTimings } from '../../db/services/import';
import { createApi } from '../../shared/api-client';
import { makeLedgerCsv } from '../fixtures';

export type Api = ReturnType<typeof createApi>;

/** A copy of the split of the last import (read and parse in the worker; plan and commit in the backend). */
export function importSplit() {
  return { ...lastImportTimings };
}

/**
 * The longest time the event loop was kept from a 5 ms timer while `work` ran: what a window waiting for
 * the backend (a progress event, another call) would wait at most.
 */
export async function longestStall(work: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let worst = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last - 5);
    last = now;
  }, 5);
  try {
    await work();
    // The last turn's stall is seen by the next tick.
    await new Promise((resolve) => setTimeout(resolve, 20));
  } finally {
    clearInterval(timer);
  }
  return Math.max(0, worst);
}

const CHILD = fileURLToPath(new URL('./big-child.ts', import.meta.url));

/**
 * 50,000 rows, each step in its own process so that each peak RSS (worker thread included) is its own: a
 * CSV seeds a ledger, the ledger is exported as xlsx (export50k), and that file is imported into an
 * empty ledger (import50k).
 */
export function runBigBench(dir: string, passphrase: string): Record<string, number> {
  const csv = join(dir, 'big.csv');
  writeFileSync(csv, makeLedgerCsv({ rows: 50_000, seed: 11, encoding: 'utf8bom', extraColumns: ['担当CW'] }));
  const xlsx = join(dir, 'big.xlsx');
  const step = (...args: string[]) => {
    const run = spawnSync(process.execPath, [...process.execArgv, CHILD, ...args], {
      env: { ...process.env, BENCH_PASSPHRASE: passphrase },
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    });
    if (run.status !== 0) throw new Error(`big bench ${args[0]} failed: ${run.stderr}`);
    return JSON.parse(run.stdout.trim().split('\n').pop()!) as { ms: number; rssMb: number; cases: number };
  };
  step('seed', join(dir, 'big-a.db'), csv);
  const exported = step('export', join(dir, 'big-a.db'), xlsx);
  const imported = step('import', join(dir, 'big-b.db'), xlsx);
  if (imported.cases !== exported.cases) throw new Error(`50k round trip: ${exported.cases} → ${imported.cases}`);
  return {
    'export50k.ms': Math.round(exported.ms),
    'export50k.rss.mb': Math.round(exported.rssMb),
    'import50k.ms': Math.round(imported.ms),
    'import50k.rss.mb': Math.round(imported.rssMb),
    'import50k.cases': imported.cases,
  };
}

/** A backend with an open (new or existing) ledger. */
export async function openBackend(dbPath: string, passphrase: string, fresh: boolean) {
  const backend = createBackend({ dbPath });
  const api = createApi(backend);
  await api.call(fresh ? 'session.setup' : 'session.unlock', { passphrase });
  return { backend, api };
}
