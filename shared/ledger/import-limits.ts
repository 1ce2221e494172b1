// The limits of one import, in one place. A real 進行管理台帳 is hundreds to a few tens of thousands of
// rows; these are far above that and far below what would exhaust the backend's memory (in the desktop
// app the backend is the whole app). They are checked on the file's bytes before a workbook is loaded.
export const IMPORT_LIMITS = {
  /** The file as chosen. */
  fileBytes: 64 * 1024 * 1024,
  /** Rows over all sheets (an xlsx counts the rows its sheets store; a CSV its lines). */
  rows: 100_000,
  /** Characters in one cell: Excel's own maximum. */
  cellChars: 32_767,
  /**
   * The workbook's XML once unpacked (sheets, shared strings, styles). A 100,000-row ledger of 30 columns
   * is about 200 MB; a zip that unpacks to more is not a ledger (or is a zip bomb).
   */
  unpackedBytes: 400 * 1024 * 1024,
} as const;

const n = (value: number) => value.toLocaleString('ja-JP');
const mib = (bytes: number) => `${n(Math.round(bytes / 1024 / 1024))}MB`;

export const LIMIT_MESSAGES = {
  fileBytes: (fileName: string, bytes: number) =>
    `「${fileName}」は ${mib(bytes)} あり、取り込める大きさ（${mib(IMPORT_LIMITS.fileBytes)}）を超えています。台帳のシートだけを別のファイルに保存してから選んでください。`,
  rows: (fileName: string, rows: number) =>
    `「${fileName}」には ${n(rows)} 行以上あり、一度に取り込める行数（${n(IMPORT_LIMITS.rows)} 行）を超えています。台帳以外のシートや空の行を削除するか、ファイルを分けてください。`,
  unpackedBytes: (fileName: string) =>
    `「${fileName}」は展開すると ${mib(IMPORT_LIMITS.unpackedBytes)} を超えるため、取り込めません。台帳のシートだけを別のファイルに保存してから選んでください。`,
  cellChars: (header: string, chars: number) =>
    `「${header}」の値が ${n(chars)} 文字あり、1つのセルの上限（${n(IMPORT_LIMITS.cellChars)} 文字）を超えています`,
} as const;
