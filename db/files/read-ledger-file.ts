// Decides what a chosen file is by its bytes (a .xlsx is a zip), not by trusting its name alone.
import { AppError } from '../../shared/contract';
import type { Grid } from '../../shared/ledger/grid';
import { readCsv } from './read-csv';
import { readXlsx } from './read-xlsx';

export function unreadableFile(fileName: string): AppError {
  return new AppError('unreadable_file', `「${fileName}」を読み込めません。xlsx または csv ファイルを選んでください。`);
}

export async function readLedgerFile(fileName: string, bytes: Uint8Array): Promise<Grid[]> {
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  if (isZip(bytes)) {
    try {
      const grids = await readXlsx(bytes);
      if (grids.length === 0) throw new Error('no worksheets');
      return grids;
    } catch {
      throw unreadableFile(fileName);
    }
  }
  if ((ext === 'csv' || ext === 'txt') && looksLikeText(bytes)) return [readCsv(bytes, fileName)];
  throw unreadableFile(fileName);
}

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Binary files (old .xls, images, PDFs) contain NUL bytes; text in UTF-8 or CP932 never does. UTF-16 starts with a BOM. */
function looksLikeText(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  const n = Math.min(bytes.length, 64 * 1024);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return false;
  return true;
}
