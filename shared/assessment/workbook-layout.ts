// The request workbook's layout (依頼のアセスメントシート), shared by its writer (db/documents/) and the reader of
// the returned file (shared/assessment/). The returned file is matched by what a person sees: the 依頼番号 and
// 機関名 cells above the table and the column headers. A hidden sheet repeats them for a reader that keeps it;
// a program that drops hidden sheets, or an agency that inserts a column, still gives a readable file.

/** The sheet the agency fills in. */
export const ANSWER_SHEET = 'アセスメントシート';
export const SHEET_TITLE = '要保護児童等の状況確認（アセスメントシート）';

/** Labels in column A above the table, each with its value in column B. */
export const LABEL_AGENCY = '機関名';
export const LABEL_REQUEST = '依頼番号';
export const LABEL_DUE = '回答期限';

/** The row of group names (merged over their items) is just above the header row. */
export const GROUP_ROW = 7;
export const HEADER_ROW = 8;
export const FIRST_CASE_ROW = 9;

/** Columns before the items, in order. 氏名 and 所属 help the agency know the child; they are never read back. */
export const COL_CASE_NO = '登録番号';
export const COL_NAME = '氏名';
export const COL_AFFILIATION = '所属';
export const COL_QUESTIONS = '説明してほしいこと';
export const LEADING_COLUMNS = [COL_CASE_NO, COL_NAME, COL_AFFILIATION, COL_QUESTIONS] as const;
/** Columns after the items. */
export const COL_FILLED_ON = '記入日';
export const COL_FILLED_BY = '記入者';
export const TRAILING_COLUMNS = [COL_FILLED_ON, COL_FILLED_BY] as const;

/** The hidden sheet: A1 the marker, then rows of key | value, then one row per item column: 'item' | id | label. */
export const META_SHEET = '_tsunagu';
export const META_MARKER = 'tsunagu-assessment-request/1';
export const META_REQUEST = 'request';
export const META_AGENCY = 'agency';
export const META_ITEM = 'item';
