// An xlsx workbook as plain Grids: every worksheet in the workbook's order, merged ranges, Excel dates as
// UTC midnight (1900 and 1904 date systems), formulas as their cached result, rich text and hyperlinks as
// their text, error cells as the error text (#N/A). A covered cell of a merged range is null (only the
// top-left cell holds the value), rows and columns with nothing are null/[] so rows[i] is sheet row i + 1.
//
// It unzips only the parts an import needs, with Node's own zlib, and scans their XML by hand
// (xlsx-xml.ts): this is the same Grid the exceljs reader gave, at a fraction of its time and memory (see
// "Import speed and the file worker" in docs/architecture.md; tests/unit/db-xlsx-fast.test.ts compares the
// two). The import's limits are kept while reading, in the same pass: no part unpacks past what is left of
// the unpacked-bytes budget, and the rows are counted as they are read.
import { inflateRawSync } from 'node:zlib';
import type { Cell, Grid, MergeRange } from '../../shared/ledger/grid';
import { IMPORT_LIMITS } from '../../shared/ledger/import-limits';
import { dateStyles, serialToDate } from './xlsx-dates';
import { attr, cellRef, decodeText, findTag, prefixOf, tagEnd, textRuns } from './xlsx-xml';
import { zipEntries, ZipLimitError } from './zip-peek';

const utf8 = new TextDecoder('utf-8');

/** Parts an import never reads: pictures, charts, printer settings, pivot caches, VBA, themes. */
const SKIPPED = /^xl\/(media|drawings|charts|printerSettings|pivotCache|pivotTables|externalLinks|theme|embeddings)\//;

export interface XlsxLimits {
  maxUnpacked: number;
  maxRows: number;
}
const DEFAULT_LIMITS: XlsxLimits = { maxUnpacked: IMPORT_LIMITS.unpackedBytes, maxRows: IMPORT_LIMITS.rows };

/** Throws ZipLimitError when the parts unpack past `maxUnpacked` or the sheets hold more than `maxRows` rows. */
export async function readXlsx(bytes: Uint8Array, limits: XlsxLimits = DEFAULT_LIMITS): Promise<Grid[]> {
  const files = unpackParts(bytes, limits.maxUnpacked);
  const text = (path: string): string | undefined => {
    const data = files.get(path);
    return data ? utf8.decode(data) : undefined;
  };
  const workbook = text('xl/workbook.xml');
  if (workbook === undefined) throw new Error('no workbook part');
  const rels = relationships(text('xl/_rels/workbook.xml.rels') ?? '');
  const partOf = (type: string, fallback: string) =>
    [...rels.values()].find((r) => r.type.endsWith('/' + type))?.target ?? fallback;
  const context: SheetContext = {
    rows: { count: 0, max: limits.maxRows },
    date1904: isDate1904(workbook),
    strings: sharedStrings(text(partOf('sharedStrings', 'xl/sharedStrings.xml'))),
    dates: dateStyles(text(partOf('styles', 'xl/styles.xml'))),
  };
  const grids: Grid[] = [];
  for (const sheet of sheetsOf(workbook)) {
    const rel = rels.get(sheet.rid);
    // Chart sheets, dialog and macro sheets hold no cells an import could read.
    if (!rel || !rel.type.endsWith('/worksheet')) continue;
    const xml = text(rel.target);
    if (xml === undefined) throw new Error(`missing sheet part ${rel.target}`);
    grids.push(readSheet(sheet.name, xml, context));
  }
  return grids;
}

/** The parts an import reads, unpacked; each within what is left of `maxUnpacked`. */
function unpackParts(bytes: Uint8Array, maxUnpacked: number): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  let left = maxUnpacked;
  for (const entry of zipEntries(bytes)) {
    const { name } = entry;
    if (!/\.(xml|rels)$/.test(name) || SKIPPED.test(name) || name.startsWith('xl/worksheets/_rels/')) continue;
    const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
    let unpacked: Uint8Array;
    if (entry.method === 0) unpacked = data;
    else if (entry.method === 8) unpacked = inflateWithin(data, left, maxUnpacked);
    else throw new Error(`unsupported zip method ${entry.method}`);
    if (unpacked.length > left) throw new ZipLimitError('unpackedBytes', maxUnpacked - left + unpacked.length);
    left -= unpacked.length;
    files.set(name, unpacked);
  }
  return files;
}

