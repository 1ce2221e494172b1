// CSV for Excel users: UTF-8 with BOM (so Excel detects the encoding), CRLF, fields quoted when needed.
import { emptyCase, type LedgerCase } from '../../shared/ledger/case';
import { caseToExportRow, collectExtraHeaders, exportCellText } from '../../shared/ledger/fields';

export function writeLedgerCsv(cases: readonly LedgerCase[]): Buffer {
  const extras = collectExtraHeaders(cases);
  const lines = [caseToExportRow(emptyCase(''), extras).map((e) => quote(e.header)).join(',')];
  for (const c of cases) lines.push(caseToExportRow(c, extras).map((e) => quote(exportCellText(e.value))).join(','));
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.join('\r\n') + '\r\n', 'utf8')]);
}

function quote(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
