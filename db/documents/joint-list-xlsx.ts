// The 合同ケース会議's standing list as a workbook: one sheet 名簿, the columns of the screen (list-rows.ts),
// days as real Excel dates. Names are in it, so it is marked 取扱注意 in the printed header and footer and in
// the workbook's properties, as every export; it prints like every workbook the app writes (xlsx-print.ts).
import ExcelJS from 'exceljs';
import { LIST_COLUMNS, type JointListRow } from '../../shared/joint/list-rows';
import { applyPrintLayout, landscapeFor, rowHeightFor } from './xlsx-print';
import { CONFIDENTIAL } from '../files/write-xlsx';

export const JOINT_LIST_SHEET = '名簿';
/** Widths in '0's, one per LIST_COLUMNS entry. */
const WIDTHS = [12, 14, 12, 11, 24, 11, 28, 15, 11, 34, 9, 14, 11];

/** A stored day (YYYY-MM-DD) as an Excel date at midnight UTC, which Excel shows as that day; a month stays text. */
function day(value: string | null): Date | string {
  if (value === null) return '';
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : value.replace('-', '/');
}

export function rowValues(r: JointListRow): (string | Date)[] {
  return [
    r.caseNo,
    r.name ?? '',
    r.registration,
    r.classification ?? '',
    r.proposedBy,
    day(r.joinedOn),
    r.lastMeeting ? `${r.lastMeeting.date.replaceAll('-', '/')} ${r.lastMeeting.title}` : '',
    r.judgement ?? '',
    r.leadFunction ?? '',
    r.policy ?? '',
    day(r.nextReview),
    r.planStatus,
    day(r.planReviewDue),
  ];
}

export async function writeJointListXlsx(rows: readonly JointListRow[], now: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Tsunagu';
  workbook.title = `合同ケース会議 名簿（${CONFIDENTIAL}）`;
  workbook.subject = CONFIDENTIAL;
  workbook.keywords = CONFIDENTIAL;
  workbook.category = CONFIDENTIAL;
  workbook.description = 'こども家庭センターの合同ケース会議の名簿です。関係者以外に渡さないでください。';
  workbook.created = now;
  workbook.modified = now;
  const sheet = workbook.addWorksheet(JOINT_LIST_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = WIDTHS.map((width) => ({ width }));
  const header = sheet.addRow([...LIST_COLUMNS]);
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };
  });
  for (const r of rows) {
    const row = sheet.addRow(rowValues(r));
    row.eachCell((cell) => {
      if (cell.value instanceof Date) cell.numFmt = 'yyyy/mm/dd';
    });
  }
  applyPrintLayout(sheet, {
    headerFooter: {
      oddHeader: `&L&"-,Bold"${CONFIDENTIAL}&R合同ケース会議 名簿`,
      oddFooter: `&L${CONFIDENTIAL}&C&P / &N`,
    },
    landscape: landscapeFor(WIDTHS),
  });
  // Sized again from the text as printed: the layout measures a date cell by its JavaScript text (a long
  // 「Mon Nov 30 2026 …」), which made every row with a date many lines tall.
  rows.forEach((r, i) => {
    sheet.getRow(i + 2).height = rowHeightFor(
      rowValues(r).map((v) => (v instanceof Date ? '2026/01/01' : v)),
      WIDTHS,
    );
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
