// The request workbook (依頼のアセスメントシート): one per agency, one row per case it is asked about, the
// request's items as columns with Excel drop-downs, in EXACTLY the layout of shared/assessment/workbook-layout.ts,
// because the returned file is read back by what a person sees there (依頼番号 and 機関名 above the table, the
// column headers). The answer cells are light yellow and our own columns grey, so an agency sees at once what
// to fill; nothing is protected (a protected sheet stops an agency adding its own 備考 column, which we keep).
import ExcelJS from 'exceljs';
import type { AssessmentItem } from '../../shared/assessment/sheet';
import { CHECK_ANSWERS } from '../../shared/assessment/sheet';
import {
  ANSWER_SHEET,
  COL_FILLED_BY,
  COL_FILLED_ON,
  FIRST_CASE_ROW,
  GROUP_ROW,
  HEADER_ROW,
  LABEL_AGENCY,
  LABEL_DUE,
  LABEL_REQUEST,
  LEADING_COLUMNS,
  META_AGENCY,
  META_ITEM,
  META_MARKER,
  META_REQUEST,
  META_SHEET,
  SHEET_TITLE,
} from '../../shared/assessment/workbook-layout';
import { CONFIDENTIAL } from '../files/write-xlsx';
import { printPageSetup, rowHeightFor, wrapAndSize } from './xlsx-print';

export interface RequestWorkbookRow {
  caseNo: string;
  name: string;
  affiliation: string;
  /** This agency's 説明してほしいこと about this case. */
  questions: string[];
}

export interface RequestWorkbookData {
  requestId: number;
  agency: string;
  /** 回答期限 as the council writes dates. */
  dueText: string;
  items: readonly AssessmentItem[];
  rows: readonly RequestWorkbookRow[];
}

export const INSTRUCTION = '黄色の欄に記入してください。選択肢はセルの▼から選べます。';
export const NOTICE_LINE = `${CONFIDENTIAL}：個人情報を含みます。関係者以外に渡さず、回答後は事務局の指示どおりに扱ってください。`;
const CHECK_LIST = `"${CHECK_ANSWERS.join(',')}"`;
const ANSWER_FILL = 'FFFFF2CC';
const OUR_FILL = 'FFE7E6E6';
const HEAD_FILL = 'FFD9E1F2';
const LEADING_WIDTHS = [12, 14, 16, 30];
const TRAILING_WIDTHS = [12, 12];
const THIN = { style: 'thin' as const, color: { argb: 'FF999999' } };
const BOX = { top: THIN, left: THIN, bottom: THIN, right: THIN };

function itemWidth(item: AssessmentItem): number {
  return item.kind === 'text' ? 30 : item.kind === 'check' ? 11 : 9;
}

/** What Excel lets an agency type in an answer column; the error is what it shows when the cell is refused. */
export function itemValidation(item: AssessmentItem): ExcelJS.DataValidation | null {
  const common = { allowBlank: true, showErrorMessage: true, errorStyle: 'stop', errorTitle: item.label } as const;
  switch (item.kind) {
    case 'check':
      return {
        ...common,
        type: 'list',
        formulae: [CHECK_LIST],
        error: '「はい」「いいえ」「不明」から選んでください。',
      };
    case 'scale':
      return {
        ...common,
        type: 'whole',
        operator: 'between',
        formulae: [0, 10],
        error: '0から10の整数で入力してください。',
      };
    case 'days':
      return {
        ...common,
        type: 'whole',
        operator: 'between',
        formulae: [0, 366],
        error: '0から366の日数で入力してください。',
      };
    case 'text':
      return null;
  }
}

const DATE_VALIDATION: ExcelJS.DataValidation = {
  type: 'date',
  operator: 'greaterThan',
  allowBlank: true,
  showErrorMessage: true,
  errorStyle: 'stop',
  errorTitle: COL_FILLED_ON,
  error: '日付（例：2026/12/01）で入力してください。',
  formulae: [new Date(Date.UTC(2000, 0, 1))],
};

