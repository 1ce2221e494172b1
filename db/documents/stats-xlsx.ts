// 年度実績 as a workbook: one sheet per breakdown (the sheets of statsReport), each table with this year, the
// previous year and the difference, a total where the breakdown has one. Aggregate only: no name, no 登録番号
// can reach it (it is built from YearComparison, which holds counts). With the small-count setting on, small
// counts are written 「3件未満」 and counts that would give them back 「非表示」 (shared/stats/small-counts.ts).
// Printed like every workbook the app writes (xlsx-print.ts): A4, 取扱注意 in the header and footer.
import ExcelJS from 'exceljs';
import { fiscalYearLabel, statsReport } from '../../shared/stats/chart-tables';
import {
  diffText,
  hiddenNote,
  shownTables,
  type Shown,
  type ShownRow,
  type ShownTable,
} from '../../shared/stats/small-counts';
import type { YearComparison } from '../../shared/stats/types';
import { applyPrintLayout, rowHeightFor } from './xlsx-print';

export interface StatsDocumentOptions {
  /** Counts 1 … threshold−1 hidden (documents that leave the office); null writes every count. */
  threshold: number | null;
}

export const STATS_NOTICE = '取扱注意';
const COLUMNS = [34, 18, 18, 12];
const FULL_WIDTH = COLUMNS.reduce((a, b) => a + b, 0);
/**
 * Every cell names Yu Gothic (as the Word files do): with the default Latin font the digits and the Japanese
 * words of a row sat at different heights in LibreOffice, and a font with only `bold` set printed serif digits.
 */
const FONT_NAME = 'Yu Gothic';
const BOLD = { name: FONT_NAME, bold: true } as const;
const HEAD_FILL = 'FFE8EEF4';

export function statsTitle(cmp: YearComparison): string {
  return `${fiscalYearLabel(cmp.current.fiscalYear)} 要保護児童対策地域協議会 実績報告`;
}

export async function writeStatsXlsx(cmp: YearComparison, options: StatsDocumentOptions, now: Date): Promise<Buffer> {
  const report = statsReport(cmp);
  const shown = new Map(shownTables(report, options.threshold).map((t) => [t.id, t]));
  const title = statsTitle(cmp);
  const years = [fiscalYearLabel(cmp.current.fiscalYear), fiscalYearLabel(cmp.previous.fiscalYear)] as const;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Tsunagu';
  workbook.title = title;
  workbook.subject = STATS_NOTICE;
  workbook.keywords = STATS_NOTICE;
  workbook.category = STATS_NOTICE;
  workbook.description = '要保護児童対策地域協議会の年度実績（集計値のみ）です。';
  workbook.created = now;
  workbook.modified = now;

  for (const sheetDef of report.sheets) {
    const sheet = workbook.addWorksheet(sheetDef.name);
    sheet.columns = COLUMNS.map((width) => ({ width }));
    const wide: ExcelJS.Row[] = [];
    sheetDef.tables.forEach((def, i) => {
      if (i > 0) sheet.addRow([]);
      wide.push(...writeTable(sheet, shown.get(def.id)!, years));
    });
    if (options.threshold !== null) {
      sheet.addRow([]);
      wide.push(noteRow(sheet, hiddenNote(options.threshold)));
    }
    applyPrintLayout(sheet, {
      landscape: false,
      headerRows: 0,
      headerFooter: {
        oddHeader: `&L&"-,Bold"${STATS_NOTICE}&R${headerText(`${title}　${sheetDef.name}`)}`,
        oddFooter: `&L${STATS_NOTICE}&C&P / &N`,
      },
    });
    // No row repeats on each page: a sheet is one page; the 0 above only keeps the tables' own rows unrepeated.
    sheet.pageSetup.printTitlesRow = undefined;
    // Titles and notes span the table (merged), so their height comes from the whole width, not column A's.
    for (const row of wide) row.height = rowHeightFor([row.getCell(1).text], [FULL_WIDTH]);
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        cell.font = { ...cell.font, name: FONT_NAME };
        cell.alignment = { ...cell.alignment, vertical: 'middle' };
      }),
    );
  }
  const out = await workbook.xlsx.writeBuffer();
  return Buffer.from(out as ArrayBuffer);
}

/** The table's rows; returns its title and note rows, which span the four columns. */
function writeTable(sheet: ExcelJS.Worksheet, table: ShownTable, years: readonly [string, string]): ExcelJS.Row[] {
  const title = noteRow(sheet, table.title);
  title.font = { ...BOLD, size: 12 };
  const wide = [title, ...(table.note ? [noteRow(sheet, table.note)] : [])];
  const unit = `（${table.unit}）`;
  const head = sheet.addRow([table.rowHead, `${years[0]}${unit}`, `${years[1]}${unit}`, '増減']);
  head.font = BOLD;
  head.eachCell((cell, col) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEAD_FILL } };
    cell.border = { bottom: { style: 'thin' } };
    if (col > 1) cell.alignment = { horizontal: 'right' };
  });
  for (const row of table.rows) addValues(sheet, row, false);
  if (table.total) addValues(sheet, table.total, true);
  return wide;
}

function noteRow(sheet: ExcelJS.Worksheet, text: string): ExcelJS.Row {
  const row = sheet.addRow([text]);
  row.font = { name: FONT_NAME, size: 9 };
  sheet.mergeCells(row.number, 1, row.number, COLUMNS.length);
  return row;
}

function addValues(sheet: ExcelJS.Worksheet, row: ShownRow, total: boolean): void {
  const value = (s: Shown) => (s.kind === 'count' ? s.value : s.kind === 'under' ? `${s.threshold}件未満` : '非表示');
  const added = sheet.addRow([row.label, value(row.current), value(row.previous), row.diff ?? diffText(null)]);
  added.getCell(4).numFmt = '+0;-0;"±0"';
  for (const c of [2, 3, 4]) added.getCell(c).alignment = { horizontal: 'right' };
  if (total) {
    added.font = BOLD;
    added.eachCell((cell) => (cell.border = { top: { style: 'thin' } }));
  }
}

/** In a page header & starts a code: a literal one is written twice. */
function headerText(text: string): string {
  return text.replace(/&/g, '&&');
}
