// The 操作ログ as a file: xlsx (取扱注意 in the printed header, like the ledger) or CSV (the ledger's CSV
// writer). Times are written as the machine's local time, the way the screen shows them.
import ExcelJS from 'exceljs';
import { AUDIT_KIND_LABELS, type AuditEntry } from '../../shared/audit/actions';
import type { ExportedFile } from '../../shared/contract';
import { writeCsvRows } from '../files/write-csv';
import { CONFIDENTIAL } from '../files/write-xlsx';
import { localDate, MIME } from '../ledger/export';

const HEADERS = ['日時', '最後の日時', '回数', '操作者', '種類', '内容', '対象', '結果'];

export async function exportAuditLog(entries: readonly AuditEntry[], format: 'xlsx' | 'csv', now: Date): Promise<ExportedFile> {
  const rows = entries.map((e) => [
    localTime(e.at), localTime(e.lastAt), String(e.count), e.actor, AUDIT_KIND_LABELS[e.kind], e.summary, e.target ?? '',
    e.ok ? '成功' : '失敗',
  ]);
  const bytes = format === 'csv' ? writeCsvRows([HEADERS, ...rows]) : await xlsx(rows, now);
  return { fileName: `操作ログ_${localDate(now)}.${format}`, mimeType: MIME[format], dataBase64: bytes.toString('base64') };
}

async function xlsx(rows: string[][], now: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Tsunagu';
  workbook.title = `操作ログ（${CONFIDENTIAL}）`;
  workbook.subject = CONFIDENTIAL;
  workbook.created = now;
  const sheet = workbook.addWorksheet('操作ログ', {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
    headerFooter: { oddHeader: `&L&"-,Bold"${CONFIDENTIAL}&R操作ログ`, oddFooter: `&L${CONFIDENTIAL}&C&P / &N` },
  });
  sheet.addRow(HEADERS).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  [20, 20, 6, 16, 12, 50, 16, 8].forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function localTime(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${localDate(d)} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}
