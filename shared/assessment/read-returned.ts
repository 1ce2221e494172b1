// Reads a returned request workbook (an agency's filled-in アセスメントシート) against the request as it was
// sent. Nothing an agency wrote is lost: a cell not readable as its item's kind is kept as written (unread),
// a column the request did not have is kept as `extra`, a row that cannot be stored is a rejection with its
// sheet, row and reason. Matching is by what a person sees (the labels above the table, the column headers),
// so a file saved by a program that drops hidden sheets, with rows inserted above the table or a column
// inserted in the middle, reads the same; the hidden sheet only confirms the request and agency as sent.
import type { ImportRejection, ImportWarning } from '../ledger/import-types';
import { normalizeCaseNo } from '../ledger/case-no';
import { parseDateCell } from '../ledger/dates';
import type { Cell, Grid } from '../ledger/grid';
import { headerKey } from '../ledger/headers';
import { cellText, matchKey } from '../ledger/text';
import { parseWholeNumber } from '../meeting/report-parse';
import { readCheckAnswer, type AssessmentItem } from './sheet';
import type { AnswerData, AssessmentRequest } from './types';
import * as L from './workbook-layout';

/** How far down the labels and the header row may have moved (an agency inserting rows above the table). */
const SEARCH_ROWS = 40;

export const NOT_IN_REQUEST = (requestId: number) => `この機関への依頼（依頼番号${requestId}）にないケースです`;
export const NO_ANSWER = '記入がありません（回答なしのままです）';

export interface ReturnedHead {
  /** The sheet the agency filled in. */
  sheet: Grid;
  requestId: number | null;
  agency: string | null;
}

const labelKey = (text: string) => headerKey(text);
const sameAgency = (a: string, b: string) => matchKey(a) === matchKey(b);

/** The value in column B next to a label in column A, within the first rows of a sheet. */
function labelValue(grid: Grid, label: string): Cell | undefined {
  for (const row of grid.rows.slice(0, SEARCH_ROWS)) {
    const a = cellText(row?.[0]);
    if (a !== null && labelKey(a) === labelKey(label)) return row?.[1] ?? null;
  }
  return undefined;
}

function wholeNumber(cell: Cell | undefined): number | null {
  const n = parseWholeNumber(cell ?? null);
  return n.kind === 'ok' && n.value > 0 ? n.value : null;
}

function metaSheet(grids: readonly Grid[]): Grid | undefined {
  return grids.find((g) => g.name === L.META_SHEET && cellText(g.rows[0]?.[0]) === L.META_MARKER);
}

function metaValue(meta: Grid, key: string): Cell | undefined {
  return meta.rows.find((r) => cellText(r?.[0]) === key)?.[1];
}

/** The sheet with the visible 依頼番号 label and a number next to it (the answer sheet's name first). */
function visibleSheet(grids: readonly Grid[]): Grid | undefined {
  const candidates = grids.filter((g) => g.name !== L.META_SHEET);
  const ordered = [...candidates.filter((g) => g.name === L.ANSWER_SHEET), ...candidates];
  return ordered.find((g) => wholeNumber(labelValue(g, L.LABEL_REQUEST)) !== null);
}

/** True for a returned request workbook: the hidden sheet's marker, or the visible 依頼番号 with a number. */
export function isRequestWorkbook(grids: readonly Grid[]): boolean {
  return metaSheet(grids) !== undefined || visibleSheet(grids) !== undefined;
}

/** The request and agency the file answers: the hidden sheet's (as sent) when kept, else the visible cells. */
export function returnedHead(grids: readonly Grid[]): ReturnedHead | null {
  const meta = metaSheet(grids);
  const sheet = visibleSheet(grids) ?? grids.find((g) => g.name === L.ANSWER_SHEET);
  if (!sheet) return null;
  const visibleAgency = cellText(labelValue(sheet, L.LABEL_AGENCY) ?? null);
  const metaAgency = meta ? cellText(metaValue(meta, L.META_AGENCY) ?? null) : null;
  return {
    sheet,
    requestId: wholeNumber(meta ? metaValue(meta, L.META_REQUEST) : labelValue(sheet, L.LABEL_REQUEST)),
    agency: metaAgency ?? visibleAgency,
  };
}

export interface ReturnedRow {
  sheet: string;
  row: number;
  caseNo: string;
  data: AnswerData;
}

