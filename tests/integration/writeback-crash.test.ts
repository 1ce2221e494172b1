// Crash test of 台帳への反映: a child process (the backup, then the apply transaction) applying a 150-decision write-back is killed with SIGKILL at
// random points of its write window, 50+ times. After each kill the database must open in the app
// (migrations check, unlock), and the ledger must be entirely as before or entirely as after — compared by
// a digest of every case — with history rows and the application record matching that state.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../db/backend';
import { createApi } from '../../shared/api-client';
import { PASSPHRASE } from './db-helpers';
import { meetingBackend } from './meeting-helpers';
import { endedMeeting, manyDecisions } from './writeback-helpers';

const ROOT = resolve(import.meta.dirname, '../..');
const RUNS = 50;
const PARALLEL = 2;
const DECISIONS = 150;

let work: string;
let childScript: string;
let prepared: string;
let meetingId: number;

interface LedgerState {
  digest: string;
  meetingRows: number;
  applications: number;
}

/** The app's view of a database file: unlock through the backend (this runs the migrations check). */
async function inspect(dbPath: string): Promise<LedgerState> {
  const backend = createBackend({ dbPath });
  try {
    const api = createApi(backend);
    await api.call('session.unlock', { passphrase: PASSPHRASE });
    const { cases } = await api.call('ledger.list', {});
    let meetingRows = 0;
    for (const c of cases)
      meetingRows += (await api.call('ledger.get', { caseNo: c.caseNo })).history.filter(
        (h) => h.source === 'meeting',
      ).length;
    const { applications } = await api.call('writeback.preview', { meetingId });
    return {
      digest: createHash('sha256').update(JSON.stringify(cases)).digest('hex'),
      meetingRows,
      applications: applications.length,
    };
  } finally {
    backend.close();
  }
}

/** Runs the child on `dbPath`; kills it `killAfterMs` after it is ready (null: lets it finish). */
function runChild(
  dbPath: string,
  killAfterMs: number | null,
): Promise<{ finished: boolean; backedUp: boolean; applyMs: number | null }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [childScript, dbPath, String(meetingId)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (killAfterMs !== null && out.startsWith('ready\n') && out.length === 'ready\n'.length) {
        setTimeout(() => child.kill('SIGKILL'), killAfterMs);
      }
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', fail);
    child.on('close', (code, signal) => {
      const m = /done ([\d.]+)/.exec(out);
      if (code !== 0 && signal !== 'SIGKILL') fail(new Error(`子プロセスが失敗しました: ${err}`));
      else done({ finished: m !== null, backedUp: out.includes('backed-up\n'), applyMs: m ? Number(m[1]) : null });
    });
  });
}

beforeAll(async () => {
  // Inside the repository so the bundled child resolves the native module from node_modules; a fresh
  // clone has no .cache folder yet.
  const cache = join(ROOT, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  work = mkdtempSync(join(cache, 'tsunagu-writeback-crash-'));
  // Bundled once so each child starts in plain node, not through tsx: 50+ starts must fit the time budget.
  // The bundle sits under node_modules so its external packages (the native SQLite binding) resolve.
  childScript = join(work, 'child.mjs');
  const bundled = spawnSync(
    join(ROOT, 'node_modules/.bin/esbuild'),
    [
      join(ROOT, 'tests/integration/writeback-crash-child.ts'),
      '--bundle',
      '--platform=node',
      '--format=esm',
      '--packages=external',
      `--outfile=${childScript}`,
      '--log-level=warning',
    ],
    { encoding: 'utf8' },
  );
  if (bundled.status !== 0) throw new Error(bundled.stderr);
  const t = await meetingBackend(join(work, 'prepared'), '2025-06-10T05:00:00.000Z');
  meetingId = await endedMeeting(t.api, manyDecisions(DECISIONS));
  t.backend.close();
  prepared = t.dbPath;
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('write-back crash safety', () => {
  it(`leaves the ledger entirely before or after when killed at random (${RUNS} runs)`, async () => {
    const before = await inspect(prepared);
    expect(before).toMatchObject({ meetingRows: 0, applications: 0 });

    // One run to the end: the state "after", and how long the write window is.
    const fullDir = join(work, 'full');
    mkdirSync(fullDir);
    copyFileSync(prepared, join(fullDir, 'tsunagu.db'));
    const full = await runChild(join(fullDir, 'tsunagu.db'), null);
    expect(full.finished).toBe(true);
    const after = await inspect(join(fullDir, 'tsunagu.db'));
    expect(after.digest).not.toBe(before.digest);
    expect(after.applications).toBe(1);
    expect(after.meetingRows).toBeGreaterThan(DECISIONS * 3);
    // Somewhat past the measured end, so kills also land around the commit and after it.
    const window = full.applyMs! * 1.5;

    const outcomes = { before: 0, after: 0, killed: 0, killedInTransaction: 0 };
    let next = 0;
    const worker = async () => {
      while (next < RUNS) {
        const run = next++;
        const dir = join(work, `run-${run}`);
        mkdirSync(dir);
        const dbPath = join(dir, 'tsunagu.db');
        copyFileSync(prepared, dbPath);
        const { finished, backedUp } = await runChild(dbPath, Math.random() * window);
        if (!finished) outcomes.killed++;
        if (!finished && backedUp) outcomes.killedInTransaction++;
        const state = await inspect(dbPath);
        if (state.digest === before.digest) {
          expect(state, `run ${run}`).toEqual(before);
          outcomes.before++;
        } else {
          expect(state, `run ${run}`).toEqual(after);
          outcomes.after++;
        }
        rmSync(dir, { recursive: true, force: true });
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
    console.log(
      `writeback crash: ${RUNS} runs, killed ${outcomes.killed} (${outcomes.killedInTransaction} after the backup, in the transaction), before ${outcomes.before}, after ${outcomes.after}, window ${window.toFixed(0)} ms`,
    );
    expect(outcomes.before + outcomes.after).toBe(RUNS);
    // The kills must really land in the write window, not all before or all after it, some in the transaction.
    expect(outcomes.killed).toBeGreaterThan(RUNS / 4);
    expect(outcomes.killedInTransaction).toBeGreaterThan(0);
  }, 180_000);
});
