// A value means the same whatever format carried it: the generated 300-row ledger imported from xlsx, then
// the same workbook saved as CSV the way Excel does (date cells as yyyy/m/d, bare serial numbers as 45850)
// imported over it changes nothing, and imported alone gives the same cases (extra columns' days as written).
// A CSV exported by the app in CP932 that turned 𠮷 into 「?」 keeps the ledger's value and says so.
import { join } from 'node:path';
import { fakeCase } from './meeting-helpers';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../db/backend';
import { readXlsx } from '../../db/files/read-xlsx';
import { createApi } from '../../shared/api-client';
import type { Api } from '../../shared/contract';
import type { LedgerCase } from '../../shared/ledger/case';
import { canonicalExtraText } from '../../shared/ledger/dates';
import { makeLedgerWorkbook } from '../fixtures/index';
import { toCsvText } from '../fixtures/csv';
import { PASSPHRASE, useTempDirs } from './db-helpers';

const tempDir = useTempDirs();

async function open(): Promise<{ api: Api; close(): void }> {
  const backend = createBackend({ dbPath: join(tempDir(), 'f.db') });
  const api = createApi(backend);
  await api.call('session.setup', { passphrase: PASSPHRASE });
  return { api, close: () => backend.close() };
}

async function importInto(api: Api, fileName: string, bytes: Buffer) {
  const preview = await api.call('ledger.importPreview', { fileName, dataBase64: bytes.toString('base64') });
  return { preview, report: await api.call('ledger.importCommit', { token: preview.token }) };
}

describe('the same ledger as xlsx and as CSV', { timeout: 180_000 }, () => {
  it('300 rows: the CSV (with serial-number dates) rejects nothing and updates nothing after the xlsx', async () => {
    const { buffer } = await makeLedgerWorkbook({ rows: 300, seed: 14, sheets: 'single', extraColumns: ['担当CW'] });
    const [grid] = await readXlsx(buffer);
    const csvText = toCsvText(grid!.rows);
    // The case the issue names: bare serials in date columns, and dates in an extra column as 2025/5/24.
    expect(csvText).toMatch(/,4\d{4},/);
    expect(csvText).toMatch(/,20\d\d\/\d{1,2}\/\d{1,2},/);
    const csv = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csvText, 'utf8')]);

    const both = await open();
    const first = await importInto(both.api, '台帳.xlsx', buffer);
    expect(first.report.rejected).toEqual([]);
    const fromXlsx = (await both.api.call('ledger.list', {})).cases;
    expect(fromXlsx.length).toBeGreaterThan(250);
    const again = await importInto(both.api, '台帳.csv', csv);
    expect(again.report.rejected).toEqual([]);
    expect(again.report.updated).toBe(0);
    expect(again.report.unchanged).toBe(fromXlsx.length);
    both.close();

    const alone = await open();
    const onlyCsv = await importInto(alone.api, '台帳.csv', csv);
    expect(onlyCsv.report.rejected).toEqual([]);
    // Extra columns keep their text as written (2025/5/24 from the CSV, 2025-05-24 from an xlsx date cell): the
    // same day either way.
    const meaning = (cases: LedgerCase[]) =>
      cases.map((c) => ({
        ...c,
        extra: Object.fromEntries(Object.entries(c.extra).map(([k, v]) => [k, canonicalExtraText(v)])),
      }));
    expect(meaning((await alone.api.call('ledger.list', {})).cases)).toEqual(meaning(fromXlsx));
    alone.close();
  });

  it('a CP932 export that lost 𠮷 re-imports without renaming the child, with a warning', async () => {
    const { api, close } = await open();
    await api.call('ledger.create', {
      case: {
        ...fakeCase('K-1', { name: '𠮷田 花子', guardianName: '髙橋 ①子' }),
        extra: { メモ: '😀 と =SUM(A1)', 式: '=1+1' },
      },
    });
    const exported = await api.call('ledger.export', { format: 'csv', encoding: 'cp932' });
    expect(exported.mimeType).toContain('shift_jis');
    const bytes = Buffer.from(exported.dataBase64, 'base64');
    const text = iconv.decode(bytes, 'cp932');
    expect(text).toContain('?田 花子');
    expect(text).toContain('髙橋 ①子'); // both in CP932 (IBM and NEC extensions)
    expect(text).toContain('? と =SUM(A1)');
    expect(text).toContain(",'=1+1\r\n"); // neutralised on the way out, restored on the way in

    const { preview, report } = await importInto(api, '台帳.csv', bytes);
    expect(report.updated).toBe(0);
    expect(preview.report.updated).toBe(0);
    const warnings = report.warnings.map((w) => `${w.caseNo} ${w.message}`);
    expect(warnings).toContain(
      'K-1 「児童氏名」: CP932 で保存されたため文字が「?」に置き換わっています。台帳の値を残しました',
    );
    expect(warnings).toContain(
      'K-1 「メモ」: CP932 で保存されたため文字が「?」に置き換わっています。台帳の値を残しました',
    );
    const [stored] = (await api.call('ledger.list', {})).cases;
    expect(stored).toMatchObject({
      name: '𠮷田 花子',
      guardianName: '髙橋 ①子',
      extra: { メモ: '😀 と =SUM(A1)', 式: '=1+1' },
    });
    close();
  });
});
