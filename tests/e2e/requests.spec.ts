// 関係機関への依頼 end to end in Chromium at each room size: on a meeting's screen the secretariat writes a
// 説明してほしいこと for an agency about a case that is not its own, creates the request (every proposed agency
// ticked), saves an agency's assessment workbook and 依頼文 (read back: the workbook with exceljs, its agency,
// its question cell and its drop-down; the letter's text), then on 「依頼・回収」 makes a request between
// meetings for one ticked agency.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Download, Page } from '@playwright/test';
import { emptyCase, type LedgerCase } from '../../shared/ledger/case';
import { ANSWER_SHEET, FIRST_CASE_ROW } from '../../shared/assessment/workbook-layout';
import { expect, test } from './app';
import { downloadedBytes } from './assessment-steps';
import { openMeetings } from './meeting-steps';
import { ROOM_SIZES, viewportOf } from './sizes';
import { callApi, setUpPassphrase } from './steps';

const SCHOOL = '架空市立第一小学校';
const NURSERY = 'ひまわり保育園';

async function save(page: Page, button: string): Promise<Download> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return download;
}

const c = (caseNo: string, fields: Partial<LedgerCase>): LedgerCase => ({
  ...emptyCase(caseNo),
  classification: '要支援児童',
  ...fields,
});

/** A day `days` from now, as typed in the form (2026/12/20). */
function dayFromNow(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return `${d.getFullYear()}/${d.getMonth() + 1}/${d.getDate()}`;
}

for (const size of ROOM_SIZES) {
  test.describe(size.name, () => {
    test.use({ viewport: viewportOf(size) });

    test(`依頼: a question, a request, both files saved, and a request between meetings at ${size.name}`, async ({
      app,
    }) => {
      const { page, shot } = app;
      await setUpPassphrase(page);
      await callApi(page, 'agencies.save', { name: SCHOOL, kind: '学校' });
      await callApi(page, 'agencies.save', { name: NURSERY, kind: '保育所等' });
      await callApi(page, 'ledger.create', {
        case: c('R8-0001', { name: '架空　一郎', kana: 'かくう いちろう', affiliation: SCHOOL }),
      });
      await callApi(page, 'ledger.create', {
        case: c('R8-0002', { name: '架空　二葉', kana: 'かくう ふたば', affiliation: NURSERY, agencies: [SCHOOL] }),
      });

      await openMeetings(page);
      await page.getByRole('button', { name: '新しい会議' }).click();
      const form = page.getByRole('form', { name: '新しい会議' });
      await form.getByLabel('題名').fill('実務者会議（架空）');
      await form.getByLabel('日付', { exact: true }).fill(dayFromNow(20));
      await form.getByRole('button', { name: '会議を作成' }).click();
      await expect(page.getByRole('heading', { name: '実務者会議（架空）', level: 1 })).toBeVisible();

      const panel = page.getByRole('region', { name: '関係機関への依頼' });
      await panel.scrollIntoViewIfNeeded();
      // The nursery is asked about R8-0001 too, though the child does not attend it: a question makes it so.
      await panel.getByLabel('機関', { exact: true }).selectOption(NURSERY);
      await panel.getByLabel('ケース', { exact: true }).selectOption('R8-0001');
      await panel.getByLabel('説明してほしいこと', { exact: true }).fill('兄弟の登園時の様子');
      await panel.getByRole('button', { name: '追加' }).click();
      const questions = panel.getByRole('list', { name: '説明してほしいことの一覧' });
      await expect(questions).toContainText(NURSERY);
      await expect(questions).toContainText('R8-0001 K.I.');
      await expect(questions).toContainText('兄弟の登園時の様子');

      const agencies = panel.getByRole('list', { name: '依頼する機関' });
      const nurseryRow = agencies.getByRole('listitem').filter({ hasText: NURSERY }).first();
      await expect(nurseryRow).toContainText('2 / 2件');
      await nurseryRow.getByRole('button', { name: `${NURSERY} のケース` }).click();
      await expect(nurseryRow).toContainText('説明依頼');
      await expect(nurseryRow).toContainText('所属');
      await expect(panel.getByText('2機関・4件を依頼します')).toBeVisible();
      await panel.getByRole('heading', { name: '説明してほしいこと' }).scrollIntoViewIfNeeded();
      await shot('the question and the agencies to ask');

      await panel.getByRole('button', { name: '依頼を作成' }).click();
      await expect(panel.getByRole('status')).toContainText('を作成しました（2機関）');
      const request = panel.getByRole('table', { name: /^依頼番号 \d+$/ });
      await expect(request.getByRole('row', { name: new RegExp(SCHOOL) })).toContainText('2件');
      await request.scrollIntoViewIfNeeded();
      await shot('the request made with its files');

      const workbookFile = await save(page, `${NURSERY} のアセスメントシート（Excel）`);
      expect(workbookFile.suggestedFilename()).toMatch(new RegExp(`^\\d+_${NURSERY}_アセスメントシート\\.xlsx$`));
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await downloadedBytes(workbookFile)) as never);
      const sheet = workbook.getWorksheet(ANSWER_SHEET)!;
      expect(sheet.getCell('B2').text).toBe(NURSERY);
      expect(sheet.getCell(FIRST_CASE_ROW, 1).text).toBe('R8-0001');
      expect(sheet.getCell(FIRST_CASE_ROW, 2).text).toBe('架空　一郎');
      expect(sheet.getCell(FIRST_CASE_ROW, 4).text).toBe('兄弟の登園時の様子');
      expect(sheet.getCell(FIRST_CASE_ROW + 1, 1).text).toBe('R8-0002');
      expect(sheet.getCell(FIRST_CASE_ROW, 6).dataValidation).toMatchObject({ type: 'list' });

      const letterFile = await save(page, `${NURSERY} の依頼文（Word）`);
      expect(letterFile.suggestedFilename()).toMatch(/_依頼文\.docx$/);
      const zip = await JSZip.loadAsync(await downloadedBytes(letterFile));
      const body = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
      expect(body).toContain(`${NURSERY}　御中`);
      expect(body).toContain('会議で説明をお願いしたいこと');
      expect(body).toContain('兄弟の登園時の様子');

      await page
        .getByRole('navigation', { name: '画面の切り替え' })
        .getByRole('button', { name: '依頼・回収' })
        .click();
      await expect(page.getByRole('heading', { name: '依頼・回収', level: 1 })).toBeVisible();
      const between = page.getByRole('region', { name: '会議の間の依頼' });
      await expect(between.getByText('まだ依頼はありません。')).toBeVisible();
      await expect(between.getByText('0機関・0件を依頼します')).toBeVisible();
      await between
        .getByRole('list', { name: '依頼する機関' })
        .getByRole('listitem')
        .filter({ hasText: SCHOOL })
        .first()
        .getByRole('checkbox')
        .first()
        .check();
      await expect(between.getByText('1機関・2件を依頼します')).toBeVisible();
      await shot('a request between meetings');
      await between.getByRole('button', { name: '依頼を作成' }).click();
      await expect(between.getByRole('status')).toContainText('を作成しました（1機関）');
      await expect(between.getByRole('table', { name: /^依頼番号 \d+$/ })).toContainText(SCHOOL);
      await shot('the request between meetings made');
    });
  });
}
