// The ledger as the text rows of its CSV, header first: what the CSV writer (db/files/write-csv.ts) writes and
// what the CP932 warning is computed over, in the export dialog and in the CLI alike.
import { emptyCase, type LedgerCase } from './case';
import { caseToExportRow, collectExtraHeaders, exportCellText } from './fields';

export function ledgerCsvRows(cases: readonly LedgerCase[]): string[][] {
  const extras = collectExtraHeaders(cases);
  const rows = [caseToExportRow(emptyCase(''), extras).map((e) => e.header)];
  for (const c of cases) rows.push(caseToExportRow(c, extras).map((e) => exportCellText(e.value)));
  return rows;
}
