// Decides what a chosen file is by its bytes (file-kind.ts), not by its name, and reads it into Grids
// within the import limits (shared/ledger/import-limits.ts), checked before the memory is spent: the
// file's size first, then an xlsx's unpacked size and row count (zip-peek.ts) before exceljs loads it,
// a CSV's line count before it is decoded and split.
import { AppError } from '../../shared/contract';
import type { Grid } from '../../shared/ledger/grid';
import { IMPORT_LIMITS, LIMIT_MESSAGES } from '../../shared/ledger/import-limits';
import { parseCsv, guessDelimiter } from './csv-parse';
import { decodeText } from './decode-text';
import { sniffFileKind, type FileKind } from './file-kind';
import { readCsv } from './read-csv';
import { readXlsx } from './read-xlsx';
import { checkZipSize, zipEntries, ZipLimitError } from './zip-peek';

const CHOOSE = '台帳の Excel ファイル（.xlsx）か CSV ファイルを選んでください。';

export function unreadableFile(fileName: string, why = 'xlsx でも csv でもないため'): AppError {
  return new AppError('unreadable_file', `「${fileName}」は${why}読み込めません。${CHOOSE}`);
}

function refuse(fileName: string, what: string, todo: string): AppError {
  return new AppError('unreadable_file', `「${fileName}」は${what}です。${todo}`);
}

function tooLarge(message: string): AppError {
  return new AppError('unreadable_file', message);
}

export async function readLedgerFile(fileName: string, bytes: Uint8Array): Promise<Grid[]> {
  if (bytes.length > IMPORT_LIMITS.fileBytes) throw tooLarge(LIMIT_MESSAGES.fileBytes(fileName, bytes.length));
  const kind = sniffFileKind(bytes);
  switch (kind.kind) {
    case 'zip':
      return readWorkbook(fileName, bytes);
    case 'text':
      return [readText(fileName, bytes)];
    default:
      throw notALedger(fileName, kind);
  }
}

function notALedger(fileName: string, kind: Exclude<FileKind, { kind: 'zip' | 'text' }>): AppError {
  switch (kind.kind) {
    case 'empty':
      return refuse(fileName, '空のファイル（0 バイト）', `保存が終わっているか確かめてください。${CHOOSE}`);
    case 'ole2':
      if (kind.content === 'xls')
        return refuse(fileName, 'Excel 97-2003 形式（.xls）', 'Excel で開いて .xlsx として保存してください。');
      if (kind.content === 'encrypted')
        return refuse(
          fileName,
          'パスワードで保護された Excel ファイル',
          'Excel で開き、パスワードを解除して保存し直してから選んでください。',
        );
      if (kind.content === 'doc') return refuse(fileName, 'Word 97-2003 文書（.doc）', CHOOSE);
      return refuse(
        fileName,
        '古い Office 形式のファイル',
        `Excel で開けるなら .xlsx として保存してください。${CHOOSE}`,
      );
    case 'pdf':
      return refuse(fileName, 'PDF ファイル', `PDF からは台帳を取り込めません。元の${CHOOSE}`);
    case 'image':
      return refuse(fileName, `画像ファイル（${kind.format}）`, `画像からは台帳を取り込めません。${CHOOSE}`);
    case 'binary':
      return unreadableFile(fileName, '中身が xlsx でも csv でもないため');
  }
}

async function readWorkbook(fileName: string, bytes: Uint8Array): Promise<Grid[]> {
  let names: string[];
  try {
    names = zipEntries(bytes).map((e) => e.name);
  } catch {
    throw unreadableFile(fileName, 'ZIP（xlsx）として壊れているため');
  }
  if (!names.includes('xl/workbook.xml')) throw otherZip(fileName, names);
  try {
    await checkZipSize(bytes, { maxUnpacked: IMPORT_LIMITS.unpackedBytes, maxRows: IMPORT_LIMITS.rows });
  } catch (err) {
    if (err instanceof ZipLimitError) {
      throw tooLarge(
        err.limit === 'rows'
          ? LIMIT_MESSAGES.rows(fileName, IMPORT_LIMITS.rows)
          : LIMIT_MESSAGES.unpackedBytes(fileName),
      );
    }
    throw unreadableFile(fileName, 'Excel ファイルとして壊れているため');
  }
  try {
    const grids = await readXlsx(bytes);
    if (grids.length === 0) throw new Error('no worksheets');
    return grids;
  } catch {
    throw unreadableFile(fileName, 'Excel ファイルとして壊れているため');
  }
}

function otherZip(fileName: string, names: readonly string[]): AppError {
  if (names.includes('word/document.xml')) return refuse(fileName, 'Word 文書（.docx）', CHOOSE);
  if (names.some((n) => n.startsWith('ppt/'))) return refuse(fileName, 'PowerPoint ファイル（.pptx）', CHOOSE);
  if (names.includes('content.xml'))
    return refuse(
      fileName,
      'OpenDocument 形式（.ods など）',
      'LibreOffice や Excel で開いて .xlsx として保存してください。',
    );
  return refuse(fileName, 'ZIP 圧縮ファイル', `中の台帳ファイルを取り出してから選んでください。${CHOOSE}`);
}

/** Text is read as CSV whatever the file is called, when it has the shape of one. */
function readText(fileName: string, bytes: Uint8Array): Grid {
  const lines = Math.max(countByte(bytes, 0x0a), countByte(bytes, 0x0d));
  if (lines > IMPORT_LIMITS.rows) throw tooLarge(LIMIT_MESSAGES.rows(fileName, IMPORT_LIMITS.rows));
  const head = decodeText(bytes.subarray(0, 16 * 1024)).text;
  if (/^\s*</.test(head)) {
    throw refuse(fileName, 'Web ページ（HTML / XML）形式の表', 'Excel で開いて .xlsx として保存してください。');
  }
  if (/^\s*[[{]/.test(head)) throw refuse(fileName, 'JSON ファイル', CHOOSE);
  const sample = parseCsv(
    head.slice(0, head.lastIndexOf('\n') > 0 ? head.lastIndexOf('\n') : head.length),
    guessDelimiter(head),
  );
  if (!sample.some((fields) => fields.length >= 2)) {
    throw refuse(fileName, '表の形をしていないテキストファイル', `CSV はコンマかタブで列を区切ってください。${CHOOSE}`);
  }
  return readCsv(bytes, fileName);
}

function countByte(bytes: Uint8Array, value: number): number {
  let n = 0;
  for (let i = bytes.indexOf(value); i !== -1; i = bytes.indexOf(value, i + 1)) n++;
  return n;
}
