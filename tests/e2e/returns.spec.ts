// 回収状況: a request to three agencies; two return their assessment sheets through the
// meeting's report import (one with its own 備考 column, a typed 「あり」 and an unreadable 「たぶん」, one row for
// a case it was not asked about); the check step shows whose answers these are, the counts and the warnings;
// the 回収状況 table then lists the agency still missing, past its due day; a corrected re-send replaces one
// answer and its history says what changed; the reminder list downloads as Word. At the three room sizes.
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { AssessmentRequest, RequestInput } from '../../shared/assessment/types';
import { emptyCase } from '../../shared/ledger/case';
import { EMPTY_SCOPE } from '../../shared/meeting/types';
import { returnedWorkbook, type ReturnedCase } from '../helpers/returned-workbook';
import { test, expect } from './app';
import { openMeetings } from './meeting-steps';
import { ROOM_SIZES, viewportOf } from './sizes';
import { importSheet as importFile } from './assessment-steps';
import { callApi, setUpPassphrase } from './steps';

const TITLE = '第9回 実務者会議（回収の確認）';
const SCHOOL = '架空市立みどり小学校';
const NURSERY = 'ひまわり保育園';
const HEALTH = '架空市保健センター';

async function prepare(page: Page): Promise<AssessmentRequest> {
  await setUpPassphrase(page);
  for (const [caseNo, kana] of [
    ['RT-1', 'みどり はな'],
    ['RT-2', 'あおい そら'],
    ['RT-3', 'ひまわり ゆう'],
    ['RT-4', 'けんしん まる'],
  ] as const)
    await callApi(page, 'ledger.create', {
      case: { ...emptyCase(caseNo), name: `架空　${caseNo}`, kana, riskLevel: '軽度', registeredDate: '2024-04-01' },
    });
  const { id } = await callApi<{ id: number }>(page, 'meetings.create', {
    meeting: {
      kind: '実務者会議',
      subcommittee: null,
      title: TITLE,
      date: '2026-12-10',
      startTime: '13:30',
      place: null,
      plannedMinutes: 120,
      facilitator: null,
      invitedAgencies: [],
      invitedPeople: [],
      status: '準備中',
      scope: { ...EMPTY_SCOPE, caseNos: ['RT-1', 'RT-2', 'RT-3', 'RT-4'] },
    },
  });
  // Due long ago, so the agency that never answers is 期限超過 whatever day the test runs.
  const input: RequestInput = {
    meetingId: id,
    dueDate: '2025-01-10',
    agencies: [
      { agency: SCHOOL, caseNos: ['RT-1', 'RT-2'] },
      { agency: NURSERY, caseNos: ['RT-3'] },
      { agency: HEALTH, caseNos: ['RT-4'] },
    ],
  };
  return (await callApi<{ request: AssessmentRequest }>(page, 'requests.create', input)).request;
}

const SCHOOL_CASES: ReturnedCase[] = [
  {
    caseNo: 'RT-1',
    name: '架空　RT-1',
    answers: {
      欠席日数: '4日',
      外傷: 'あり',
      家に帰りたがらない: 'たぶん',
      安全スケール: 5,
      所見: '朝食をとっていない様子',
    },
    filledOn: '2026-11-28',
    filledBy: '担任（架空）',
    extra: { 備考: '兄も在籍' },
  },
  { caseNo: 'RT-2', answers: { 外傷: 'いいえ', 安全スケール: 8 } },
  { caseNo: 'RT-9', answers: { 外傷: 'はい' } },
];

