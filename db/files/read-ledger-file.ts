// Decides what a chosen file is by its bytes (file-kind.ts), not by its name, and reads it into Grids
// within the import limits (shared/ledger/import-limits.ts), checked before the memory is spent where the
// format allows: the file's size first; an xlsx's unpacked size and row count (zip-peek.ts) before exceljs
// loads it; an ods's unpacked size before SheetJS does, and its rows while SheetJS reads (it stops one row
// past the limit); an xls's rows likewise; a CSV's line count before it is decoded and split.
// The order: decrypt (a password-protected workbook, decrypt-office.ts) → sniff again → xlsx / ods / xls / text.
import { AppError } from '../../shared/contract';
import type { Grid } from '../../shared/ledger/grid';
import { IMPORT_LIMITS, LIMIT_MESSAGES } from '../../shared/ledger/import-limits';
import { parseCsv, guessDelimiter } from './csv-parse';
import { decodeText } from './decode-text';
import { decryptOffice, PASSWORD_MESSAGES, protectionOf } from './decrypt-office';
import { sniffFileKind } from './file-kind';
import { readCsv } from './read-csv';
import { odsValueCells } from './ods-peek';
import { OdfEncryptedError, readSheetJs, SheetRowsError } from './read-sheetjs';
import { readXlsx } from './read-xlsx';
import { CHOOSE, notALedger, ODF_ENCRYPTED, otherZip, refuse, unreadableFile, xmlSpreadsheet } from './unreadable';
import { checkZipSize, zipEntries, ZipLimitError, zipText, type ZipEntry } from './zip-peek';

export { unreadableFile } from './unreadable';

export interface ReadLedgerOptions {
  /** The file's open password, for this read only: never kept, logged or put in a message. */
  password?: string | undefined;
}

const ODS_MIME = 'application/vnd.oasis.opendocument.spreadsheet';

function tooLarge(message: string): AppError {
  return new AppError('unreadable_file', message);
}

export async function readLedgerFile(
  fileName: string,
  bytes: Uint8Array,
  options: ReadLedgerOptions = {},
): Promise<Grid[]> {
  if (bytes.length > IMPORT_LIMITS.fileBytes) throw tooLarge(LIMIT_MESSAGES.fileBytes(fileName, bytes.length));
  let kind = sniffFileKind(bytes);
  if (kind.kind === 'ole2' && (kind.content === 'encrypted' || kind.content === 'xls')) {
    const protection = protectionOrRefuse(fileName, bytes, kind.content);
    if (protection !== 'none') {
      bytes = await decryptOffice(fileName, bytes, protection, options.password);
      kind = sniffFileKind(bytes);
      // What was inside must itself be a workbook: an xlsx (zip) from an EncryptedPackage, an xls from RC4.
      const inner = protection === 'ooxml' ? kind.kind === 'zip' : kind.kind === 'ole2' && kind.content === 'xls';
      if (!inner) throw new AppError('unreadable_file', PASSWORD_MESSAGES.damaged(fileName));
    }
  }
  switch (kind.kind) {
    case 'zip':
      return readZip(fileName, bytes);
    case 'text':
      return [readText(fileName, bytes)];
    case 'ole2':
      if (kind.content === 'xls') return readXls(fileName, bytes);
      if (kind.content === 'encrypted') throw new AppError('unreadable_file', PASSWORD_MESSAGES.damaged(fileName));
      throw notALedger(fileName, { kind: 'ole2', content: kind.content });
    default:
      throw notALedger(fileName, kind);
  }
}

function protectionOrRefuse(fileName: string, bytes: Uint8Array, content: 'xls' | 'encrypted') {
  try {
    return protectionOf(bytes);
  } catch {
    throw content === 'encrypted'
      ? new AppError('unreadable_file', PASSWORD_MESSAGES.damaged(fileName))
      : unreadableFile(fileName, 'Excel 97-2003 ファイル（.xls）として壊れているため');
  }
}

