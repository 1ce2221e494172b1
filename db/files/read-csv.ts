import type { Cell, Grid } from '../../shared/ledger/grid';
import { restoreCsvFormula } from '../../shared/text/csv-formula';
import { parseCsv, guessDelimiter } from './csv-parse';
import { decodeText } from './decode-text';

/**
 * One sheet named after the file (without extension); empty fields become empty cells. A ' that an export put
 * before a would-be formula (=, +, -, @) is taken away again (shared/text/csv-formula).
 */
export function readCsv(bytes: Uint8Array, fileName: string): Grid {
  const { text } = decodeText(bytes);
  const rows: Cell[][] = parseCsv(text, guessDelimiter(text)).map((fields) =>
    fields.map((f) => (f === '' ? null : restoreCsvFormula(f))),
  );
  return { name: sheetNameOf(fileName), rows, merges: [] };
}

function sheetNameOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf('.');
  return (dot > 0 ? base.slice(0, dot) : base) || base;
}