export type ReturnedRead =
  | { ok: false; message: string }
  | {
      ok: true;
      /** The agency as the request names it. */
      agency: string;
      rows: ReturnedRow[];
      rejected: ImportRejection[];
      warnings: ImportWarning[];
    };

type Column =
  | { index: number; header: string; role: 'caseNo' | 'ignored' | 'filledOn' | 'filledBy' }
  | { index: number; header: string; role: 'item'; item: AssessmentItem }
  | { index: number; header: string; role: 'extra' };

const COLUMN_LETTERS = (index: number): string => {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
};

/** The header row: the first row (from the top) with 登録番号 and at least one other column of ours. */
function findHeaderRow(grid: Grid, request: AssessmentRequest): number | null {
  const ours = new Set(
    [...L.LEADING_COLUMNS, ...L.TRAILING_COLUMNS, ...request.items.map((i) => i.label)].map(labelKey),
  );
  for (let r = 0; r < Math.min(grid.rows.length, SEARCH_ROWS); r++) {
    const keys = (grid.rows[r] ?? [])
      .map((c) => cellText(c))
      .filter((t): t is string => t !== null)
      .map(labelKey);
    if (keys.includes(labelKey(L.COL_CASE_NO)) && keys.filter((k) => ours.has(k)).length >= 2) return r;
  }
  return null;
}

function columnsOf(headerRow: Cell[], rows: Cell[][], request: AssessmentRequest): Column[] {
  const items = new Map(request.items.map((i) => [labelKey(i.label), i]));
  const known = new Map<string, Column['role']>([
    [labelKey(L.COL_CASE_NO), 'caseNo'],
    [labelKey(L.COL_NAME), 'ignored'],
    [labelKey(L.COL_AFFILIATION), 'ignored'],
    [labelKey(L.COL_QUESTIONS), 'ignored'],
    [labelKey(L.COL_FILLED_ON), 'filledOn'],
    [labelKey(L.COL_FILLED_BY), 'filledBy'],
  ]);
  const width = Math.max(headerRow.length, ...rows.map((r) => r?.length ?? 0));
  const taken = new Set<string>();
  const columns: Column[] = [];
  for (let index = 0; index < width; index++) {
    const text = cellText(headerRow[index]);
    // A column without a header still keeps what was written in it, named by its letter.
    const header = text ?? `（見出しなし・${COLUMN_LETTERS(index)}列）`;
    const key = text === null ? null : labelKey(text);
    const seen = key !== null && taken.has(key);
    if (key !== null) taken.add(key);
    const item = key === null || seen ? undefined : items.get(key);
    const role = key === null || seen ? undefined : known.get(key);
    if (item) columns.push({ index, header, role: 'item', item });
    else if (role && role !== 'item' && role !== 'extra') columns.push({ index, header, role });
    else columns.push({ index, header, role: 'extra' });
  }
  return columns;
}

/** One cell read as its item's kind: the value, or null for an empty cell, or { unread } kept as written. */
function readItemCell(
  item: AssessmentItem,
  cell: Cell | undefined,
): AnswerData['answers'][string] | null | { unread: string } {
  const text = cellText(cell ?? null);
  if (text === null) return null;
  switch (item.kind) {
    case 'check': {
      if (typeof cell === 'boolean') return cell ? 'はい' : 'いいえ';
      return readCheckAnswer(text) ?? { unread: text };
    }
    case 'scale':
    case 'days': {
      const n = parseWholeNumber(cell ?? null);
      if (n.kind !== 'ok' || n.value < 0 || (item.kind === 'scale' && n.value > 10)) return { unread: text };
      return n.value;
    }
    case 'text':
      return text;
  }
}

const KIND_WORDS: Record<AssessmentItem['kind'], string> = {
  check: 'はい／いいえ／不明',
  scale: '0〜10の数',
  days: '日数',
  text: '記述',
};

