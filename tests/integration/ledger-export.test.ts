// The ledger export through the backend (xlsx, csv, json), each read back as the importer reads it.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { emptyCase, type LedgerCase } from '../../shared/ledger/case';
import { ledgerRows, makeXlsx, useTempDirs, importFile, unlockedBackend } from './db-helpers';

const tempDir = useTempDirs();

const unlocked = (now?: () => Date) => unlockedBackend(tempDir(), now);

describe('backend: export', () => {
  async function seeded() {
    const env = await unlocked(() => new Date(2026, 10, 24, 9, 0));
    const rows = ledgerRows(12);
    await importFile(env.api, 'seed.xlsx', await makeXlsx([{ name: '台帳', rows }]));
    await env.api.call('ledger.update', {
      caseNo: 'S-2',
      changes: { status: 'closed', closedDate: '2026-03-31', closedReason: '転出' },
    });
    return env;
  }

  it('xlsx: 台帳 sheet with the header in row 1, real dates, 取扱注意 in page header and properties; re-import is exact', async () => {
    const { backend, api } = await seeded();
    const before = (await api.call('ledger.list', {})).cases;
    const file = await api.call('ledger.export', { format: 'xlsx' });
    expect(file.fileName).toBe('進行管理台帳_2026-11-24.xlsx');
    const bytes = Buffer.from(file.dataBase64, 'base64');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as never);
    const ws = wb.getWorksheet('台帳')!;
    expect(ws.getRow(1).getCell(1).value).toBe('登録番号');
    expect(ws.getRow(1).values).toContain('担当CW');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.headerFooter.oddHeader).toContain('取扱注意');
    expect(wb.subject).toBe('取扱注意');
    const birthCol = (ws.getRow(1).values as unknown[]).indexOf('生年月日');
    expect(ws.getRow(2).getCell(birthCol).value).toBeInstanceOf(Date);
    expect(ws.rowCount).toBe(13);

    const other = await unlocked();
    const again = await importFile(other.api, file.fileName, bytes);
    expect(again.report).toMatchObject({ imported: 12, rejected: [] });
    expect((await other.api.call('ledger.list', {})).cases).toEqual(before);
    other.backend.close();
    backend.close();
  });

  it('csv: UTF-8 BOM, CRLF, and it re-imports to the same cases', async () => {
    const { backend, api } = await seeded();
    const before = (await api.call('ledger.list', {})).cases;
    const file = await api.call('ledger.export', { format: 'csv' });
    const bytes = Buffer.from(file.dataBase64, 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.split('\r\n')[0]?.startsWith('登録番号,種別,登録区分,児童氏名')).toBe(true);
    expect(text.includes('\n') && !/[^\r]\n/.test(text)).toBe(true);
    const other = await unlocked();
    await importFile(other.api, 'x.csv', bytes);
    expect((await other.api.call('ledger.list', {})).cases).toEqual(before);
    other.backend.close();
    backend.close();
  });

  it('json: tsunagu-ledger v1 with exactly the case keys, in natural caseNo order', async () => {
    const { backend, api } = await seeded();
    const file = await api.call('ledger.export', { format: 'json' });
    expect(file.mimeType).toBe('application/json');
    const doc = JSON.parse(Buffer.from(file.dataBase64, 'base64').toString('utf8'));
    expect(doc.format).toBe('tsunagu-ledger');
    expect(doc.version).toBe(1);
    expect(doc.cases.map((c: LedgerCase) => c.caseNo)).toEqual(Array.from({ length: 12 }, (_, i) => `S-${i + 1}`));
    // Every key, 登録区分 spelled out (an empty case has none: absent means 要対協登録).
    expect(Object.keys(doc.cases[0]).sort()).toEqual([...Object.keys(emptyCase('x')), 'registration'].sort());
    expect(doc.cases[0].registration).toBe('要対協登録');
    expect(doc.cases[1]).toMatchObject({ status: 'closed', closedDate: '2026-03-31' });
    backend.close();
  });

  it('caseNos: exactly those cases in that order, in xlsx and csv, named and logged as the rows shown', async () => {
    const { backend, api } = await seeded();
    const shown = ['S-10', 'S-3', 'S-2'];
    const xlsx = await api.call('ledger.export', { format: 'xlsx', caseNos: shown });
    expect(xlsx.fileName).toBe('進行管理台帳_表示中3件_2026-11-24.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx.dataBase64, 'base64') as never);
    const ws = wb.getWorksheet('台帳')!;
    expect(ws.rowCount).toBe(4);
    expect([2, 3, 4].map((r) => ws.getRow(r).getCell(1).value)).toEqual(shown);

    const csv = await api.call('ledger.export', { format: 'csv', caseNos: shown });
    const lines = Buffer.from(csv.dataBase64, 'base64').subarray(3).toString('utf8').trim().split('\r\n');
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(shown);

    const none = await api.call('ledger.export', { format: 'csv', caseNos: [] });
    expect(Buffer.from(none.dataBase64, 'base64').subarray(3).toString('utf8').trim().split('\r\n')).toHaveLength(1);

    await expect(api.call('ledger.export', { format: 'csv', caseNos: ['S-404'] })).rejects.toMatchObject({
      code: 'not_found',
    });
    const log = (await api.call('audit.list', {})).entries.map((e) => e.summary);
    expect(log).toContain('台帳の表示中の3件を書き出し（xlsx）');
    backend.close();
  });
});
