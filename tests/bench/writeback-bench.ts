// The write-back part of `npm run bench`: a meeting with 150 recorded decisions (policy, risk, next review,
// a new agency, every 10th a closure: 645 field changes) on a fresh copy of the database each run;
//   writeback150.ms         the apply transaction: plan again, update the cases, history rows, the
//                           application record (goal < 200)
//   writeback150.backup.ms  the encrypted backup made before it (VACUUM INTO + check), reported apart
// Medians of the runs after a warm-up; the database is opened (key derivation) outside the timing.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../../db/backend';
import { createStore } from '../../db/repos/store';
import { WritebackService } from '../../db/services/writeback';
import { openDatabase } from '../../db/open';
import { createApi } from '../../shared/api-client';
import { endedMeeting, manyDecisions } from '../integration/writeback-helpers';
import { median } from './stats';

const RUNS = 8;
const DECISIONS = 150;

export async function runWritebackBench(passphrase: string): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), 'tsunagu-writeback-bench-'));
  try {
    const prepared = join(dir, 'prepared.db');
    const backend = createBackend({ dbPath: prepared, now: () => new Date('2025-06-10T05:00:00.000Z') });
    const api = createApi(backend);
    await api.call('session.setup', { passphrase });
    const meetingId = await endedMeeting(api, manyDecisions(DECISIONS));
    backend.close();

    const apply: number[] = [];
    const backup: number[] = [];
    for (let run = 0; run <= RUNS; run++) {
      const dbPath = join(dir, `run-${run}.db`);
      copyFileSync(prepared, dbPath);
      const db = openDatabase(dbPath, { passphrase });
      try {
        const service = new WritebackService(createStore(db), () => new Date());
        const choices = { excludeCaseNos: [], resolutions: [] };
        let start = performance.now();
        const backupPath = service.backup(meetingId);
        const backupMs = performance.now() - start;
        start = performance.now();
        const { changed } = service.commit(meetingId, choices, backupPath);
        const applyMs = performance.now() - start;
        if (changed < DECISIONS * 4) throw new Error(`反映された項目が少なすぎます（${changed}）`);
        if (run > 0) {
          apply.push(applyMs);
          backup.push(backupMs);
        }
      } finally {
        db.close();
      }
    }
    return {
      'writeback150.ms': Number(median(apply).toFixed(1)),
      'writeback150.backup.ms': Number(median(backup).toFixed(1)),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