export async function writeRequestWorkbook(data: RequestWorkbookData, now: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Tsunagu';
  workbook.title = `${SHEET_TITLE}（${CONFIDENTIAL}）`;
  workbook.subject = CONFIDENTIAL;
  workbook.keywords = CONFIDENTIAL;
  workbook.category = CONFIDENTIAL;
  workbook.created = now;
  workbook.modified = now;

  const widths = [...LEADING_WIDTHS, ...data.items.map(itemWidth), ...TRAILING_WIDTHS];
  const itemStart = LEADING_WIDTHS.length + 1;
  const lastCol = widths.length;
  const sheet = workbook.addWorksheet(ANSWER_SHEET, {
    views: [{ state: 'frozen', xSplit: 2, ySplit: HEADER_ROW }],
  });
  sheet.columns = widths.map((width) => ({ width }));

  writeTop(sheet, data, lastCol);
  writeGroups(sheet, data.items, itemStart);
  const header = sheet.getRow(HEADER_ROW);
  header.values = [...LEADING_COLUMNS, ...data.items.map((i) => i.label), COL_FILLED_ON, COL_FILLED_BY];
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEAD_FILL } };
    cell.border = BOX;
  });
  wrapAndSize(header, widths);

  data.rows.forEach((r, index) => {
    const row = sheet.getRow(FIRST_CASE_ROW + index);
    row.values = [r.caseNo, r.name, r.affiliation, r.questions.join('\n')];
    for (let col = 1; col <= lastCol; col++) {
      const cell = row.getCell(col);
      const answer = col >= itemStart;
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: answer ? ANSWER_FILL : OUR_FILL } };
      cell.border = BOX;
      if (!answer) continue;
      const item = data.items[col - itemStart];
      const validation = item ? itemValidation(item) : col === lastCol - 1 ? DATE_VALIDATION : null;
      if (validation) cell.dataValidation = validation;
      if (col === lastCol - 1) cell.numFmt = 'yyyy/mm/dd';
    }
    wrapAndSize(row, widths, false);
    row.height = Math.max(30, rowHeightFor([r.caseNo, r.name, r.affiliation, r.questions.join('\n')], widths));
  });

  const total = widths.reduce((sum, w) => sum + w, 0);
  sheet.pageSetup = {
    ...sheet.pageSetup,
    ...printPageSetup({ landscape: true }),
    // A3 (8, which exceljs's type does not list) when the sheet is too wide for A4 at a readable size.
    paperSize: (total > 200 ? 8 : 9) as ExcelJS.PaperSize,
    printTitlesRow: `${GROUP_ROW}:${HEADER_ROW}`,
  };
  sheet.headerFooter = {
    oddHeader: `&L&"-,Bold"${CONFIDENTIAL}&R${data.agency.replaceAll('&', '&&')}　依頼番号 ${data.requestId}`,
    oddFooter: `&L${CONFIDENTIAL}&C&P / &N`,
  };

  writeMeta(workbook, data);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Rows 1–6: title, the three labelled values, the 取扱注意 line and the instruction. */
function writeTop(sheet: ExcelJS.Worksheet, data: RequestWorkbookData, lastCol: number): void {
  const title = sheet.getCell(1, 1);
  title.value = SHEET_TITLE;
  title.font = { bold: true, size: 14 };
  sheet.getRow(1).height = 24;
  const labelled: [string, string | number][] = [
    [LABEL_AGENCY, data.agency],
    [LABEL_REQUEST, data.requestId],
    [LABEL_DUE, data.dueText],
  ];
  labelled.forEach(([label, value], i) => {
    const row = 2 + i;
    const labelCell = sheet.getCell(row, 1);
    labelCell.value = label;
    labelCell.font = { bold: true };
    labelCell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: OUR_FILL } };
    labelCell.border = BOX;
    const valueCell = sheet.getCell(row, 2);
    valueCell.value = value;
    valueCell.alignment = { horizontal: 'left' };
    valueCell.border = BOX;
    sheet.mergeCells(row, 2, row, 3);
  });
  const notice = sheet.getCell(5, 1);
  notice.value = NOTICE_LINE;
  notice.font = { bold: true, color: { argb: 'FFC00000' } };
  const instruction = sheet.getCell(6, 1);
  instruction.value = INSTRUCTION;
  instruction.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: ANSWER_FILL } };
  sheet.mergeCells(6, 1, 6, Math.min(lastCol, 8));
}

/** Row 7: each group's name merged over its items (consecutive items of one group). */
function writeGroups(sheet: ExcelJS.Worksheet, items: readonly AssessmentItem[], itemStart: number): void {
  let start = 0;
  for (let i = 1; i <= items.length; i++) {
    if (i < items.length && items[i]!.group === items[start]!.group) continue;
    const cell = sheet.getCell(GROUP_ROW, itemStart + start);
    cell.value = items[start]!.group;
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEAD_FILL } };
    cell.border = BOX;
    if (i - 1 > start) sheet.mergeCells(GROUP_ROW, itemStart + start, GROUP_ROW, itemStart + i - 1);
    start = i;
  }
}

/** The hidden sheet: the marker, the request and agency, then one row per item column in order. */
function writeMeta(workbook: ExcelJS.Workbook, data: RequestWorkbookData): void {
  const meta = workbook.addWorksheet(META_SHEET, { state: 'hidden' });
  meta.addRow([META_MARKER]);
  meta.addRow([META_REQUEST, data.requestId]);
  meta.addRow([META_AGENCY, data.agency]);
  for (const item of data.items) meta.addRow([META_ITEM, item.id, item.label]);
}
