// Fuzz: 1,000+ randomly damaged ledgers (xlsx and CSV in every encoding, cell-level and byte-level damage)
// go through the real import path (file reader → parser → comparison with the database). Whatever the
// damage, the backend must answer with a report or a clear 'unreadable_file' error — never crash, never an
// internal error — and every non-blank data row must be either imported or reported.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { createBackend, type Backend } from '../../db/backend';
import { createApi } from '../../shared/api-client';
import { AppError, type ImportPreview } from '../../shared/contract';
import type { Cell } from '../../shared/ledger/grid';
import { toCsvText } from '../fixtures/csv';
import { planLedger, type PlannedSheet } from '../fixtures/ledger-plan';
import { createRandom, type Random } from '../fixtures/random';
import { UNREADABLE_DATES } from '../fixtures/date-text';
import { PASSPHRASE } from './db-helpers';

const CELL_FUZZ_RUNS = 800;
const BYTE_FUZZ_RUNS = 250;
const SHEETJS_FUZZ_RUNS = 120; // each of .xls and .ods
const LOCKED_FUZZ_RUNS = 36;
const FILES = join(import.meta.dirname, '../fixtures/files');

// Characters for garbage text. Kept free of header words and of 計/件, so damage never turns a data row into
// a header or a totals row: the oracle below must know which rows count.
const GARBAGE = [
  ...'あいうえおかきくけこアイウエオABCxyz0123456789０１２３４５６７８９、。・（）()-/.,"\'\t\n 　髙﨑',
  '𠮷',
  '😀',
  '\u200b',
];

function garbage(random: Random, min = 5, max = 40): string {
  let s = '';
  const n = random.int(min, max);
  for (let i = 0; i < n; i++) s += random.pick(GARBAGE);
  return s;
}

const isBlank = (cell: Cell | undefined) =>
  cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
const isTotals = (row: Cell[]) => row.some((c) => typeof c === 'string' && /^(合計|計|\d+件)$/.test(c.trim()));

/** Damages the data rows of a planned sheet in place; returns nothing, the oracle re-reads the rows. */
function damageSheet(random: Random, sheet: PlannedSheet): void {
  const first = sheet.headerRows.last; // 0-based index of the first data row
  const width = Math.max(...sheet.rows.map((r) => r.length));
  const caseNos = sheet.rows
    .slice(first)
    .map((r) => r[0])
    .filter((c): c is string => typeof c === 'string');
  const edits = random.int(1, 12);
  for (let e = 0; e < edits; e++) {
    const r = random.int(first, sheet.rows.length - 1);
    const row = sheet.rows[r];
    if (!row || row.length === 0 || isTotals(row)) continue;
    const c = random.int(0, width);
    switch (random.int(0, 9)) {
      case 0:
        row[c] = garbage(random);
        break;
      case 1:
        row[c] = null;
        break;
      case 2:
        row[c] = random.pick(UNREADABLE_DATES);
        break;
      case 3:
        row[c] = random.pick([-5, 0, 0.5, 1e9, 3.14159, 45000, 2958466]);
        break;
      case 4:
        row[0] = random.chance(0.5) ? null : random.pick(caseNos.length ? caseNos : ['X-1']);
        break;
      case 5:
        row[c] = 'あ'.repeat(random.int(2001, 6000));
        break;
      case 6:
        row[c] = random.pick([
          true,
          false,
          new Date(Date.UTC(random.int(1890, 2100), random.int(0, 11), random.int(1, 28))),
        ]);
        break;
      case 7:
        sheet.rows[r] = [];
        break;
      case 8:
        row[width + random.int(0, 3)] = garbage(random);
        break;
      default:
        row[c] = ` ${garbage(random, 1, 3)}　`;
        break;
    }
  }
}

/** Rows the import must account for: non-blank rows below the header that are not the totals row. */
function countDataRows(sheet: PlannedSheet): { count: number; rows: Set<number> } {
  const rows = new Set<number>();
  sheet.rows.forEach((row, i) => {
    if (i + 1 <= sheet.headerRows.last || isTotals(row) || row.every(isBlank)) return;
    rows.add(i + 1);
  });
  return { count: rows.size, rows };
}

