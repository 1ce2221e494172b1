// The small things a new user tripped on (issue 13), checked in an English-language browser (the hardest case
// for date and time fields) at the three room sizes: overdue 次回確認 marked in the ledger, the ledger export of
// the rows shown or the whole ledger, the imported reports listed on the meeting page (masked), and dates and
// times typed in the Japanese order whatever the browser's language.
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './app';
import { REPO } from './host-process';
import { makeReportsWorkbook, openMeetings } from './meeting-steps';
import { ROOM_SIZES, viewportOf } from './sizes';
import { callApi, countText, openLedgerView, setUpPassphrase } from './steps';

test.use({ locale: 'en-US', timezoneId: 'America/New_York' });

function ledgerCase(caseNo: string, fields: Record<string, unknown>) {
  return {
    caseNo,
    classification: '要支援児童',
    name: null,
    kana: null,
    birthDate: '2018-05-05',
    dueDate: null,
    sex: null,
    guardianName: null,
    guardianRelation: null,
    district: null,
    affiliation: null,
    abuseTypes: [],
    riskLevel: '軽度',
    leadAgency: 'こども家庭センター',
    agencies: [],
    receivedDate: null,
    registeredDate: '2024-01-10',
    policy: '見守り',
    nextReview: null,
    status: 'active',
    closedDate: null,
    closedReason: null,
    extra: {},
    ...fields,
  };
}

// Past dates are long past and future ones far ahead, so the test does not depend on today's date.
const CASES = [
  ledgerCase('T-1', { name: '架空　一郎', kana: 'かくう いちろう', nextReview: '2021-04-01' }),
  ledgerCase('T-2', { name: '架空　二葉', kana: 'かくう ふたば', nextReview: '2034-04-01' }),
  ledgerCase('T-3', { name: '架空　三太', kana: null, nextReview: '2021-03', riskLevel: '重度' }),
  ledgerCase('T-4', { name: '架空　四葉', kana: 'かくう よつば', nextReview: null, riskLevel: '重度' }),
  ledgerCase('T-5', { name: '架空　五郎', kana: 'かくう ごろう', nextReview: '2021-04-01', status: 'closed' }),
];

async function seed(page: Page): Promise<void> {
  await setUpPassphrase(page);
  for (const c of CASES) await callApi(page, 'ledger.create', { case: c });
  await page.reload();
  await openLedgerView(page);
  await expect(page.getByText(countText(CASES.length, CASES.length))).toBeVisible();
}

const artifacts = (file: string) => join(REPO, 'tests', 'artifacts', file);

