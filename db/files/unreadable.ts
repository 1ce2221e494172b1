// What the user is told when a chosen file is not a ledger we can read: what the file is (decided by its
// bytes) and what to do with it. Every message names the file, so a user who picked the wrong one sees it.
import { AppError } from '../../shared/contract';
import type { FileKind } from './file-kind';

/** Every format the import reads; the file pickers offer the same list (shared/ledger/file-types.ts). */
export const CHOOSE =
  '台帳の Excel ファイル（.xlsx・.xlsm・.xls）、LibreOffice Calc のファイル（.ods）、または CSV ファイルを選んでください。';
const SAVE_AS_XLSX = 'Excel で開いて .xlsx として保存してください。';

export function unreadableFile(fileName: string, why = '読める表の形式ではないため'): AppError {
  return new AppError('unreadable_file', `「${fileName}」は${why}読み込めません。${CHOOSE}`);
}

export function refuse(fileName: string, what: string, todo: string): AppError {
  return new AppError('unreadable_file', `「${fileName}」は${what}です。${todo}`);
}

type Refused = Exclude<FileKind, { kind: 'zip' | 'text' } | { kind: 'ole2'; content: 'xls' | 'encrypted' }>;

export function notALedger(fileName: string, kind: Refused): AppError {
  switch (kind.kind) {
    case 'empty':
      return refuse(fileName, '空のファイル（0 バイト）', `保存が終わっているか確かめてください。${CHOOSE}`);
    case 'ole2':
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
    case 'legacy':
      return refuse(fileName, `${kind.format}のファイル`, `この形式は読み込めません。${SAVE_AS_XLSX}`);
    case 'binary':
      return unreadableFile(fileName, '中身が表計算のファイルでも CSV でもないため');
  }
}

/** A zip that is not an xlsx or an ods: named by what it holds. */
export function otherZip(fileName: string, names: readonly string[], mimetype: string): AppError {
  if (names.includes('xl/workbook.bin'))
    return refuse(fileName, 'Excel バイナリ ブック（.xlsb）', `この形式は読み込めません。${SAVE_AS_XLSX}`);
  if (names.includes('word/document.xml')) return refuse(fileName, 'Word 文書（.docx）', CHOOSE);
  if (names.some((n) => n.startsWith('ppt/'))) return refuse(fileName, 'PowerPoint ファイル（.pptx）', CHOOSE);
  if (names.includes('Index/Document.iwa'))
    return refuse(
      fileName,
      'Apple Numbers のファイル',
      'Numbers で開いて Excel 形式（.xlsx）に書き出してから選んでください。',
    );
  if (mimetype.startsWith('application/vnd.oasis.opendocument.text'))
    return refuse(fileName, 'OpenDocument 文書（.odt）', CHOOSE);
  if (mimetype.startsWith('application/vnd.oasis.opendocument') || names.includes('content.xml'))
    return refuse(fileName, 'OpenDocument 形式の表以外のファイル', CHOOSE);
  return refuse(fileName, 'ZIP 圧縮ファイル', `中の台帳ファイルを取り出してから選んでください。${CHOOSE}`);
}

/** Text that is a spreadsheet in XML rather than a CSV: named so the user knows which save to redo. */
export function xmlSpreadsheet(fileName: string, head: string): AppError | null {
  if (/urn:oasis:names:tc:opendocument/.test(head))
    return refuse(
      fileName,
      'OpenDocument のフラット XML 形式（.fods）',
      'LibreOffice で開いて .ods か .xlsx として保存してから選んでください。',
    );
  if (/urn:schemas-microsoft-com:office:spreadsheet|progid="Excel\.Sheet"/.test(head))
    return refuse(fileName, 'Excel 2003 XML スプレッドシート形式', SAVE_AS_XLSX);
  if (/^\s*</.test(head)) return refuse(fileName, 'Web ページ（HTML / XML）形式の表', SAVE_AS_XLSX);
  return null;
}

export const ODF_ENCRYPTED = (fileName: string) =>
  refuse(
    fileName,
    'LibreOffice でパスワードを付けて保存されたファイル',
    'このアプリではパスワード付きの .ods を開けません。LibreOffice で開き、パスワードを外すか、Excel 形式（.xlsx）でパスワードを付けて保存し直してから選んでください。',
  );
