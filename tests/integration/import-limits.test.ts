// Huge or odd files through the backend on a real encrypted database: limits refused before the workbook
// is loaded, oversized cells, empty workbooks, and 登録番号 spelled differently (width, invisible
// characters, dashes) on every input path, including numbers stored by an older build.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../db/backend';
import { openDatabase } from '../../db/open';
import { createApi } from '../../shared/api-client';
import type { Api } from '../../shared/contract';
import { emptyCase } from '../../shared/ledger/case';
import { IMPORT_LIMITS } from '../../shared/ledger/import-limits';
import { bareWorkbook } from '../fixtures/bare-workbook';
import { containsText, makeXlsx, PASSPHRASE, useTempDirs } from './db-helpers';

const tempDir = useTempDirs();

async function unlocked() {
  const dbPath = join(tempDir(), 'tsunagu.db');
  const backend = createBackend({ dbPath });
  const api = createApi(backend);
  await api.call('session.setup', { passphrase: PASSPHRASE });
  return { backend, api, dbPath };
}

const b64 = (bytes: Buffer) => bytes.toString('base64');
const preview = (api: Api, fileName: string, bytes: Buffer) =>
  api.call('ledger.importPreview', { fileName, dataBase64: b64(bytes) });
async function importFile(api: Api, fileName: string, bytes: Buffer) {
  const p = await preview(api, fileName, bytes);
  return api.call('ledger.importCommit', { token: p.token });
}