/** zlib stops at `left` bytes rather than allocating a zip bomb's output. */
function inflateWithin(data: Uint8Array, left: number, maxUnpacked: number): Uint8Array {
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, left) });
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
      throw new ZipLimitError('unpackedBytes', maxUnpacked + 1);
    throw err;
  }
}

interface SheetContext {
  /** Rows read over all sheets, against the import's limit. */
  rows: { count: number; max: number };
  date1904: boolean;
  strings: string[];
  dates: boolean[];
}

function isDate1904(workbook: string): boolean {
  const p = prefixOf(workbook, 'workbook');
  const at = findTag(workbook, p + 'workbookPr', 0);
  if (at < 0) return false;
  const value = attr(workbook, at, tagEnd(workbook, at).end, 'date1904');
  return value === '1' || value === 'true';
}

function sheetsOf(workbook: string): { name: string; rid: string }[] {
  const p = prefixOf(workbook, 'workbook');
  const out: { name: string; rid: string }[] = [];
  for (let i = findTag(workbook, p + 'sheet', 0); i >= 0;) {
    const { end } = tagEnd(workbook, i);
    const name = attr(workbook, i, end, 'name');
    // The relationship id's attribute is r:id whatever the r namespace is called; find any "*:id".
    const rid = /\s[\w.-]+:id\s*=\s*["']([^"']*)["']/.exec(workbook.slice(i, end))?.[1];
    if (name !== undefined && rid !== undefined) out.push({ name: decodeText(name), rid });
    i = findTag(workbook, p + 'sheet', end);
  }
  return out;
}

/** workbook.xml.rels: id → { type, target as a path inside the zip }. */
function relationships(xml: string): Map<string, { type: string; target: string }> {
  const p = prefixOf(xml, 'Relationships');
  const out = new Map<string, { type: string; target: string }>();
  for (let i = findTag(xml, p + 'Relationship', 0); i >= 0;) {
    const { end } = tagEnd(xml, i);
    const id = attr(xml, i, end, 'Id');
    const target = attr(xml, i, end, 'Target');
    const type = attr(xml, i, end, 'Type') ?? '';
    if (id !== undefined && target !== undefined) out.set(id, { type, target: resolvePart(decodeText(target)) });
    i = findTag(xml, p + 'Relationship', end);
  }
  return out;
}

/** A workbook relationship's target is relative to xl/, or absolute from the package root. */
function resolvePart(target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : 'xl/' + target).split('/');
  const out: string[] = [];
  for (const part of parts) {
    if (part === '..') out.pop();
    else if (part !== '.' && part !== '') out.push(part);
  }
  return out.join('/');
}

function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  const p = prefixOf(xml, 'sst');
  const close = `</${p}si>`;
  const out: string[] = [];
  for (let i = findTag(xml, p + 'si', 0); i >= 0;) {
    const { end, empty } = tagEnd(xml, i);
    if (empty) {
      out.push('');
      i = findTag(xml, p + 'si', end);
      continue;
    }
    const stop = xml.indexOf(close, end);
    if (stop < 0) throw new Error('unterminated shared string');
    out.push(textRuns(xml, end + 1, stop, p));
    i = findTag(xml, p + 'si', stop);
  }
  return out;
}

function readSheet(name: string, xml: string, context: SheetContext): Grid {
  const p = prefixOf(xml, 'worksheet');
  const rows: Cell[][] = [];
  const dataAt = findTag(xml, p + 'sheetData', 0);
  if (dataAt >= 0 && !tagEnd(xml, dataAt).empty) {
    const dataEnd = xml.indexOf(`</${p}sheetData>`, dataAt);
    if (dataEnd < 0) throw new Error('unterminated sheetData');
    readRows(xml, tagEnd(xml, dataAt).end + 1, dataEnd, p, context, rows);
  }
  const merges = readMerges(xml, p);
  for (const m of merges) {
    // The covered cells exist (as empty) even in a row that holds nothing else, as in Excel's own model.
    for (let r = m.top; r <= m.bottom; r++) {
      const row = (rows[r - 1] ??= []);
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) row[c - 1] = null;
    }
  }
  for (let i = 0; i < rows.length; i++) {
    const row = (rows[i] ??= []);
    for (let j = 0; j < row.length; j++) if (row[j] === undefined) row[j] = null;
  }
  return { name, rows, merges };
}

