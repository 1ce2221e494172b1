// CSV for Excel users: UTF-8 with BOM (so Excel detects the encoding), CRLF, fields quoted when needed.
import { emptyCase, type LedgerCase } from '../../shared/ledger/case';
import { caseToExportRow, collectExtraHeaders, exportCellText } from '../../shared/ledger/fields';

export function writeLedgerCsv(cases: readonly LedgerCase[]): Buffer {
  const extras = collectExtraHeaders(cases);
  const rows = [caseToExportRow(emptyCase(''), extras).map((e) => e.header)];
  for (const c of cases) rows.push(caseToExportRow(c, extras).map((e) => exportCellText(e.value)));
  return writeCsvRows(rows);
}

/** Any table (header row first) as CSV the same way. */
export function writeCsvRows(rows: readonly (readonly string[])[]): Buffer {
  const lines = rows.map((row) => row.map(quote).join(','));
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.join('\r\n') + '\r\n', 'utf8')]);
}

function quote(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