/** Reads the answer sheet against the request (the items as sent, the agency's cases). */
export function readReturned(grids: readonly Grid[], request: AssessmentRequest): ReturnedRead {
  const head = returnedHead(grids);
  if (!head) return { ok: false, message: 'アセスメントシートの回答のシートが見つかりません。' };
  const asked = request.agencies.find((a) => head.agency !== null && sameAgency(a.agency, head.agency));
  if (!asked) {
    const named = head.agency === null ? '機関名が書かれていません' : `機関名「${head.agency}」`;
    return {
      ok: false,
      message: `依頼番号${request.id}の依頼先にない機関のファイルです（${named}）。依頼した機関：${request.agencies.map((a) => a.agency).join('、')}`,
    };
  }
  const grid = head.sheet;
  const rejected: ImportRejection[] = [];
  const warnings: ImportWarning[] = [];
  const headerAt = findHeaderRow(grid, request);
  if (headerAt === null)
    return { ok: false, message: `シート「${grid.name}」に「${L.COL_CASE_NO}」の見出しの行が見つかりません。` };
  const body = grid.rows.slice(headerAt + 1);
  const columns = columnsOf(grid.rows[headerAt] ?? [], body, request);
  const seenItems = new Set(columns.flatMap((c) => (c.role === 'item' ? [c.item.id] : [])));
  for (const item of request.items.filter((i) => !i.retired && !seenItems.has(i.id)))
    warnings.push({
      sheet: grid.name,
      row: headerAt + 1,
      caseNo: null,
      message: `列「${item.label}」が見つかりません（この項目は回答なしとして読みます）`,
    });
  const extraHeaders = columns.filter((c) => c.role === 'extra' && cellText(grid.rows[headerAt]?.[c.index]) !== null);
  for (const c of extraHeaders)
    warnings.push({
      sheet: grid.name,
      row: headerAt + 1,
      caseNo: null,
      message: `列「${c.header}」は回答と一緒に保存します`,
    });

  const asCaseNo = new Map(asked.caseNos.map((n) => [normalizeCaseNo(n), n]));
  const done = new Set<string>();
  const rows: ReturnedRow[] = [];
  body.forEach((cells, i) => {
    const row = headerAt + 2 + i;
    if (!cells || cells.every((c) => cellText(c) === null)) return;
    const caseCell = columns.find((c) => c.role === 'caseNo');
    const written = caseCell ? cellText(cells[caseCell.index]) : null;
    if (written === null) {
      rejected.push({ sheet: grid.name, row, caseNo: null, reason: '登録番号がありません' });
      return;
    }
    const caseNo = asCaseNo.get(normalizeCaseNo(written));
    if (caseNo === undefined) {
      rejected.push({ sheet: grid.name, row, caseNo: written, reason: NOT_IN_REQUEST(request.id) });
      return;
    }
    if (done.has(caseNo)) {
      rejected.push({
        sheet: grid.name,
        row,
        caseNo,
        reason: '同じケースの行がこのファイルの上にもあります（上の行を読みました）',
      });
      return;
    }
    done.add(caseNo);
    const data: AnswerData = { answers: {}, unread: {}, extra: [], filledOn: null, filledBy: null };
    for (const col of columns) {
      const cell = cells[col.index];
      const text = cellText(cell ?? null);
      if (col.role === 'item') {
        const read = readItemCell(col.item, cell);
        if (read === null) continue;
        if (typeof read === 'object') {
          data.unread[col.item.id] = read.unread;
          warnings.push({
            sheet: grid.name,
            row,
            caseNo,
            message: `列「${col.header}」の「${read.unread}」は${KIND_WORDS[col.item.kind]}として読めません（書かれたまま保存します）`,
          });
        } else data.answers[col.item.id] = read;
      } else if (col.role === 'filledOn' && text !== null) {
        const day = parseDateCell(cell ?? null);
        if (day.kind === 'date') data.filledOn = day.iso;
        else {
          data.extra.push({ header: col.header, value: text });
          warnings.push({
            sheet: grid.name,
            row,
            caseNo,
            message: `記入日「${text}」を日付として読めません（書かれたまま保存します）`,
          });
        }
      } else if (col.role === 'filledBy' && text !== null) data.filledBy = text;
      else if (col.role === 'extra' && text !== null) data.extra.push({ header: col.header, value: text });
    }
    if (!Object.keys(data.answers).length && !Object.keys(data.unread).length && !data.extra.length) {
      warnings.push({ sheet: grid.name, row, caseNo, message: NO_ANSWER });
      return;
    }
    rows.push({ sheet: grid.name, row, caseNo, data });
  });
  for (const other of grids)
    if (other !== grid && other.name !== L.META_SHEET && other.rows.some((r) => r?.some((c) => cellText(c) !== null)))
      warnings.push({
        sheet: other.name,
        row: null,
        caseNo: null,
        message: `シート「${other.name}」は読みませんでした（回答はシート「${grid.name}」から読みます）`,
      });
  return { ok: true, agency: asked.agency, rows, rejected, warnings };
}
