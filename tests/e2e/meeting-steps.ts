// Steps of the meeting specs, written with the accessible names the meeting screens use.
import ExcelJS from 'exceljs';
import type { Locator, Page } from '@playwright/test';
import { expect } from './app';
import { chooseFile, importDialog } from './steps';

/** Imports a ledger workbook through the wizard, accepting the proposed mapping. */
export async function importLedger(page: Page, buffer: Buffer): Promise<void> {
  await chooseFile(page, '台帳（架空）.xlsx', buffer);
  const dialog = importDialog(page);
  await dialog.getByRole('button', { name: '次へ' }).click();
  await dialog.getByRole('button', { name: '取り込む' }).click();
  await expect(dialog.getByText('取り込みが完了しました。')).toBeVisible();
  await dialog.getByRole('button', { name: '閉じる' }).click();
  await expect(dialog).toBeHidden();
}

export async function openMeetings(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: '画面の切り替え' })
    .getByRole('button', { name: '会議', exact: true })
    .click();
  await expect(page.getByRole('heading', { name: '会議', level: 1 })).toBeVisible();
}

export interface ReportRow {
  caseNo: string;
  reportDate: string;
  agency: string;
  daysAbsent: number | null;
  unexplained: string;
  injury: string;
  homeChange: string;
  safety: number | null;
  note: string;
}

/** An agencies' report workbook as a school or nursery would send it: a title row, then the header. */
export async function makeReportsWorkbook(rows: readonly ReportRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('報告');
  sheet.addRow(['関係機関からの報告（架空データ）']);
  sheet.addRow([
    '登録番号',
    '報告日',
    '報告機関',
    '欠席日数',
    '連絡のない欠席',
    '外傷',
    '家庭状況の変化',
    '安全スケール',
    '所見',
  ]);
  for (const r of rows) {
    sheet.addRow([
      r.caseNo,
      r.reportDate,
      r.agency,
      r.daysAbsent,
      r.unexplained,
      r.injury,
      r.homeChange,
      r.safety,
      r.note,
    ]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function column(page: Page, name: '確認' | '協議' | '保留'): Locator {
  return page.getByRole('region', { name: '振り分け' }).getByRole('region', { name, exact: true });
}

export function card(scope: Locator, caseNo: string): Locator {
  return scope.getByRole('article', { name: caseNo, exact: true });
}

/** Drags with real pointer events, in small steps as a hand would (dnd-kit needs movement past its threshold). */
export async function dragWithMouse(page: Page, from: Locator, to: Locator): Promise<void> {
  await from.scrollIntoViewIfNeeded();
  const a = await from.boundingBox();
  const b = await to.boundingBox();
  if (!a || !b) throw new Error('drag source or target is not visible');
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 10, a.y + a.height / 2 + 10, { steps: 5 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 25 });
  await page.mouse.up();
}

/**
 * The shortest way to a meeting with an agenda: a meeting over hand-picked cases (its scope is just those), then
 * the suggestion of every active one of them. `before` runs on the new meeting's screen first (e.g. importing reports).
 */
export async function meetingWithAgenda(
  page: Page,
  meeting: { title: string; date: string; caseNos: readonly string[] },
  before?: () => Promise<void>,
): Promise<void> {
  await openMeetings(page);
  await page.getByRole('button', { name: '新しい会議' }).click();
  const form = page.getByRole('form', { name: '新しい会議' });
  await form.getByLabel('題名').fill(meeting.title);
  await form.getByLabel('日付', { exact: true }).fill(meeting.date);
  await form.getByLabel('個別に選んだ登録番号').fill(meeting.caseNos.join('、'));
  await form.getByRole('button', { name: '会議を作成' }).click();
  await expect(page.getByRole('heading', { name: meeting.title, level: 1 })).toBeVisible();
  await before?.();
  await page.getByRole('checkbox', { name: '対象の全件を確認する' }).check();
  await page.getByRole('button', { name: '議題を提案' }).click();
  await expect(page.getByRole('region', { name: '振り分け' })).toBeVisible();
}
