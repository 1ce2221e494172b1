// Steps for the assessment sheets: a returned workbook through the meeting's report import, and a downloaded
// request workbook filled in as an agency's own spreadsheet program would.
import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { ANSWER_SHEET, FIRST_CASE_ROW, HEADER_ROW } from '../../shared/assessment/workbook-layout';
import { expect } from './app';
import { XLSX_MIME } from './steps';

/** Chooses the file in 「関係機関からの報告」, runs the checks on the check step, then imports it. */
export async function importSheet(
  page: Page,
  name: string,
  buffer: Buffer,
  checks: (section: Locator) => Promise<void>,
  shot: (n: string) => Promise<void>,
): Promise<void> {
  const section = page.getByRole('region', { name: '関係機関からの報告' });
  await section.getByLabel('報告ファイルを選択').setInputFiles({ name, mimeType: XLSX_MIME, buffer });
  await expect(section.getByText(`「${name}」の確認結果です。`)).toBeVisible({ timeout: 60_000 });
  await checks(section);
  await section.getByText(`「${name}」の確認結果です。`).scrollIntoViewIfNeeded();
  await shot(`確認 ${name}`);
  await section.getByRole('button', { name: '取り込む', exact: true }).click();
  await expect(section.getByText(/の取り込みが完了しました。/)).toBeVisible({ timeout: 60_000 });
}

export async function downloadedBytes(download: Download): Promise<Buffer> {
  const path = await download.path();
  if (!path) throw new Error('download has no file');
  return readFile(path);
}

/**
 * Fills a request workbook as an agency does: answers typed under their column headers, per 登録番号, and
 * columns of its own added after the last one.
 */
export async function fillRequestWorkbook(
  bytes: Buffer,
  answers: Record<string, Record<string, string | number>>,
  ownColumns: readonly string[] = [],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as never);
  const sheet = workbook.getWorksheet(ANSWER_SHEET)!;
  const header = sheet.getRow(HEADER_ROW);
  for (const name of ownColumns) header.getCell(header.cellCount + 1).value = name;
  const columns = new Map<string, number>();
  header.eachCell((cell, col) => columns.set(cell.text, col));
  for (let row = FIRST_CASE_ROW; row <= sheet.rowCount; row++) {
    const filled = answers[sheet.getCell(row, 1).text];
    for (const [label, value] of Object.entries(filled ?? {})) {
      const col = columns.get(label);
      if (col === undefined) throw new Error(`no column 「${label}」`);
      sheet.getCell(row, col).value = value;
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
