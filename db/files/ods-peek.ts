// An .ods can say "this row, 1,000,000 times" and "this cell, 1,000 times" in a few bytes
// (table:number-rows-repeated / number-columns-repeated), and SheetJS builds every repeated cell that holds a
// value: a 20 KB file would take the backend down. content.xml is streamed once before SheetJS reads it,
// multiplying out the repeats of cells that hold a value (empty repeated cells, which LibreOffice writes for
// formatted columns, cost SheetJS nothing and are not counted).
import { inflated, zipEntries } from './zip-peek';

const TAG = /<table:(table-row|table-cell)\b([^>]*)>/g;
const ROWS_REPEATED = /table:number-rows-repeated="(\d+)"/;
const COLUMNS_REPEATED = /table:number-columns-repeated="(\d+)"/;
/** An unfinished tag longer than this is not a real one; dropping it only undercounts a hostile file's own bytes. */
const MAX_CARRY = 1024 * 1024;

/** The value cells the sheets expand to; stops counting (and returns) as soon as `max` is passed. */
export async function odsValueCells(bytes: Uint8Array, max: number): Promise<number> {
  const entry = zipEntries(bytes).find((e) => e.name === 'content.xml');
  if (!entry) return 0;
  const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  let carry = '';
  let rowRepeat = 1;
  let cells = 0;
  for await (const chunk of inflated(data, entry.method)) {
    const text = carry + chunk.toString('latin1');
    let end = 0;
    for (const m of text.matchAll(TAG)) {
      end = m.index + m[0].length;
      const attributes = m[2] ?? '';
      if (m[1] === 'table-row') {
        rowRepeat = Number(ROWS_REPEATED.exec(attributes)?.[1] ?? 1);
      } else if (attributes.includes('office:value-type')) {
        cells += rowRepeat * Number(COLUMNS_REPEATED.exec(attributes)?.[1] ?? 1);
        if (cells > max) return cells;
      }
    }
    const open = text.lastIndexOf('<');
    carry = open >= end ? text.slice(open) : '';
    if (carry.length > MAX_CARRY) carry = '';
  }
  return cells;
}
