import { describe, it, expect } from 'vitest';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { makeLedgerCsv, makeLedgerWorkbook, planLedger, type LedgerOptions } from '../fixtures';
import { UNREADABLE_DATES } from '../fixtures/date-text';

type Row = (string | number | Date | null)[];

/** The workbook as plain rows per sheet (index 0 = sheet row 1), read back with exceljs. */
async function readBack(buffer: Buffer): Promise<Map<string, { rows: Row[]; merges: string[] }>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheets = new Map<string, { rows: Row[]; merges: string[] }>();
  workbook.eachSheet((ws) => {
    const rows: Row[] = [];
    for (let r = 1; r <= ws.rowCount; r++) {
      const values = ws.getRow(r).values as unknown[];
      rows.push(values.slice(1).map((v) => (v === undefined ? null : (v as Row[number]))));
    }
    sheets.set(ws.name, { rows, merges: [...(ws.model as { merges: string[] }).merges] });
  });
  return sheets;
}

const text = (v: unknown): string =>
  v === null || v === undefined ? '' : v instanceof Date ? v.toISOString() : String(v);

const messy: LedgerOptions = {
  rows: 400,
  seed: 42,
  twoRowHeader: true,
  titleRows: 2,
  extraColumns: ['学年', '家族構成'],
  problems: { duplicateCaseNo: 3, missingCaseNo: 2, badDate: 4 },
};

describe('makeLedgerWorkbook', () => {
  it('gives the same bytes for the same seed and different bytes for another seed', async () => {
    const a = await makeLedgerWorkbook({ rows: 80, seed: 5 });
    const b = await makeLedgerWorkbook({ rows: 80, seed: 5 });
    const c = await makeLedgerWorkbook({ rows: 80, seed: 6 });
    expect(a.buffer.equals(b.buffer)).toBe(true);
    expect(a.expected).toEqual(b.expected);
    expect(a.buffer.equals(c.buffer)).toBe(false);
  });

  it('writes every planned row, and the expectation adds up', async () => {
    const { buffer, expected } = await makeLedgerWorkbook(messy);
    expect(expected.cases).toBe(400 - 9);
    expect(expected.accepted).toHaveLength(expected.cases);
    expect(expected.rejected.map((r) => r.reason).sort()).toEqual([
      'date',
      'date',
      'date',
      'date',
      'duplicate',
      'duplicate',
      'duplicate',
      'missing',
      'missing',
    ]);
    const sheet = (await readBack(buffer)).get('台帳');
    if (!sheet) throw new Error('sheet 台帳 missing');
    const { rows, merges } = sheet;

    expect(text(rows[0]?.[0])).toContain('進行管理台帳');
    expect(text(rows[1]?.[4])).toBe('取扱注意');
    expect(rows[2]).toEqual([]);
    // Two-row header on rows 4-5: 児童 merged over 氏名/ふりがな/生年月日/性別, 登録番号 merged down.
    expect(rows[3]?.slice(0, 3).map(text)).toEqual(['登録番号', '種別', '児童']);
    expect(rows[4]?.slice(2, 6).map(text)).toEqual(['氏名', 'ふりがな', '生年月日', '性別']);
    expect(merges).toContain('C4:F4');
    expect(merges).toContain('A4:A5');
    expect(rows[3]).toContain('学年');
    expect(rows[3]).toContain('担当CW');
    expect(rows[3]).toContain('最終協議日');
    expect(rows[3]).toContain('備考');

    const last = rows.at(-1);
    expect(last?.slice(0, 2)).toEqual(['合計', '400件']);

    const dataRows = rows.slice(5).filter((r) => r.length > 0 && r[0] !== '合計');
    expect(dataRows).toHaveLength(400);
    expect(rows.slice(5, -1).some((r) => r.length === 0)).toBe(true);

    for (const c of expected.accepted) {
      const row = rows[c.row - 1];
      expect(row?.[0]).toBe(c.caseNo);
      expect(text(row?.[2]).replace(/[\s\u3000]+/g, ' ')).toBe(c.name);
    }
    const seen = new Map<string, number>();
    for (let r = 5; r < rows.length; r++) {
      const caseNo = text(rows[r]?.[0]).trim();
      if (caseNo && caseNo !== '合計' && !seen.has(caseNo)) seen.set(caseNo, r + 1);
    }
    for (const rejection of expected.rejected) {
      const row = rows[rejection.row - 1] ?? [];
      const caseNo = text(row[0]).trim();
      if (rejection.reason === 'missing') expect(caseNo).toBe('');
      if (rejection.reason === 'duplicate') expect(seen.get(caseNo)).toBeLessThan(rejection.row);
      if (rejection.reason === 'date') expect(row.some((v) => UNREADABLE_DATES.includes(text(v)))).toBe(true);
      expect(text(row[2])).not.toBe('');
    }
  });

  it('mixes the messy values real ledgers have', async () => {
    const { buffer } = await makeLedgerWorkbook({ rows: 1500, seed: 3 });
    const rows = (await readBack(buffer)).get('台帳')?.rows ?? [];
    const cells = rows.flat();
    const texts = cells.map(text);
    expect(cells.some((v) => v instanceof Date)).toBe(true);
    expect(cells.some((v) => typeof v === 'number' && v > 30000 && v < 50000)).toBe(true);
    for (const pattern of [
      /^R\d+\.\d+\.\d+$/,
      /^令和\d+年\d+月\d+日$/,
      /^平成\d+年/,
      /^[ＲＨ][０-９]+．/,
      /^\d{4}\/\d+\/\d+$/,
      /^R\d+\.\d+$/,
      /^\d{4}年\d+月$/,
    ]) {
      expect(
        texts.some((t) => pattern.test(t)),
        String(pattern),
      ).toBe(true);
    }
    expect(texts).toContain('軽度（見守り）');
    expect(texts).toContain('身体的・心理的');
    expect(texts.some((t) => /^[^、]+、[^、]+/.test(t) && !t.includes('。'))).toBe(true);
    expect(texts.some((t) => t.includes('髙'))).toBe(true);
    expect(texts.some((t) => t.includes('﨑'))).toBe(true);
    expect(texts.some((t) => /^\S+\u3000\S+$/.test(t))).toBe(true);
    expect(texts.some((t) => /^[ァ-ヶー]+[\s\u3000][ァ-ヶー]+$/.test(t))).toBe(true);
  });

  it('splits rows into one sheet per classification without a 種別 column', async () => {
    const { buffer, expected } = await makeLedgerWorkbook({
      rows: 100,
      seed: 9,
      sheets: 'byClassification',
      totalsRow: false,
      blankRows: false,
      titleRows: 0,
    });
    const sheets = await readBack(buffer);
    expect([...sheets.keys()]).toEqual(['要保護児童', '要支援児童', '特定妊婦']);
    let total = 0;
    for (const [name, { rows }] of sheets) {
      expect(rows[0]).not.toContain('種別');
      expect(rows[0]?.[0]).toBe('登録番号');
      expect(rows.slice(1).every((r) => r.length > 0)).toBe(true);
      if (name === '特定妊婦') expect(rows[0]).toContain('出産予定日');
      total += rows.length - 1;
    }
    expect(total).toBe(100);
    expect(expected.cases).toBe(100);
    expect(new Set(expected.accepted.map((c) => c.sheet))).toEqual(new Set(sheets.keys()));
  });

  it('refuses more problem rows than fit', () => {
    expect(() => planLedger({ rows: 3, problems: { badDate: 3 } })).toThrow();
  });
});