async function toXlsx(sheets: PlannedSheet[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.rows.forEach((cells, r) =>
      cells.forEach((value, c) => {
        if (value !== null && value !== undefined) ws.getCell(r + 1, c + 1).value = value;
      }),
    );
    for (const m of sheet.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The same sheets as an Excel 97-2003 or OpenDocument workbook, written by SheetJS. */
function toSheetJs(sheets: PlannedSheet[], bookType: 'xls' | 'ods'): Buffer {
  const wb = XLSX.utils.book_new();
  for (const sheet of sheets) {
    const rows = sheet.rows.map((r) => Array.from(r, (c) => (c === undefined ? null : c)));
    const ws = XLSX.utils.aoa_to_sheet(rows, { cellDates: bookType === 'ods' });
    ws['!merges'] = sheet.merges.map((m) => ({
      s: { r: m.top - 1, c: m.left - 1 },
      e: { r: m.bottom - 1, c: m.right - 1 },
    }));
    XLSX.utils.book_append_sheet(wb, ws, sheet.name);
  }
  return Buffer.from(XLSX.write(wb, { type: 'buffer', bookType }) as Buffer);
}

function toCsv(sheet: PlannedSheet, encoding: 'utf8' | 'utf8bom' | 'cp932'): Buffer {
  const text = toCsvText(sheet.rows.map((r) => r.map((c) => (c === undefined ? null : c))));
  if (encoding === 'cp932') return iconv.encode(text, 'cp932');
  const body = Buffer.from(text, 'utf8');
  return encoding === 'utf8bom' ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
}

function damageBytes(random: Random, bytes: Buffer): Buffer {
  const out = Buffer.from(bytes);
  switch (random.int(0, 3)) {
    case 0:
      return out.subarray(0, random.int(0, out.length - 1));
    case 1:
      for (let i = random.int(1, 20); i > 0; i--) out[random.int(0, out.length - 1)] = random.int(0, 255);
      return out;
    case 2:
      return Buffer.concat([out.subarray(0, random.int(0, out.length)), Buffer.from(garbage(random, 10, 200))]);
    default: {
      const start = random.int(0, out.length - 1);
      out.fill(0, start, Math.min(out.length, start + random.int(1, 4096)));
      return out;
    }
  }
}

describe('import fuzz', () => {
  // One folder for the whole file, removed after the last test: the backend stays open across tests, and a
  // database removed underneath it locks the session (as after a restore).
  let dir: string;
  let backend: Backend;
  let api: ReturnType<typeof createApi>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tsunagu-import-fuzz-'));
    backend = createBackend({ dbPath: join(dir, 'fuzz.db') });
    api = createApi(backend);
    await api.call('session.setup', { passphrase: PASSPHRASE });
  });
  afterAll(() => {
    backend.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function preview(fileName: string, bytes: Buffer): Promise<ImportPreview | AppError> {
    try {
      return await api.call('ledger.importPreview', { fileName, dataBase64: bytes.toString('base64') });
    } catch (err) {
      if (err instanceof AppError) return err;
      throw err;
    }
  }

  it(`accounts for every row of ${CELL_FUZZ_RUNS} workbooks and CSVs with damaged cells`, async () => {
    const reasons = new Set<string>();
    let imported = 0;
    for (let run = 0; run < CELL_FUZZ_RUNS; run++) {
      const random = createRandom(10_000 + run);
      const csv = run % 4 === 3;
      const plan = planLedger({
        rows: random.int(1, 25),
        seed: run,
        sheets: csv || random.chance(0.5) ? 'single' : 'byClassification',
        twoRowHeader: random.chance(0.4),
        titleRows: random.int(0, 2),
        totalsRow: random.chance(0.5),
        blankRows: random.chance(0.5),
        extraColumns: random.chance(0.5) ? ['担当CW'] : [],
        noSerialDates: csv,
      });
      for (const sheet of plan.sheets) damageSheet(random, sheet);
      const sheets = csv ? plan.sheets.slice(0, 1) : plan.sheets;
      const fileName = csv ? '台帳.csv' : '台帳.xlsx';
      const bytes = csv ? toCsv(sheets[0]!, random.pick(['utf8', 'utf8bom', 'cp932'] as const)) : await toXlsx(sheets);
      const result = await preview(fileName, bytes);
      const context = `run ${run} (${fileName})`;
      const expected = sheets.reduce((n, s) => n + countDataRows(s).count, 0);
      if (expected === 0) {
        // Damage emptied every row: said so, rather than an empty report ending in 「完了」.
        expect(result, context).toMatchObject({
          code: 'unreadable_file',
          message: expect.stringContaining('取り込める台帳の行がありません'),
        });
        continue;
      }
      expect(result, context).not.toBeInstanceOf(AppError);
      const report = (result as ImportPreview).report;
      // The file is damaged, not its header: every sheet's header must still be found.
      expect(
        report.warnings.filter((w) => w.row === null && /見出し/.test(w.message)),
        context,
      ).toEqual([]);
      expect(report.imported + report.updated + report.unchanged + report.rejected.length, context).toBe(expected);
      for (const rejection of report.rejected) {
        const sheet = sheets.find((s) => s.name === rejection.sheet || csv);
        expect(sheet, context).toBeDefined();
        expect(countDataRows(sheet!).rows.has(rejection.row), `${context}: row ${rejection.row}`).toBe(true);
        expect(rejection.reason.length, context).toBeGreaterThan(0);
        for (const kind of ['ありません', '重複', '日付を読めません', '長すぎ'])
          if (rejection.reason.includes(kind)) reasons.add(kind);
      }
      imported += report.imported;
    }
    // The damage really reached the parser: every kind of rejection occurred, and most rows still imported.
    expect([...reasons].sort()).toEqual(['ありません', '日付を読めません', '長すぎ', '重複'].sort());
    expect(imported).toBeGreaterThan(CELL_FUZZ_RUNS * 5);
  }, 600_000);

  it(`answers ${BYTE_FUZZ_RUNS} files with damaged bytes with a report or a clear Japanese error`, async () => {
    for (let run = 0; run < BYTE_FUZZ_RUNS; run++) {
      const random = createRandom(90_000 + run);
      const csv = run % 3 === 2;
      const plan = planLedger({ rows: random.int(1, 15), seed: run, noSerialDates: csv, sheets: 'single' });
      const clean = csv ? toCsv(plan.sheets[0]!, 'cp932') : await toXlsx(plan.sheets);
      const result = await preview(csv ? '台帳.csv' : '台帳.xlsx', damageBytes(random, clean));
      if (result instanceof AppError) {
        expect(result.code, `run ${run}`).toBe('unreadable_file');
        // Every message names the file, then what it is or why it cannot be read.
        expect(result.message, `run ${run}`).toMatch(/^「台帳\.(csv|xlsx)」(は|には)/);
      } else {
        for (const r of result.report.rejected) {
          expect(r.row).toBeGreaterThan(0);
          expect(r.reason.length).toBeGreaterThan(0);
        }
      }
    }
  }, 600_000);
});

// .xls, .ods and password-protected workbooks: the same accounting for damaged cells, and for damaged
// bytes (also inside an encrypted container, and with wrong passwords) an answer, never a crash or a hang.
describe('import fuzz: .xls, .ods and protected workbooks', () => {
  let dir: string;
  let backend: Backend;
  let api: ReturnType<typeof createApi>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tsunagu-import-fuzz-formats-'));
    backend = createBackend({ dbPath: join(dir, 'fuzz.db') });
    api = createApi(backend);
    await api.call('session.setup', { passphrase: PASSPHRASE });
  });
  afterAll(() => {
    backend.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function preview(fileName: string, bytes: Buffer, filePassword?: string) {
    try {
      return await api.call('ledger.importPreview', {
        fileName,
        dataBase64: bytes.toString('base64'),
        ...(filePassword ? { filePassword } : {}),
      });
    } catch (err) {
      if (err instanceof AppError) return err;
      throw err;
    }
  }

  it(`accounts for every row of ${SHEETJS_FUZZ_RUNS * 2} .xls and .ods ledgers with damaged cells`, async () => {
    for (let run = 0; run < SHEETJS_FUZZ_RUNS * 2; run++) {
      const random = createRandom(50_000 + run);
      const bookType = run % 2 === 0 ? 'xls' : 'ods';
      const plan = planLedger({
        rows: random.int(1, 20),
        seed: run,
        sheets: random.chance(0.5) ? 'single' : 'byClassification',
        twoRowHeader: random.chance(0.4),
        titleRows: random.int(0, 2),
        totalsRow: random.chance(0.5),
        blankRows: random.chance(0.5),
        extraColumns: random.chance(0.5) ? ['担当CW'] : [],
      });
      for (const sheet of plan.sheets) damageSheet(random, sheet);
      const fileName = `台帳.${bookType}`;
      const result = await preview(fileName, toSheetJs(plan.sheets, bookType));
      const context = `run ${run} (${fileName})`;
      const expected = plan.sheets.reduce((n, s) => n + countDataRows(s).count, 0);
      if (expected === 0) {
        expect(result, context).toMatchObject({ code: 'unreadable_file' });
        continue;
      }
      expect(result, context).not.toBeInstanceOf(AppError);
      const report = (result as ImportPreview).report;
      expect(
        report.warnings.filter((w) => w.row === null && /見出し/.test(w.message)),
        context,
      ).toEqual([]);
      expect(report.imported + report.updated + report.unchanged + report.rejected.length, context).toBe(expected);
    }
  }, 600_000);

  it('answers damaged .xls/.ods bytes and damaged or wrongly opened protected containers in Japanese', async () => {
    const plain = planLedger({ rows: 8, seed: 7, sheets: 'single' }).sheets;
    const sources: { name: string; bytes: Buffer; password?: string }[] = [
      { name: '台帳.xls', bytes: toSheetJs(plain, 'xls') },
      { name: '台帳.ods', bytes: toSheetJs(plain, 'ods') },
      { name: '台帳.ods', bytes: readFileSync(join(FILES, 'ledger-wareki.ods')) },
      { name: '台帳.xls', bytes: readFileSync(join(FILES, 'ledger-wareki-rc4.xls')), password: 'kakuu2025' },
      { name: '台帳.xlsx', bytes: readFileSync(join(FILES, 'ledger-wareki-standard.xlsx')), password: '架空パス2025' },
      { name: '台帳.xlsx', bytes: readFileSync(join(FILES, 'ledger-wareki-agile.xlsx')), password: '架空パス2025' },
    ];
    const codes = new Set<string>();
    for (let run = 0; run < LOCKED_FUZZ_RUNS + BYTE_FUZZ_RUNS / 5; run++) {
      const random = createRandom(70_000 + run);
      const source = sources[run % sources.length]!;
      // The agile scheme costs 100,000 hash rounds per try: fewer of those runs, the others cover the paths.
      if (source.name === '台帳.xlsx' && source.password && source.bytes.length > 9000 && run % 3 !== 0) continue;
      const damaged = random.chance(0.35) ? source.bytes : damageBytes(random, source.bytes);
      const password = source.password && random.chance(0.6) ? source.password : source.password ? 'ちがう' : undefined;
      const result = await preview(source.name, damaged, password);
      const context = `run ${run} (${source.name})`;
      if (result instanceof AppError) {
        codes.add(result.code);
        expect(['unreadable_file', 'file_password_required', 'file_password_wrong'], context).toContain(result.code);
        expect(result.message, context).toMatch(/^「台帳\.(xls|xlsx|ods)」(は|には|の)/);
        if (password) expect(result.message, context).not.toContain(password);
      }
    }
    // The damage reached both the container and the password check.
    expect([...codes].sort()).toEqual(['file_password_wrong', 'unreadable_file']);
  }, 600_000);
});
