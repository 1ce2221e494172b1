// `npm run tsunagu -- stats --year 2024 --out stats.json` on a real encrypted database built through the
// backend (cases, a 種別 changed mid-year, meetings run in the console): the JSON compared whole, the
// Japanese refusals with exit code 2, and no prompt when stdin is not a terminal.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../db/backend';
import { createApi } from '../../shared/api-client';
import { figuresOnly } from '../../shared/stats/fiscal-year';
import { EMPTY_DECISION, type DecisionInput } from '../../shared/meeting/decision';
import type { MeetingInput } from '../../shared/meeting/types';
import { EMPTY_SCOPE } from '../../shared/meeting/types';
import type { FiscalYearFigures } from '../../shared/stats/types';
import { cli, ROOT, type CliResult } from './cli-helpers';
import { PASSPHRASE, useTempDirs } from './db-helpers';
import { fakeCase, fakeMeeting, meetingBackend, type TestBackend } from './meeting-helpers';

const tempDir = useTempDirs();

/** Starts a meeting, records the decisions, ends it. */
async function run(t: TestBackend, meeting: MeetingInput, decisions: [string, DecisionInput][]): Promise<void> {
  const { api } = t;
  const m = await api.call('meetings.create', { meeting });
  await api.call('agenda.suggest', { meetingId: m.id, allActive: true });
  await api.call('live.command', { meetingId: m.id, command: { type: 'start' } });
  for (const [caseNo, decision] of decisions)
    await api.call('decisions.save', { meetingId: m.id, caseNo, state: 'recorded', decision });
  await api.call('live.command', { meetingId: m.id, command: { type: 'end' } });
}

async function ledger(dir: string): Promise<string> {
  const t = await meetingBackend(dir, '2024-03-01T01:00:00.000Z');
  const { api } = t;
  const cases = [
    fakeCase('S-1', {
      classification: '要保護児童',
      registeredDate: '2024-04-01',
      birthDate: '2019-04-01',
      abuseTypes: ['身体的', '心理的'],
      riskLevel: '重度',
    }),
    // Only 受理日; 要支援児童 at registration, 要保護児童 from October.
    fakeCase('S-2', { registeredDate: null, receivedDate: '2024-07-10', birthDate: '2024-01-15', riskLevel: '中度' }),
    fakeCase('S-3', { classification: '特定妊婦', registeredDate: '2025-03-31', birthDate: null, riskLevel: '危惧' }),
    fakeCase('S-4', { registeredDate: '2023-06-01', status: 'closed', closedDate: '2024-11-30', closedReason: '転出' }),
    // Closed without 終結日: new this year, never open, no closure.
    fakeCase('S-5', { registeredDate: '2024-05-01', birthDate: null, status: 'closed' }),
    // Closed after the year end.
    fakeCase('S-6', { registeredDate: '2022-04-01', status: 'closed', closedDate: '2025-04-10', closedReason: null }),
    fakeCase('S-7', { registeredDate: '2025-04-01' }),
  ];
  for (const c of cases) await api.call('ledger.create', { case: c });
  t.setNow('2024-10-01T01:00:00.000Z');
  await api.call('ledger.update', { caseNo: 'S-2', changes: { classification: '要保護児童' } });

  const picked = (caseNos: string[]) => ({ ...EMPTY_SCOPE, caseNos });
  await run(t, fakeMeeting({ date: '2024-10-15', subcommittee: '乳幼児部会', scope: picked(['S-1', 'S-2']) }), [
    ['S-1', { ...EMPTY_DECISION, outcome: 'confirmed', policy: '見守り継続' }],
    [
      'S-2',
      {
        ...EMPTY_DECISION,
        services: [
          { service: '養育支援訪問', mode: '利用勧奨' },
          { service: '子育て短期支援', mode: '措置' },
        ],
      },
    ],
  ]);
  await run(
    t,
    fakeMeeting({ kind: '代表者会議', title: '代表者会議', date: '2025-02-20', scope: picked(['S-1']) }),
    [],
  );
  // After the year: not counted.
  await run(t, fakeMeeting({ date: '2025-04-10', scope: picked(['S-1']) }), [['S-1', EMPTY_DECISION]]);
  // Never run: not held.
  await api.call('meetings.create', {
    meeting: fakeMeeting({ kind: '進行管理会議', date: '2024-09-01', status: '確定' }),
  });
  t.backend.close();
  return t.dbPath;
}

const months = (values: Record<string, [number, number]>) =>
  ['2024-04', '2024-05', '2024-06', '2024-07', '2024-08', '2024-09', '2024-10', '2024-11', '2024-12']
    .concat(['2025-01', '2025-02', '2025-03'])
    .map((month) => ({ month, new: values[month]?.[0] ?? 0, closed: values[month]?.[1] ?? 0 }));