async function readZip(fileName: string, bytes: Uint8Array): Promise<Grid[]> {
  let entries: ZipEntry[];
  try {
    entries = zipEntries(bytes);
  } catch {
    throw unreadableFile(fileName, 'ZIP（xlsx）として壊れているため');
  }
  const names = entries.map((e) => e.name);
  // .xlsm is an xlsx with macros: the same parts, read the same way (the macros are never run or kept).
  if (names.includes('xl/workbook.xml')) return readXlsxChecked(fileName, bytes);
  const mime = entries.find((e) => e.name === 'mimetype');
  const mimetype = mime ? (zipText(bytes, mime, 200) ?? '').trim() : '';
  if (names.includes('content.xml') && (mimetype === ODS_MIME || mimetype === '')) return readOds(fileName, bytes);
  throw otherZip(fileName, names, mimetype);
}

async function checkUnpacked(fileName: string, bytes: Uint8Array, what: string): Promise<void> {
  try {
    await checkZipSize(bytes, { maxUnpacked: IMPORT_LIMITS.unpackedBytes, maxRows: IMPORT_LIMITS.rows });
  } catch (err) {
    if (err instanceof ZipLimitError) throw limitError(fileName, err);
    throw unreadableFile(fileName, `${what}として壊れているため`);
  }
}

function limitError(fileName: string, err: ZipLimitError): AppError {
  return tooLarge(
    err.limit === 'rows' ? LIMIT_MESSAGES.rows(fileName, IMPORT_LIMITS.rows) : LIMIT_MESSAGES.unpackedBytes(fileName),
  );
}

/** The limits are kept by readXlsx while it reads (one pass over the parts, not a check before and a read after). */
async function readXlsxChecked(fileName: string, bytes: Uint8Array): Promise<Grid[]> {
  try {
    const grids = await readXlsx(bytes);
    if (grids.length === 0) throw new Error('no worksheets');
    return grids;
  } catch (err) {
    if (err instanceof ZipLimitError) throw limitError(fileName, err);
    throw unreadableFile(fileName, 'Excel ファイルとして壊れているため');
  }
}

/** Value cells an .ods may expand to: a 100,000-row ledger of 50 columns. */
const ODS_MAX_CELLS = IMPORT_LIMITS.rows * 50;

async function readOds(fileName: string, bytes: Uint8Array): Promise<Grid[]> {
  await checkUnpacked(fileName, bytes, 'OpenDocument（.ods）ファイル');
  if ((await odsValueCells(bytes, ODS_MAX_CELLS).catch(() => 0)) > ODS_MAX_CELLS)
    throw tooLarge(LIMIT_MESSAGES.rows(fileName, IMPORT_LIMITS.rows));
  return viaSheetJs(fileName, bytes, 'OpenDocument（.ods）ファイル');
}

function readXls(fileName: string, bytes: Uint8Array): Grid[] {
  return viaSheetJs(fileName, bytes, 'Excel 97-2003 ファイル（.xls）');
}

function viaSheetJs(fileName: string, bytes: Uint8Array, what: string): Grid[] {
  let grids: Grid[];
  try {
    grids = readSheetJs(bytes, IMPORT_LIMITS.rows);
  } catch (err) {
    if (err instanceof SheetRowsError) throw tooLarge(LIMIT_MESSAGES.rows(fileName, IMPORT_LIMITS.rows));
    if (err instanceof OdfEncryptedError) throw ODF_ENCRYPTED(fileName);
    throw unreadableFile(fileName, `${what}として壊れているため`);
  }
  if (grids.length === 0) throw unreadableFile(fileName, `${what}として壊れているため`);
  return grids;
}

/** Text is read as CSV whatever the file is called, when it has the shape of one. */
function readText(fileName: string, bytes: Uint8Array): Grid {
  const lines = Math.max(countByte(bytes, 0x0a), countByte(bytes, 0x0d));
  if (lines > IMPORT_LIMITS.rows) throw tooLarge(LIMIT_MESSAGES.rows(fileName, IMPORT_LIMITS.rows));
  const head = decodeText(bytes.subarray(0, 16 * 1024)).text;
  const xml = xmlSpreadsheet(fileName, head);
  if (xml) throw xml;
  if (/^\{\\rtf/.test(head)) throw refuse(fileName, 'リッチテキスト（.rtf）', CHOOSE);
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
