// 年度実績: a ledger with known registrations in two fiscal years, the screen's year picker, the totals in the
// tables, the charts (SVG with their words), the 投影用 layout, and both files exported (the Excel workbook's
// sheets with exact counts, the Word 報告資料 with its chart pictures and small counts hidden under the threshold
// set in the dialog). At the three
// room sizes.
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Download, Page } from '@playwright/test';
import { emptyCase, type LedgerCase } from '../../shared/ledger/case';
import { fiscalYearLabel } from '../../shared/stats/chart-labels';
import { lastEndedFiscalYear } from '../../shared/stats/year-choice';
import { test, expect } from './app';
import { ROOM_SIZES, viewportOf } from './sizes';
import { callApi, setUpPassphrase } from './steps';

async function bytesOf(download: Download): Promise<Buffer> {
  const path = await download.path();
  if (!path) throw new Error('download has no file');
  return readFile(path);
}

/** Five new cases in `year` (one closed in it) and two in the year before. */
async function seed(page: Page, year: number): Promise<void> {
  const cases: Partial<LedgerCase>[] = [
    { caseNo: 'S-1', classification: '要保護児童', registeredDate: `${year}-05-10`, birthDate: '2020-01-01' },
    { caseNo: 'S-2', classification: '要保護児童', registeredDate: `${year}-06-01` },
    { caseNo: 'S-3', classification: '要支援児童', registeredDate: `${year}-07-15` },
    { caseNo: 'S-4', classification: '特定妊婦', receivedDate: `${year}-09-01` },
    {
      caseNo: 'S-5',
      classification: '要保護児童',
      registeredDate: `${year}-10-01`,
      status: 'closed',
      closedDate: `${year + 1}-02-01`,
      closedReason: '転出',
    },
    { caseNo: 'P-1', classification: '要保護児童', registeredDate: `${year - 1}-05-01` },
    { caseNo: 'P-2', classification: '要支援児童', registeredDate: `${year - 1}-12-01` },
  ];
  for (const c of cases)
    await callApi(page, 'ledger.create', { case: { ...emptyCase(c.caseNo!), name: '架空 たろう', ...c } });
}

/** The cells of a table row by its heading: [this year, previous year, 増減]. */
function rowCells(page: Page, table: string, head: string) {
  return page
    .locator(`table[data-table="${table}"] tr`)
    .filter({ has: page.getByRole('rowheader', { name: head, exact: true }) })
    .locator('td');
}

for (const size of ROOM_SIZES) {
  test.describe(size.name, () => {
    test.use({ viewport: viewportOf(size) });

    test(`年度実績: figures, charts and both files at ${size.name}`, async ({ app }) => {
      const { page, shot } = app;
      await setUpPassphrase(page);
      const today = await page.evaluate(() => new Date().toISOString().slice(0, 10));
      const year = lastEndedFiscalYear(today);
      await seed(page, year);

      await page.getByRole('navigation', { name: '画面の切り替え' }).getByRole('button', { name: '年度実績' }).click();
      await expect(page.getByRole('heading', { name: '年度実績', level: 1 })).toBeVisible();
      // Opens on the last year that has ended.
      const picker = page.getByRole('combobox', { name: '年度' });
      await expect(picker).toHaveValue(String(year));
      await expect(rowCells(page, 'newByClassification', '合計')).toHaveText(['5', '2', '+3']);
      await expect(rowCells(page, 'newByClassification', '要保護児童')).toHaveText(['3', '1', '+2']);
      await expect(rowCells(page, 'newByClassification', '特定妊婦')).toHaveText(['1', '0', '+1']);
      await expect(rowCells(page, 'closuresByReason', '転出')).toHaveText(['1', '0', '+1']);
      const header = page.locator('table[data-table="newByClassification"] thead th');
      await expect(header).toHaveText(['種別', fiscalYearLabel(year), fiscalYearLabel(year - 1), '増減']);

      // The charts: an SVG per breakdown with its words, the months as a line chart.
      const bars = page.locator('[data-chart="newByClassification"] svg');
      await expect(bars).toBeVisible();
      await expect(bars.locator('text', { hasText: '要支援児童' }).first()).toBeAttached();
      await expect(page.locator('[data-chart="months"] svg')).toBeVisible();
      await shot('year');
      await page.locator('table[data-table="newByClassification"]').scrollIntoViewIfNeeded();
      await shot('tables');

      // The year before: its new cases are this year's comparison column.
      await picker.selectOption(String(year - 1));
      await expect(rowCells(page, 'newByClassification', '合計')).toHaveText(['2', '0', '+2']);
      await picker.selectOption(String(year));
      await expect(rowCells(page, 'newByClassification', '合計')).toHaveText(['5', '2', '+3']);

      // 投影用: one chart per row at the full width, so the chart's type is projector-sized.
      const box = async () => (await bars.boundingBox())!.width;
      const desk = await box();
      await page.getByLabel('投影用に大きく表示').check();
      await expect.poll(box).toBeGreaterThan(desk * 1.6);
      await shot('large');
      await page.getByLabel('投影用に大きく表示').uncheck();

      // Word: small counts hidden by default (every count here is under 3).
      const exportGroup = page.getByRole('group', { name: '書き出し' });
      await exportGroup.getByRole('button', { name: 'Word 報告資料' }).click();
      const dialog = page.getByRole('dialog');
      await expect(dialog.getByLabel('少ない件数を伏せる（3件未満）')).toBeChecked();
      // The threshold is the council's setting, changed here and kept for the next file.
      await dialog.getByLabel('伏せる基準').fill('4');
      await expect(dialog.getByLabel('少ない件数を伏せる（4件未満）')).toBeChecked();
      await shot('export-dialog');
      let downloading = page.waitForEvent('download');
      await dialog.getByRole('button', { name: '書き出す' }).click();
      const docx = await downloading;
      // Kept beside the test's results, to be opened in a word processor by hand.
      await docx.saveAs(test.info().outputPath('stats.docx'));
      expect(docx.suggestedFilename()).toBe(`年度実績_${year}年度_少数秘匿.docx`);
      const zip = await JSZip.loadAsync(await bytesOf(docx));
      expect(Object.keys(zip.files).some((name) => /^word\/media\/.+\.png$/.test(name))).toBe(true);
      const body = await zip.file('word/document.xml')!.async('string');
      expect(body).toContain('4件未満');
      expect(body).not.toContain('S-1');

      // Excel with every count shown: one sheet per breakdown, the exact figures.
      await exportGroup.getByRole('button', { name: 'Excel' }).click();
      await dialog.getByLabel('少ない件数を伏せる（4件未満）').uncheck();
      downloading = page.waitForEvent('download');
      await dialog.getByRole('button', { name: '書き出す' }).click();
      const xlsx = await downloading;
      expect(xlsx.suggestedFilename()).toBe(`年度実績_${year}年度.xlsx`);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load((await bytesOf(xlsx)) as unknown as ArrayBuffer);
      expect(book.worksheets.length).toBeGreaterThanOrEqual(5);
      const cells = book.worksheets.flatMap((ws) => {
        const out: string[] = [];
        ws.eachRow((row) => out.push(row.values && Array.isArray(row.values) ? row.values.slice(1).join('|') : ''));
        return out;
      });
      expect(cells.some((line) => line.startsWith('合計|5|2'))).toBe(true);
      await shot('after-export');
    });
  });
}