describe('import limits', () => {
  it('refuses a workbook of 600,000 rows before loading it, and keeps working', async () => {
    const { backend, api } = await unlocked();
    const huge = await bareWorkbook(600_000);
    const heapBefore = process.memoryUsage().heapUsed;
    const started = Date.now();
    await expect(preview(api, '巨大.xlsx', huge)).rejects.toMatchObject({
      code: 'unreadable_file',
      message:
        '「巨大.xlsx」には 100,000 行以上あり、一度に取り込める行数（100,000 行）を超えています。台帳以外のシートや空の行を削除するか、ファイルを分けてください。',
    });
    // exceljs would have needed gigabytes and minutes; the row count stops at the limit.
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(200 * 1024 * 1024);
    expect(
      (
        await importFile(
          api,
          'ok.xlsx',
          await makeXlsx([
            {
              name: '台帳',
              rows: [
                ['登録番号', '児童氏名'],
                ['S-1', '架空 一'],
              ],
            },
          ]),
        )
      ).imported,
    ).toBe(1);
    backend.close();
  }, 120_000);

  it('refuses a CSV of more lines than the limit, and a file over the size limit', async () => {
    const { backend, api } = await unlocked();
    const lines = ['登録番号,児童氏名', ...Array.from({ length: IMPORT_LIMITS.rows + 1 }, (_, i) => `S-${i},架空`)];
    await expect(preview(api, '多すぎる.csv', Buffer.from(lines.join('\n')))).rejects.toMatchObject({
      message: expect.stringContaining('一度に取り込める行数（100,000 行）を超えています'),
    });
    const big = Buffer.alloc(IMPORT_LIMITS.fileBytes + 1, 0x41);
    await expect(preview(api, '大きい.csv', big)).rejects.toMatchObject({
      message: expect.stringMatching(/^「大きい\.csv」は 64MB あり、取り込める大きさ（64MB）を超えています/),
    });
    backend.close();
  }, 60_000);

  it('rejects a row whose cell is longer than 32,767 characters and stores none of it', async () => {
    const { backend, api, dbPath } = await unlocked();
    const marker = '長い備考の目印';
    const cell = marker + 'あ'.repeat(40_000);
    const report = await importFile(
      api,
      '長い.xlsx',
      await makeXlsx([
        {
          name: '台帳',
          rows: [
            ['登録番号', '児童氏名', '備考'],
            ['S-1', '架空 一', cell],
            ['S-2', '架空 二', '短い'],
          ],
        },
      ]),
    );
    expect(report.imported).toBe(1);
    expect(report.rejected).toEqual([
      {
        sheet: '台帳',
        row: 2,
        caseNo: 'S-1',
        reason: '「備考」の値が 40,007 文字あり、1つのセルの上限（32,767 文字）を超えています',
      },
    ]);
    await expect(
      api.call('ledger.update', { caseNo: 'S-2', changes: { extra: { 備考: cell } } }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    backend.close();
    const db = openDatabase(dbPath, { passphrase: PASSPHRASE });
    expect(db.prepare("SELECT count(*) FROM cases WHERE data LIKE '%' || ? || '%'").pluck().get(marker)).toBe(0);
    db.close();
    expect(containsText(readFileSync(dbPath), marker)).toBe(false);
  });

  it('says an empty workbook has nothing to import instead of 「取り込みが完了しました」', async () => {
    const { backend, api } = await unlocked();
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1');
    const empty = Buffer.from(await wb.xlsx.writeBuffer());
    await expect(preview(api, '空.xlsx', empty)).rejects.toMatchObject({
      code: 'unreadable_file',
      message:
        '「空.xlsx」には取り込める台帳の行がありません（シート「Sheet1」は空のため、読み込みませんでした）。登録番号の列と、その下にケースの行がある台帳のファイルを選んでください。',
    });
    const headerOnly = await makeXlsx([{ name: '台帳', rows: [['登録番号', '児童氏名', '支援方針']] }]);
    await expect(preview(api, '見出しだけ.xlsx', headerOnly)).rejects.toMatchObject({
      message: expect.stringContaining('見出しの下に行がありません'),
    });
    backend.close();
  });
});

describe('登録番号 spelled differently', () => {
  it('is one case whatever the input path, and a near-duplicate in a file is reported', async () => {
    const { backend, api } = await unlocked();
    const report = await importFile(
      api,
      '台帳.xlsx',
      await makeXlsx([
        {
          name: '台帳',
          rows: [
            ['登録番号', '児童氏名'],
            ['Ｓ－１', '架空 一'],
            ['S\u200b-1', '架空 一'],
            ['S−2', '架空 二'],
          ],
        },
      ]),
    );
    expect(report.imported).toBe(2);
    expect(report.rejected[0]).toMatchObject({
      row: 3,
      caseNo: 'S-1',
      reason: expect.stringContaining('「Ｓ－１」とは全角の英数字・見えない文字の違いしかなく、同じ番号です'),
    });
    expect((await api.call('ledger.list', {})).cases.map((c) => c.caseNo)).toEqual(['S-1', 'S-2']);
    expect((await api.call('ledger.get', { caseNo: 'Ｓ－１' })).case.caseNo).toBe('S-1');
    await api.call('ledger.update', { caseNo: 'S\u200b‐2', changes: { district: '北地区' } });
    expect((await api.call('ledger.get', { caseNo: 'S-2' })).case.district).toBe('北地区');
    await expect(api.call('ledger.create', { case: { ...emptyCase('S‐1') } })).rejects.toMatchObject({
      code: 'duplicate',
      message: '登録番号「S-1」はすでに登録されています。',
    });
    // Re-importing under another spelling updates the same case.
    const again = await importFile(
      api,
      '台帳2.xlsx',
      await makeXlsx([
        {
          name: '台帳',
          rows: [
            ['登録番号', '支援方針'],
            ['Sー1', '見守り'],
          ],
        },
      ]),
    );
    expect(again).toMatchObject({ imported: 0, updated: 1 });
    backend.close();
  });

  it('finds numbers an older build stored unnormalized, never rewrites them, and refuses to add a second case', async () => {
    const { backend, dbPath } = await unlocked();
    backend.close();
    const db = openDatabase(dbPath, { passphrase: PASSPHRASE });
    const at = '2025-01-01T00:00:00.000Z';
    db.prepare('INSERT INTO cases (case_no, data, created_at, updated_at) VALUES (?, ?, ?, ?)').run(
      'Ｌ－１',
      JSON.stringify({ ...emptyCase('Ｌ－１'), name: '架空 旧' }),
      at,
      at,
    );
    db.close();
    const again = createBackend({ dbPath });
    const api2 = createApi(again);
    await api2.call('session.unlock', { passphrase: PASSPHRASE });
    expect((await api2.call('ledger.get', { caseNo: 'L-1' })).case.caseNo).toBe('Ｌ－１');
    await api2.call('ledger.update', { caseNo: 'L-1', changes: { district: '南地区' } });
    expect((await api2.call('ledger.get', { caseNo: 'Ｌ－１' })).history.at(-1)).toMatchObject({
      caseNo: 'Ｌ－１',
      field: 'district',
    });
    await expect(api2.call('ledger.create', { case: emptyCase('L-1') })).rejects.toMatchObject({
      code: 'duplicate',
      message: expect.stringContaining('台帳の「Ｌ－１」と'),
    });
    const report = await importFile(
      api2,
      '台帳.xlsx',
      await makeXlsx([
        {
          name: '台帳',
          rows: [
            ['登録番号', '児童氏名'],
            ['L-1', '架空 新'],
            ['L-2', '架空 二'],
          ],
        },
      ]),
    );
    expect(report.imported).toBe(1);
    expect(report.rejected).toEqual([
      {
        sheet: '台帳',
        row: 2,
        caseNo: 'L-1',
        reason: expect.stringContaining(
          '台帳の登録番号「Ｌ－１」とは全角の英数字の違いしかありません。別のケースとして登録せず',
        ),
      },
    ]);
    expect((await api2.call('ledger.list', {})).cases.map((c) => c.caseNo).sort()).toEqual(['L-2', 'Ｌ－１']);
    again.close();
  });
});
