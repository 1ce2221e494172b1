// CSV for Excel users: UTF-8 with BOM (so Excel detects the encoding) or, when asked, CP932 (シフトJIS) for
// older tools; CRLF; fields quoted when needed; cells that would start a formula neutralised (shared/text/csv-formula).
import iconv from 'iconv-lite';
import type { CsvEncoding } from '../../shared/contract';
import type { LedgerCase } from '../../shared/ledger/case';
import { ledgerCsvRows } from '../../shared/ledger/csv-rows';
import { neutraliseCsvFormula } from '../../shared/text/csv-formula';

export function writeLedgerCsv(cases: readonly LedgerCase[], encoding: CsvEncoding = 'utf8'): Buffer {
  return writeCsvRows(ledgerCsvRows(cases), encoding);
}

/** Any table (header row first) as CSV the same way. */
export function writeCsvRows(rows: readonly (readonly string[])[], encoding: CsvEncoding = 'utf8'): Buffer {
  const text = rows.map((row) => row.map((cell) => quote(neutraliseCsvFormula(cell))).join(',')).join('\r\n') + '\r\n';
  // iconv-lite writes 「?」 for what CP932 cannot hold; the caller has warned about those cells before.
  if (encoding === 'cp932') return iconv.encode(text, 'cp932');
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}

function quote(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