describe('makeLedgerCsv', () => {
  const options: LedgerOptions = { rows: 120, seed: 11, problems: { missingCaseNo: 1 } };

  it('encodes the same text as UTF-8, UTF-8 with BOM and CP932', () => {
    const utf8 = makeLedgerCsv({ ...options, encoding: 'utf8' });
    const bom = makeLedgerCsv({ ...options, encoding: 'utf8bom' });
    const cp932 = makeLedgerCsv({ ...options, encoding: 'cp932' });
    expect([...bom.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bom.subarray(3).equals(utf8)).toBe(true);
    const decoded = iconv.decode(cp932, 'cp932');
    expect(decoded).toBe(utf8.toString('utf8'));
    expect(decoded).not.toContain('?');
    expect(cp932.equals(utf8)).toBe(false);
    expect(makeLedgerCsv({ ...options, encoding: 'cp932' }).equals(cp932)).toBe(true);
  });

  it('writes one CRLF record per planned row, quoting cells with commas, quotes or newlines', () => {
    const csv = makeLedgerCsv({ ...options, encoding: 'utf8' }).toString('utf8');
    const plan = planLedger({ ...options, sheets: 'single' });
    const rows = plan.sheets[0]?.rows ?? [];
    expect(csv.endsWith('\r\n')).toBe(true);
    // Split records on CRLF outside quotes.
    const records: string[] = [];
    let current = '';
    let quoted = false;
    for (let i = 0; i < csv.length; i++) {
      const ch = csv[i];
      if (ch === '"') quoted = !quoted;
      if (!quoted && ch === '\r' && csv[i + 1] === '\n') {
        records.push(current);
        current = '';
        i++;
        continue;
      }
      current += ch;
    }
    expect(records).toHaveLength(rows.length);
    expect(records.some((r) => r.includes('"学校より情報提供\n要確認"'))).toBe(true);
    expect(records.at(-1)).toBe('合計,120件');
    expect(csv).toMatch(/\d{4}\/\d{1,2}\/\d{1,2}/);
  });
});