const EXPECTED: FiscalYearFigures = {
  fiscalYear: 2024,
  from: '2024-04-01',
  to: '2025-03-31',
  newRegistrations: {
    total: 4,
    byClassification: { 要保護児童: 1, 要支援児童: 2, 特定妊婦: 1 },
    byAbuseType: { 身体的: 1, 心理的: 1 },
    byAgeBand: { '0-2': 1, '3-5': 1, 不明: 1 },
  },
  closures: { total: 1, byReason: { 転出: 1 } },
  openAtYearEnd: {
    total: 4,
    byClassification: { 要保護児童: 2, 要支援児童: 1, 特定妊婦: 1 },
    byRisk: { 重度: 1, 中度: 1, 軽度: 1, 危惧: 1 },
  },
  meetings: { byKind: { 代表者会議: 1, 実務者会議: 1 }, casesConfirmed: 1, casesDiscussed: 1 },
  months: months({ '2024-04': [1, 0], '2024-05': [1, 0], '2024-07': [1, 0], '2024-11': [0, 1], '2025-03': [1, 0] }),
};

/** The CLI with stdin an open pipe that never ends: a prompt would wait on it forever. */
function cliWithOpenStdin(args: string[], env: Record<string, string | undefined>): Promise<CliResult> {
  return new Promise((done) => {
    const child = spawn('npx', ['tsx', 'db/cli/main.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, TSUNAGU_DB: undefined, TSUNAGU_DEBUG: undefined, ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

describe('CLI: stats', { timeout: 240_000 }, () => {
  it('writes exactly the year’s figures, to a file or to stdout, and refuses a bad year (exit 2)', async () => {
    const dir = tempDir();
    const dbPath = await ledger(dir);
    const out = join(dir, 'stats.json');
    const written = await cli(['stats', '--db', dbPath, '--year', '2024', '--out', out]);
    expect(written.stderr).toBe('');
    expect(written.code).toBe(0);
    expect(written.stdout).toContain('2024年度（2024-04-01〜2025-03-31）の実績を書き出しました');
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(EXPECTED);
    // Written beside the target and renamed: no temporary file is left.
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);

    // The screens' method: the same year with what the CLI leaves out, and the year before from the same rows.
    const backend = createBackend({ dbPath });
    try {
      const api = createApi(backend);
      await api.call('session.unlock', { passphrase: PASSPHRASE });
      const { current, previous } = await api.call('stats.year', { fiscalYear: 2024 });
      expect(figuresOnly(current)).toEqual(EXPECTED);
      expect(current.familySupport).toEqual({ recommended: { 養育支援訪問: 1 }, provided: { 子育て短期支援: 1 } });
      expect(current.meetingsBySubcommittee).toEqual({ 乳幼児部会: 1 });
      expect([previous.fiscalYear, previous.newRegistrations.total, previous.openAtYearEnd.total]).toEqual([
        2023, 1, 2,
      ]);
      await expect(api.call('stats.year', { fiscalYear: 24 })).rejects.toThrow('年度は西暦の4桁');
    } finally {
      backend.close();
    }

    const toStdout = await cli(['stats', '--db', dbPath, '--year=2024']);
    expect(toStdout.code).toBe(0);
    expect(JSON.parse(toStdout.stdout)).toEqual(EXPECTED);

    for (const year of ['R6', '1899']) {
      const bad = await cli(['stats', '--db', dbPath, '--year', year]);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain(
        `--year には年度を西暦の4桁（1900〜2099。例：--year 2024 は 2024年4月〜2025年3月）で指定してください: ${year}`,
      );
      expect(bad.stdout).toBe('');
    }
    const missing = await cli(['stats', '--db', dbPath]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('stats には --year 年度');
    const elsewhere = await cli(['export', join(dir, 'x.json'), '--db', dbPath, '--year', '2024']);
    expect(elsewhere.code).toBe(2);
    expect(elsewhere.stderr).toContain('--year は stats でだけ使えます。');
  });

  it('never prompts when stdin is not a terminal and no passphrase is set', async () => {
    const dir = tempDir();
    const t = await meetingBackend(dir);
    t.backend.close();
    const out = join(dir, 'stats.json');
    const result = await cliWithOpenStdin(['stats', '--db', t.dbPath, '--year', '2024', '--out', out], {
      TSUNAGU_PASSPHRASE: undefined,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'パスフレーズがありません。環境変数 TSUNAGU_PASSPHRASE に設定するか、端末から実行してください。',
    );
    expect(result.stderr).not.toContain('パスフレーズ: ');
    expect(readdirSync(dir)).not.toContain('stats.json');
  });
});
