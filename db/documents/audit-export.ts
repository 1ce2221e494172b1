// The 操作ログ as a file: xlsx (取扱注意 in the printed header, like the ledger) or CSV (the ledger's CSV
// writer). Times are written in the council's time zone, like everything else the app writes.
import ExcelJS from 'exceljs';
import { AUDIT_KIND_LABELS, type AuditEntry } from '../../shared/audit/actions';
import type { ExportedFile } from '../../shared/contract';
import { writeCsvRows } from '../files/write-csv';
import { CONFIDENTIAL } from '../files/write-xlsx';
import { MIME } from './ledger-export';
import { applyPrintLayout } from './xlsx-print';
import { dayInZone, timestampInZone } from '../../shared/time/zone';

const HEADERS = ['日時', '最後の日時', '回数', '操作者', '種類', '内容', '対象', '結果'];

export async function exportAuditLog(
  entries: readonly AuditEntry[],
  format: 'xlsx' | 'csv',
  now: Date,
  timeZone: string,
): Promise<ExportedFile> {
  const rows = entries.map((e) => [
    timestampInZone(e.at, timeZone),
    timestampInZone(e.lastAt, timeZone),
    String(e.count),
    e.actor,
    AUDIT_KIND_LABELS[e.kind],
    e.summary,
    e.target ?? '',
    e.ok ? '成功' : '失敗',
  ]);
  const bytes = format === 'csv' ? writeCsvRows([HEADERS, ...rows]) : await xlsx(rows, now);
  return {
    fileName: `操作ログ_${dayInZone(now, timeZone)}.${format}`,
    mimeType: MIME[format],
    dataBase64: bytes.toString('base64'),
  };
}

async function xlsx(rows: string[][], now: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Tsunagu';
  workbook.title = `操作ログ（${CONFIDENTIAL}）`;
  workbook.subject = CONFIDENTIAL;
  workbook.created = now;
  const sheet = workbook.addWorksheet('操作ログ', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(HEADERS).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  [20, 20, 6, 16, 12, 50, 16, 8].forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  // 内容 holds long summaries: they wrap in their rows instead of printing cut off.
  applyPrintLayout(sheet, {
    landscape: true,
    headerFooter: { oddHeader: `&L&"-,Bold"${CONFIDENTIAL}&R操作ログ`, oddFooter: `&L${CONFIDENTIAL}&C&P / &N` },
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