for (const size of ROOM_SIZES) {
  test.describe(size.name, () => {
    test.use({ viewport: viewportOf(size) });

    test(`ledger ${size.name}: overdue 次回確認 marked; export of the rows shown or of every case`, async ({ app }) => {
      const { page, shot } = app;
      await seed(page);
      const grid = page.getByRole('grid', { name: 'ケース一覧' });
      // The 次回確認時期 column by its header, not its position: the ledger gains columns (登録区分).
      const column = await grid.getByRole('columnheader', { name: /^次回確認時期/ }).getAttribute('aria-colindex');
      const cell = (caseNo: string) =>
        grid.getByRole('row').filter({ hasText: caseNo }).locator(`[role="gridcell"][aria-colindex="${column}"]`);
      // Open and past: marked with words a screen reader reads, not colour alone. Future, empty, closed: not.
      await expect(cell('T-1')).toHaveText('⚠令和3年4月1日（期限超過）');
      await expect(cell('T-1')).toHaveAttribute('title', '次回確認の期限超過');
      await expect(cell('T-3')).toHaveText('⚠令和3年3月（期限超過）');
      for (const caseNo of ['T-2', 'T-4', 'T-5']) await expect(cell(caseNo)).not.toContainText('期限超過');
      await expect(page.getByText('次回確認の期限超過 2 件')).toBeVisible();
      await expect(cell('T-1')).toBeInViewport();
      await shot('期限超過の表示');

      // Narrowed to 重度 and sorted by 登録番号 descending: the export offers those rows first.
      await page.getByRole('group', { name: '重症度' }).getByLabel('重度').check();
      await page.getByRole('button', { name: '登録番号' }).click();
      await page.getByRole('button', { name: '登録番号' }).click();
      await expect(page.getByText(countText(2, 5))).toBeVisible();
      await expect(grid.getByRole('row').nth(1)).toContainText('T-4');
      let downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: '書き出し' }).click();
      await page.getByRole('menuitem', { name: 'Excel (.xlsx)' }).click();
      const confirm = page.getByRole('dialog', { name: '台帳を書き出しますか' });
      await expect(confirm.getByRole('radio', { name: /^表示中の 2 件/ })).toBeChecked();
      await expect(confirm.getByRole('radio', { name: '全件（5 件）' })).not.toBeChecked();
      await expect(confirm.getByRole('button', { name: 'やめる' })).toBeFocused();
      await shot('書き出す範囲の確認');
      await confirm.getByRole('button', { name: '書き出す' }).click();
      let download = await downloading;
      expect(download.suggestedFilename()).toMatch(/^進行管理台帳_表示中2件_\d{4}-\d{2}-\d{2}\.xlsx$/);
      await download.saveAs(artifacts(`ledger-shown-${size.name}.xlsx`));
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await readFile(await download.path())) as unknown as ArrayBuffer);
      const sheet = workbook.getWorksheet('台帳')!;
      const caseNos: unknown[] = [];
      sheet.eachRow((row, n) => n > 1 && caseNos.push(row.getCell(1).value));
      expect(caseNos).toEqual(['T-4', 'T-3']);

      // 全件 chosen: every case, as CSV.
      downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: '書き出し' }).click();
      await page.getByRole('menuitem', { name: 'CSV' }).click();
      await confirm.getByRole('radio', { name: '全件（5 件）' }).check();
      await expect(confirm).toContainText('すべてのケースの氏名');
      await confirm.getByRole('button', { name: '書き出す' }).click();
      download = await downloading;
      expect(download.suggestedFilename()).toMatch(/^進行管理台帳_\d{4}-\d{2}-\d{2}\.csv$/);
      const lines = (await readFile(await download.path())).subarray(3).toString('utf8').trim().split('\r\n');
      expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['T-1', 'T-2', 'T-3', 'T-4', 'T-5']);

      // Without a search or filter there is nothing to choose: the whole ledger, as before.
      await page.getByRole('button', { name: '絞り込みを解除' }).click();
      await page.getByRole('button', { name: '書き出し' }).click();
      await page.getByRole('menuitem', { name: 'CSV' }).click();
      const whole = page.getByRole('dialog', { name: '台帳全体を書き出しますか' });
      // (A CSV still offers its encodings, UTF-8 or シフトJIS.)
      await expect(whole.getByRole('radio', { name: /^表示中|^全件/ })).toHaveCount(0);
      await whole.getByRole('button', { name: 'やめる' }).click();
    });

    test(`meeting ${size.name}: imported reports listed, masked, with their warning signs`, async ({ app }) => {
      const { page, shot } = app;
      await seed(page);
      await openMeetings(page);
      await page.getByRole('button', { name: '新しい会議' }).click();
      const form = page.getByRole('form', { name: '新しい会議' });
      await form.getByLabel('題名').fill('報告の一覧（架空）');
      await form.getByLabel('日付', { exact: true }).fill('2026/5/24');
      await form.getByLabel('個別に選んだ登録番号').fill('T-1、T-3、T-4');
      await form.getByRole('button', { name: '会議を作成' }).click();
      await expect(page.getByRole('heading', { name: '報告の一覧（架空）', level: 1 })).toBeVisible();

      const reports = await makeReportsWorkbook([
        {
          caseNo: 'T-1',
          reportDate: '2026-05-20',
          agency: 'ひまわり保育園',
          daysAbsent: 0,
          unexplained: '無',
          injury: '有',
          homeChange: '',
          safety: 5,
          note: '一郎くんの左腕にあざ',
        },
        {
          caseNo: 'T-3',
          reportDate: '2026-05-21',
          agency: 'みどり小学校',
          daysAbsent: 8,
          unexplained: '有',
          injury: '無',
          homeChange: '父が転居',
          safety: 2,
          note: '',
        },
        {
          caseNo: 'T-4',
          reportDate: '2026-05-22',
          agency: '保健センター',
          daysAbsent: null,
          unexplained: '',
          injury: '',
          homeChange: '',
          safety: 8,
          note: '変わりなし',
        },
      ]);
      const section = page.getByRole('region', { name: '関係機関からの報告' });
      await section.getByLabel('報告ファイルを選択').setInputFiles({
        name: '報告（架空）.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: reports,
      });
      // The dry run lists what would be imported, before anything is saved.
      await expect(section.getByRole('table', { name: /^取り込む報告（3 件/ })).toBeVisible();
      await section.getByRole('button', { name: '報告を取り込む' }).click();
      await expect(section.getByText('報告の取り込みが完了しました。')).toBeVisible();
      const list = section.getByRole('table', { name: '取り込んだ報告（3 件・氏名は伏せています）' });
      await expect(list.getByRole('row')).toHaveCount(4);
      const row = (label: string) =>
        list.getByRole('row').filter({ has: page.getByRole('rowheader', { name: label }) });
      await expect(row('T-1 K.I.')).toContainText('ひまわり保育園');
      await expect(row('T-1 K.I.')).toContainText('令和8年5月20日');
      await expect(row('T-1 K.I.').getByRole('list', { name: '注意' })).toHaveText('⚠ 外傷の報告');
      await expect(row('T-1 K.I.')).toContainText('所見：〇〇くんの左腕にあざ');
      // No kana: the number alone, never an empty bracket or a guess.
      await expect(row('T-3')).toContainText('みどり小学校');
      await expect(row('T-3').getByRole('listitem')).toHaveText([
        '⚠ 7日以上の欠席',
        '⚠ 連絡のない欠席',
        '⚠ 安全スケールが低い',
      ]);
      await expect(row('T-4 K.Y.')).toContainText('安全スケール8、所見：変わりなし');
      await expect(row('T-4 K.Y.').getByRole('list')).toHaveCount(0);
      await expect(section).not.toContainText('架空');
      await expect(section).not.toContainText('一郎');
      await list.scrollIntoViewIfNeeded();
      await shot('取り込んだ報告の一覧');
    });
  });
}