function readRows(xml: string, from: number, to: number, p: string, context: SheetContext, rows: Cell[][]): void {
  const rowTag = p + 'row';
  const cellTag = p + 'c';
  const rowClose = `</${rowTag}>`;
  const cellClose = `</${cellTag}>`;
  let rowNo = 0;
  for (let i = findTag(xml, rowTag, from, to); i >= 0;) {
    const head = tagEnd(xml, i);
    if (++context.rows.count > context.rows.max) throw new ZipLimitError('rows', context.rows.count);
    const r = Number(attr(xml, i, head.end, 'r'));
    rowNo = Number.isInteger(r) && r > 0 ? r : rowNo + 1;
    if (head.empty) {
      i = findTag(xml, rowTag, head.end, to);
      continue;
    }
    const rowEnd = xml.indexOf(rowClose, head.end);
    if (rowEnd < 0 || rowEnd > to) throw new Error('unterminated row');
    let cells: Cell[] | undefined;
    let col = 0;
    for (let c = findTag(xml, cellTag, head.end, rowEnd); c >= 0;) {
      const tag = tagEnd(xml, c);
      const ref = attr(xml, c, tag.end, 'r');
      col = (ref !== undefined ? cellRef(ref)?.col : undefined) ?? col + 1;
      let next = tag.end + 1;
      if (!tag.empty) {
        const end = xml.indexOf(cellClose, tag.end);
        if (end < 0 || end > rowEnd) throw new Error('unterminated cell');
        const value = cellValue(xml, c, tag.end, end, p, context);
        if (value !== undefined) (cells ??= [])[col - 1] = value;
        next = end + cellClose.length;
      }
      c = findTag(xml, cellTag, next, rowEnd);
    }
    if (cells) rows[rowNo - 1] = cells;
    i = findTag(xml, rowTag, rowEnd + rowClose.length, to);
  }
}

/** A cell's value; undefined when the cell holds nothing (only a style). A formula without a result is null. */
function cellValue(
  xml: string,
  at: number,
  headEnd: number,
  end: number,
  p: string,
  ctx: SheetContext,
): Cell | undefined {
  const type = attr(xml, at, headEnd, 't') ?? 'n';
  if (type === 'inlineStr') {
    const is = findTag(xml, p + 'is', headEnd, end);
    return is < 0 ? undefined : textRuns(xml, is, end, p);
  }
  const v = findTag(xml, p + 'v', headEnd, end);
  let raw: string | undefined;
  if (v >= 0) {
    const vHead = tagEnd(xml, v);
    raw = vHead.empty ? '' : xml.slice(vHead.end + 1, xml.indexOf('</', vHead.end));
  }
  if (raw === undefined) return findTag(xml, p + 'f', headEnd, end) >= 0 ? null : undefined;
  switch (type) {
    case 's':
      return ctx.strings[Number(raw)] ?? null;
    case 'str':
    case 'e':
      return decodeText(raw);
    case 'b':
      return raw === '1' || raw === 'true';
    case 'd': {
      const date = new Date(decodeText(raw).trim());
      return Number.isNaN(date.getTime()) ? null : serialToDate(date.getTime() / 86_400_000 + 25569, false);
    }
    default: {
      const n = Number(raw);
      if (raw.trim() === '' || Number.isNaN(n)) return null;
      const s = Number(attr(xml, at, headEnd, 's') ?? 0);
      return ctx.dates[s] ? serialToDate(n, ctx.date1904) : n;
    }
  }
}

function readMerges(xml: string, p: string): MergeRange[] {
  const out: MergeRange[] = [];
  for (let i = findTag(xml, p + 'mergeCell', 0); i >= 0;) {
    const { end } = tagEnd(xml, i);
    const [a, b] = (attr(xml, i, end, 'ref') ?? '').split(':');
    const from = cellRef(a ?? '');
    const to = cellRef(b ?? a ?? '');
    if (from && to) {
      out.push({
        top: Math.min(from.row, to.row),
        left: Math.min(from.col, to.col),
        bottom: Math.max(from.row, to.row),
        right: Math.max(from.col, to.col),
      });
    }
    i = findTag(xml, p + 'mergeCell', end);
  }
  return out;
}
