// `npm run tsunagu -- meetings list` and `writeback --meeting ID [--dry-run] [--report]` on a real file.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import type { LedgerCase } from '../../shared/ledger/case';
import { PASSPHRASE, useTempDirs } from './db-helpers';
import { cli } from './cli-helpers';
import { meetingBackend } from './meeting-helpers';
import { endedMeeting } from './writeback-helpers';

const tempDir = useTempDirs();

function ledgerCase(dbPath: string, caseNo: string): LedgerCase {
  const db = openDatabase(dbPath, { passphrase: PASSPHRASE });
  try {
    return JSON.parse(
      db.prepare('SELECT data FROM cases WHERE case_no = ?').pluck().get(caseNo) as string,
    ) as LedgerCase;
  } finally {
    db.close();
  }
}

describe('CLI: meetings list and writeback', { timeout: 240_000 }, () => {
  it('lists meetings, previews, applies all but the conflicted case, and changes nothing the second time', async () => {
    const dir = tempDir();
    const t = await meetingBackend(dir, '2025-06-10T05:00:00.000Z');
    const meetingId = await endedMeeting(t.api, [
      { caseNo: 'C-1', decision: { policy: '週1回の家庭訪問' } },
      { caseNo: 'C-2', decision: { riskLevel: '重度', nextReview: '2025-08' } },
    ]);
    t.setNow('2025-06-11T00:00:00.000Z');
    await t.api.call('ledger.update', { caseNo: 'C-2', changes: { riskLevel: '中度' } });
    t.backend.close();
    const db = t.dbPath;

    const list = await cli(['meetings', 'list', '--db', db]);
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout).toContain(`${meetingId}\t2025-06-10\t14:00\t終了\t第3回実務者会議（架空）`);

    const dry = await cli([
      'writeback',
      '--meeting',
      String(meetingId),
      '--dry-run',
      '--db',
      db,
      '--report',
      join(dir, 'dry.json'),
    ]);
    expect(dry.code, dry.stderr).toBe(1);
    expect(dry.stdout).toContain('書き込みはしていません');
    expect(dry.stdout).toContain('重症度（台帳: 中度／会議: 重度）');
    const dryReport = JSON.parse(readFileSync(join(dir, 'dry.json'), 'utf8'));
    expect(dryReport).toMatchObject({ meetingId, dryRun: true, applicationId: null, changed: 0, backupPath: null });
    expect(dryReport.cases.map((c: { caseNo: string }) => c.caseNo)).toEqual(['C-1']);
    expect(dryReport.leftOut[0].conflicts).toEqual([
      { field: 'riskLevel', label: '重症度', ledgerValue: '中度', meetingValue: '重度' },
    ]);
    expect(ledgerCase(db, 'C-1').policy).toBe('見守り');

    const run = await cli(['writeback', '--meeting', String(meetingId), '--db', db, '--report', join(dir, 'run.json')]);
    expect(run.code, run.stderr).toBe(1);
    const report = JSON.parse(readFileSync(join(dir, 'run.json'), 'utf8'));
    expect(report).toMatchObject({ dryRun: false, changed: 1 });
    expect(existsSync(report.backupPath)).toBe(true);
    expect(ledgerCase(db, 'C-1').policy).toBe('週1回の家庭訪問');
    expect(ledgerCase(db, 'C-2')).toMatchObject({ riskLevel: '中度', nextReview: '2025-06' });

    const again = await cli(['writeback', '--meeting', String(meetingId), '--db', db]);
    expect(again.code).toBe(1);
    expect(again.stdout).toContain('反映する変更はありません');
  });

  it('explains a missing or bad --meeting', async () => {
    const missing = await cli(['writeback']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--meeting');
    const bad = await cli(['writeback', '--meeting', 'abc']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('正の整数');
  });
});