test.describe('1366x768 dates', () => {
  test.use({ viewport: viewportOf(ROOM_SIZES[1]) });

  test('en-US browser: dates and times are typed and shown in the Japanese order and stored as typed', async ({
    app,
  }) => {
    const { page, shot } = app;
    await seed(page);
    // The ledger's filter: the Japanese order, not mm/dd/yyyy.
    const due = page.getByLabel('次回確認がこの日まで');
    await due.fill('2026/5/24');
    await due.blur();
    await expect(due).toHaveValue('令和8年5月24日');
    await expect(page.locator('input[type="date"], input[type="time"], input[type="datetime-local"]')).toHaveCount(0);

    await openMeetings(page);
    await page.getByRole('button', { name: '新しい会議' }).click();
    const form = page.getByRole('form', { name: '新しい会議' });
    await expect(form.locator('input[type="date"], input[type="time"], input[type="datetime-local"]')).toHaveCount(0);
    await form.getByLabel('題名').fill('日付の確認（架空）');
    const date = form.getByLabel('日付', { exact: true });
    await date.fill('2026/5/24');
    await date.blur();
    await expect(date).toHaveValue('令和8年5月24日');
    const start = form.getByLabel('開始時刻');
    await expect(start).toHaveValue('14:00');
    await start.fill('25:00');
    await expect(form.getByText('時刻は 0:00〜23:59 で入力してください')).toBeVisible();
    await start.fill('午後3時半');
    await start.blur();
    await expect(start).toHaveValue('15:30');
    await shot('英語のブラウザでの日付と時刻');
    await form.getByRole('button', { name: '会議を作成' }).click();
    await expect(page.getByRole('heading', { name: '日付の確認（架空）', level: 1 })).toBeVisible();
    const { meetings } = await callApi<{ meetings: { title: string; date: string; startTime: string }[] }>(
      page,
      'meetings.list',
      {},
    );
    expect(meetings.find((m) => m.title === '日付の確認（架空）')).toMatchObject({
      date: '2026-05-24',
      startTime: '15:30',
    });
  });
});
