// Crash test of the import's commit: a child process committing a 3,000-row import (one transaction over
// short turns, then the checkpoint in the file worker) is killed with SIGKILL at random points of its
// write window. After each kill the database must unlock in the app (migrations check), and the ledger must
// be entirely as before or entirely as after: every case with its history row and the import's log row, or
// none of them.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../db/backend';
import { openDatabase } from '../../db/open';
import { createApi } from '../../shared/api-client';
import { ledgerRows, makeXlsx, PASSPHRASE, useTempDirs } from './db-helpers';

const ROOT = resolve(import.meta.dirname, '../..');
const CHILD = join(ROOT, 'tests/integration/import-crash-child.ts');
const RUNS = 12;
const PARALLEL = 2;
const EARLIER = 200;
const ROWS = 3000;

const tempDir = useTempDirs();
let prepared: string;
let xlsx: string;

interface LedgerState {
  cases: number;
  history: number;
  imports: number;
}

/** The app unlocks the file (this runs the migrations check); then its rows are counted. */
async function inspect(dbPath: string): Promise<LedgerState> {
  const backend = createBackend({ dbPath });
  await createApi(backend).call('session.unlock', { passphrase: PASSPHRASE });
  backend.close();
  const db = openDatabase(dbPath, { passphrase: PASSPHRASE });
  try {
    const count = (sql: string) => db.prepare(sql).pluck().get() as number;
    return {
      cases: count('SELECT count(*) FROM cases'),
      history: count("SELECT count(*) FROM case_history WHERE source = 'import'"),
      imports: count('SELECT count(*) FROM import_log'),
    };
  } finally {
    db.close();
  }
}

function runChild(dbPath: string, killAfterMs: number | null): Promise<{ finished: boolean; commitMs: number | null }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dbPath, xlsx], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      const wasReady = out.includes('ready\n');
      out += d.toString();
      if (killAfterMs !== null && !wasReady && out.includes('ready\n'))
        setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', fail);
    child.on('close', (code, signal) => {
      const m = /done ([\d.]+)/.exec(out);
      if (code !== 0 && signal !== 'SIGKILL') fail(new Error(`子プロセスが失敗しました: ${err}`));
      else done({ finished: m !== null, commitMs: m ? Number(m[1]) : null });
    });
  });
}

beforeAll(async () => {
  const dir = tempDir();
  prepared = join(dir, 'prepared.db');
  const backend = createBackend({ dbPath: prepared });
  const api = createApi(backend);
  await api.call('session.setup', { passphrase: PASSPHRASE });
  const earlier = await makeXlsx([{ name: '台帳', rows: ledgerRows(EARLIER) }]);
  const { token } = await api.call('ledger.importPreview', {
    fileName: '前回.xlsx',
    dataBase64: earlier.toString('base64'),
  });
  await api.call('ledger.importCommit', { token });
  backend.close();
  // The same first 200 cases unchanged, and 2,800 new ones.
  xlsx = join(dir, 'import.xlsx');
  writeFileSync(xlsx, await makeXlsx([{ name: '台帳', rows: ledgerRows(ROWS) }]));
}, 120_000);

describe('import crash safety', () => {
  it(`leaves the ledger entirely before or after when killed at random (${RUNS} runs)`, async () => {
    const before = await inspect(prepared);
    expect(before).toEqual({ cases: EARLIER, history: EARLIER, imports: 1 });

    const fullDir = join(tempDir(), 'full');
    mkdirSync(fullDir);
    copyFileSync(prepared, join(fullDir, 'tsunagu.db'));
    const full = await runChild(join(fullDir, 'tsunagu.db'), null);
    expect(full.finished).toBe(true);
    const after = await inspect(join(fullDir, 'tsunagu.db'));
    expect(after).toEqual({ cases: ROWS, history: ROWS, imports: 2 });
    // Past the measured end too, so kills land in the turns, at COMMIT and in the checkpoint after it. The one
    // measured run may have been slowed by other tests on the machine: a run that finishes before its kill shrinks
    // the window, so the kills keep landing in the write whatever the load does meanwhile.
    const measured = full.commitMs! * 1.5;
    let window = measured;

    const outcomes = { before: 0, after: 0, killed: 0 };
    let next = 0;
    const worker = async () => {
      while (next < RUNS) {
        const run = next++;
        const dir = join(tempDir(), `run-${run}`);
        mkdirSync(dir);
        const dbPath = join(dir, 'tsunagu.db');
        copyFileSync(prepared, dbPath);
        const { finished } = await runChild(dbPath, Math.random() * window);
        if (!finished) outcomes.killed++;
        window = finished ? window * 0.7 : Math.min(window * 1.2, measured);
        const state = await inspect(dbPath);
        if (state.cases === before.cases) {
          expect(state, `run ${run}`).toEqual(before);
          outcomes.before++;
        } else {
          expect(state, `run ${run}`).toEqual(after);
          outcomes.after++;
        }
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
    console.log(
      `import crash: ${RUNS} runs, killed ${outcomes.killed}, before ${outcomes.before}, after ${outcomes.after}, window ${window.toFixed(0)} ms`,
    );
    expect(outcomes.before + outcomes.after).toBe(RUNS);
    // The kills must really land in the write window, not all after it.
    expect(outcomes.killed).toBeGreaterThan(RUNS / 4);
  }, 240_000);
});