for (const size of ROOM_SIZES) {
  test.describe(size.name, () => {
    test.use({ viewport: viewportOf(size) });

    test(`assessment sheets back: check, import, who is missing, a re-send at ${size.name}`, async ({ app }) => {
      const { page, shot } = app;
      const request = await prepare(page);
      await openMeetings(page);
      await page.getByRole('button', { name: TITLE }).click();
      await expect(page.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible();

      const returns = page.getByRole('region', { name: '回収状況' });
      await expect(returns.getByText('未回答 3機関／依頼 3機関')).toBeVisible();
      await expect(returns.getByText('期限超過').first()).toBeVisible();

      const school = await returnedWorkbook({
        requestId: request.id,
        agency: SCHOOL,
        items: request.items,
        cases: SCHOOL_CASES,
        extraColumns: ['備考'],
      });
      await importFile(
        page,
        'みどり小_回答.xlsx',
        school,
        async (section) => {
          await expect(
            section.getByText(`アセスメントシートの回答（依頼番号${request.id}・${SCHOOL}）`, { exact: true }),
          ).toBeVisible();
          const answers = section.getByRole('table', { name: /取り込む回答/ });
          await expect(answers.getByRole('row')).toHaveCount(3);
          await expect(answers.getByRole('row', { name: /RT-1 M\.H\./ })).toContainText('新規');
          const rejected = section.getByRole('table', { name: '取り込めない行' });
          await expect(rejected).toContainText('この機関への依頼');
          await expect(rejected).toContainText('RT-9');
          const notes = section.getByRole('list', { name: '注意' });
          await expect(notes).toContainText('列「備考」は回答と一緒に保存します');
          await expect(notes).toContainText('「たぶん」');
        },
        shot,
      );

      const nursery = await returnedWorkbook({
        requestId: request.id,
        agency: NURSERY,
        items: request.items,
        cases: [{ caseNo: 'RT-3', answers: { 外傷: 'なし', 経済的な困窮: '○', 安全スケール: '7' } }],
        hiddenSheet: false,
      });
      await importFile(
        page,
        'ひまわり_回答.xlsx',
        nursery,
        async () => undefined,
        async () => undefined,
      );

      await expect(returns.getByText('未回答 1機関／依頼 3機関')).toBeVisible();
      const row = (agency: string) => returns.getByRole('row', { name: new RegExp(agency) });
      await expect(row(SCHOOL)).toContainText('回答済');
      await expect(row(NURSERY)).toContainText('回答済');
      await expect(row(HEALTH)).toContainText('未回答');
      await expect(row(HEALTH)).toContainText('期限超過');
      await expect(row(HEALTH)).toContainText('RT-4 K.M.');
      await returns.scrollIntoViewIfNeeded();
      await shot('回収状況（保健センターが未回答）');

      // The corrected re-send: the school changes one answer.
      const resent = SCHOOL_CASES.map((c) =>
        c.caseNo === 'RT-1' ? { ...c, answers: { ...c.answers, 安全スケール: 3 } } : c,
      );
      const again = await returnedWorkbook({
        requestId: request.id,
        agency: SCHOOL,
        items: request.items,
        cases: resent,
        extraColumns: ['備考'],
      });
      await importFile(
        page,
        'みどり小_回答_訂正.xlsx',
        again,
        async (section) => {
          const answers = section.getByRole('table', { name: /取り込む回答/ });
          await expect(answers.getByRole('row', { name: /RT-1/ })).toContainText('差し替え');
          await expect(answers.getByRole('row', { name: /RT-1/ })).toContainText('安全スケール');
          await expect(answers.getByRole('row', { name: /RT-2/ })).toContainText('変更なし');
        },
        shot,
      );
      await expect(row(SCHOOL)).toContainText('1回');

      await row(SCHOOL).getByRole('button', { name: '履歴' }).click();
      const history = page.getByRole('dialog', { name: `${SCHOOL}の回答の履歴（依頼番号${request.id}）` });
      await expect(history.getByRole('row')).toHaveCount(4);
      await expect(history).toContainText('みどり小_回答_訂正.xlsx');
      await expect(history).toContainText('差し替え済み');
      await expect(history.getByRole('row', { name: /RT-1/ }).last()).toContainText('安全スケール');
      await expect(history.getByRole('row', { name: /RT-1/ }).first()).toContainText('最初の回答');
      await shot('回答の履歴');
      await history.getByRole('button', { name: '閉じる' }).click();
      await expect(history).toBeHidden();

      await returns.getByRole('button', { name: '督促一覧（Word）' }).click();
      const confirm = page.getByRole('dialog', { name: '督促一覧を保存しますか' });
      await shot('督促一覧の確認');
      const downloading = page.waitForEvent('download');
      await confirm.getByRole('button', { name: '保存する' }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toMatch(
        new RegExp(`^督促一覧_依頼${request.id}_\\d{4}-\\d{2}-\\d{2}\\.docx$`),
      );
      const saved = join(tmpdir(), `tsunagu-reminder-${size.name}.docx`);
      await download.saveAs(saved);
      expect(readFileSync(saved).subarray(0, 2).toString()).toBe('PK');
    });
  });
}
