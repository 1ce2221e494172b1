import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { makeXlsx, PASSPHRASE, useTempDirs } from './db-helpers';
import { cli } from './cli-helpers';
import { fakeCase, fakeMeeting, meetingBackend } from './meeting-helpers';

const tempDir = useTempDirs();

/** A database with a few fictional cases and one earlier 実務者会議 (2025-04-15). */
async function council(dir: string): Promise<string> {
  const t = await meetingBackend(dir, '2025-03-01T01:00:00.000Z');
  await t.api.call('ledger.create', { case: fakeCase('L-1', { nextReview: '2025-06' }) });
  await t.api.call('ledger.create', { case: fakeCase('L-2', { riskLevel: '生命の危険' }) });
  await t.api.call('ledger.create', { case: fakeCase('L-3') });
  await t.api.call('ledger.create', { case: fakeCase('L-4') });
  t.setNow('2025-04-15T06:00:00.000Z');
  await t.api.call('meetings.create', { meeting: fakeMeeting({ date: '2025-04-15' }) });
  t.setNow('2025-05-01T03:00:00.000Z');
  await t.api.call('ledger.create', { case: fakeCase('L-5', { registeredDate: '2025-04-20' }) });
  t.backend.close();
  return t.dbPath;
}

describe('CLI: reports import and agenda', { timeout: 240_000 }, () => {
  it('imports reports (exit 1 with rejections, then unchanged) and prints the agenda JSON', async () => {
    const dir = tempDir();
    const db = await council(dir);
    const file = join(dir, '報告.xlsx');
    writeFileSync(
      file,
      await makeXlsx([
        {
          name: '報告',
          rows: [
            ['登録番号', '報告日', '報告機関', '欠席日数', '連絡のない欠席', '外傷', '安全スケール'],
            ['L-3', 'R7.5.10', '小学校', 10, '無', '無', 6],
            ['L-4', 'R7.5.11', '保育所', 0, '無', '無', 8],
            ['L-99', 'R7.5.11', '保育所', 0, '無', '無', 8],
          ],
        },
      ]),
    );

    const first = await cli(['reports', 'import', file, '--db', db, '--report', join(dir, 'r1.json')]);
    expect(first.code, first.stderr).toBe(1);
    expect(first.stdout).toContain('新規 2 件');
    expect(JSON.parse(readFileSync(join(dir, 'r1.json'), 'utf8'))).toEqual({
      imported: 2,
      unchanged: 0,
      rejected: [{ sheet: '報告', row: 4, caseNo: 'L-99', reason: '台帳にない登録番号です' }],
      warnings: [],
    });
    const second = await cli(['reports', 'import', file, '--db', db, '--report', join(dir, 'r2.json')]);
    expect(second.code).toBe(1);
    expect(JSON.parse(readFileSync(join(dir, 'r2.json'), 'utf8'))).toMatchObject({ imported: 0, unchanged: 2 });

    const out = join(dir, 'agenda.json');
    const agenda = await cli(['agenda', '--date', '2025-06-10', '--db', db, '--out', out]);
    expect(agenda.code, agenda.stderr).toBe(0);
    expect(agenda.stdout).toContain('2025-04-15 より後の変化');
    const json = JSON.parse(readFileSync(out, 'utf8'));
    expect(json).toEqual({
      items: [
        {
          caseNo: 'L-1',
          group: 'quick',
          reasons: ['REVIEW_DUE'],
          draft: { policy: '見守り', nextReview: '2025-09', leadAgency: 'こども家庭センター', note: null },
        },
        {
          caseNo: 'L-4',
          group: 'quick',
          reasons: ['REPORT'],
          draft: expect.objectContaining({ policy: '見守り', nextReview: '2025-09-10' }),
        },
        { caseNo: 'L-2', group: 'deep', reasons: ['RISK_HIGH'], draft: null },
        { caseNo: 'L-3', group: 'deep', reasons: ['REPORT_ABSENCE_7D'], draft: null },
        { caseNo: 'L-5', group: 'deep', reasons: ['NEW'], draft: null },
      ],
    });

    // --since after L-5's registration and the reports, every active case, to stdout; no meeting is written.
    const all = await cli([
      'agenda',
      '--date=2025-06-10',
      '--since',
      '2025-05-20',
      '--all-active',
      '--type',
      '実務者会議',
      '--db',
      db,
    ]);
    expect(all.code, all.stderr).toBe(0);
    const items = JSON.parse(all.stdout).items as { caseNo: string; reasons: string[] }[];
    expect(Object.fromEntries(items.map((i) => [i.caseNo, i.reasons]))).toEqual({
      'L-1': ['REVIEW_DUE'],
      'L-2': ['RISK_HIGH'],
      'L-3': ['ALL_ACTIVE'],
      'L-4': ['ALL_ACTIVE'],
      'L-5': ['ALL_ACTIVE'],
    });
    const check = openDatabase(db, { passphrase: PASSPHRASE });
    expect(
      check.prepare("SELECT (SELECT count(*) FROM meetings) || '/' || (SELECT count(*) FROM agendas)").pluck().get(),
    ).toBe('1/0');
    check.close();
  });

  it('prints 協議 in agenda order: 連絡のない欠席 and 安全スケールが低い before a 新規登録 case (issue #13)', async () => {
    const dir = tempDir();
    const t = await meetingBackend(dir, '2025-05-01T01:00:00.000Z');
    await t.api.call('ledger.create', { case: fakeCase('D-1', { registeredDate: '2025-05-01' }) });
    await t.api.call('ledger.create', { case: fakeCase('D-2') });
    await t.api.call('ledger.create', { case: fakeCase('D-3') });
    await t.api.call('ledger.create', { case: fakeCase('D-4', { nextReview: '2025-06' }) });
    const report = { reportDate: '2025-05-10', agency: '小学校', periodFrom: null, periodTo: null, daysAbsent: null };
    const flags = { unexplainedAbsence: null, injury: null, homeChange: null, safetyScale: null, note: null };
    await t.api.call('reports.add', { report: { ...report, ...flags, caseNo: 'D-2', unexplainedAbsence: true } });
    await t.api.call('reports.add', { report: { ...report, ...flags, caseNo: 'D-3', safetyScale: 2 } });
    t.backend.close();

    const result = await cli(['agenda', '--date', '2025-06-10', '--since', '2025-04-15', '--db', t.dbPath]);
    expect(result.code, result.stderr).toBe(0);
    const items = JSON.parse(result.stdout).items as { caseNo: string; group: string }[];
    expect(items.map((i) => `${i.group}:${i.caseNo}`)).toEqual(['quick:D-4', 'deep:D-2', 'deep:D-3', 'deep:D-1']);
  });

  it('exits 2 with a Japanese message for bad arguments and a missing database', async () => {
    const dir = tempDir();
    const bad = await cli(['agenda', '--date', '2025-02-30', '--db', join(dir, 'x.db')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--date は YYYY-MM-DD');
    const kind = await cli(['agenda', '--date', '2025-06-10', '--type', '定例会', '--db', join(dir, 'x.db')]);
    expect(kind.code).toBe(2);
    expect(kind.stderr).toContain('--type は');
    const missing = await cli(['reports', 'import', join(dir, 'none.xlsx'), '--db', join(dir, 'x.db')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('がありません');
  });
});
