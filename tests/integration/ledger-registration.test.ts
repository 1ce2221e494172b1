// 登録区分 through the backend on a real database: an import with the column (an unknown value warns and is kept
// in extra), an edit writes one history row and absent → 要対協登録 writes none, a later import without the
// column keeps it, every export format carries it and re-imports to the same cases, and the year's figures and
// ホーム count the センター支援 families apart.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importFile, makeXlsx, unlockedBackend, useTempDirs } from './db-helpers';

const tempDir = useTempDirs();
const HEADER = ['登録番号', '種別', '登録区分', '児童氏名', '登録日', '状態'];
const ROWS = [
  ['R-1', '要支援児童', 'センター', '架空 一', '2025/05/01', '継続'],
  ['R-2', '要保護児童', '要対協', '架空 二', '2025/05/02', '継続'],
  ['R-3', '特定妊婦', null, '架空 三', '2025/05/03', '継続'],
  ['R-4', '要支援児童', '児相', '架空 四', '2025/05/04', '継続'],
  ['R-5', '要支援児童', 'こども家庭センター', '架空 五', '2025/06/01', '終結'],
];

async function seeded() {
  const env = await unlockedBackend(tempDir(), () => new Date(2026, 2, 20, 9, 0));
  const imported = await importFile(
    env.api,
    'registration.xlsx',
    await makeXlsx([{ name: '台帳', rows: [HEADER, ...ROWS] }]),
  );
  return { ...env, imported };
}

describe('backend: 登録区分', () => {
  it('imports the column: センター支援 set, 要対協 and empty absent, an unknown value warned and kept in extra', async () => {
    const { backend, api, imported } = await seeded();
    expect(imported.preview.sheets[0]?.columns.find((c) => c.header === '登録区分')?.suggested).toBe('registration');
    expect(imported.report.warnings.map((w) => [w.caseNo, w.message])).toEqual([
      [
        'R-4',
        '「登録区分」の値「児相」は登録区分として読み取れないため、登録区分は「要対協登録」にし、元の値を「登録区分」に残しました',
      ],
    ]);
    const cases = (await api.call('ledger.list', {})).cases;
    expect(cases.map((c) => [c.caseNo, c.registration ?? null, c.extra])).toEqual([
      ['R-1', 'センター支援', {}],
      ['R-2', null, {}],
      ['R-3', null, {}],
      ['R-4', null, { 登録区分: '児相' }],
      ['R-5', 'センター支援', {}],
    ]);
    backend.close();
  });

  it('writes a history row for a change and none for absent → 要対協登録; an import without the column keeps it', async () => {
    const { backend, api } = await seeded();
    const same = await api.call('ledger.update', { caseNo: 'R-2', changes: { registration: '要対協登録' } });
    expect(same.history.filter((h) => h.field === 'registration')).toEqual([]);
    const changed = await api.call('ledger.update', { caseNo: 'R-3', changes: { registration: 'センター支援' } });
    expect(changed.history.filter((h) => h.field === 'registration')).toMatchObject([
      { source: 'edit', oldValue: '要対協登録', newValue: 'センター支援' },
    ]);
    // A list with only 登録番号 and 支援方針 updates the policy and leaves the 登録区分 alone.
    const partial = await makeXlsx([
      {
        name: '台帳',
        rows: [
          ['登録番号', '支援方針'],
          ['R-3', '月1回訪問'],
        ],
      },
    ]);
    await importFile(api, 'policy.xlsx', partial);
    expect((await api.call('ledger.get', { caseNo: 'R-3' })).case).toMatchObject({
      registration: 'センター支援',
      policy: '月1回訪問',
    });
    backend.close();
  });

  it('exports the column in xlsx, csv and json, and each re-imports to the same cases', async () => {
    const { backend, api } = await seeded();
    const before = (await api.call('ledger.list', {})).cases;
    const xlsx = Buffer.from((await api.call('ledger.export', { format: 'xlsx' })).dataBase64, 'base64');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx as never);
    const ws = wb.getWorksheet('台帳')!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 4)).toEqual(['登録番号', '種別', '登録区分', '児童氏名']);
    expect([2, 3].map((n) => ws.getRow(n).getCell(3).value)).toEqual(['センター支援', '要対協登録']);

    const csv = Buffer.from((await api.call('ledger.export', { format: 'csv' })).dataBase64, 'base64');
    expect(csv.subarray(3).toString('utf8').split('\r\n')[0]?.startsWith('登録番号,種別,登録区分,児童氏名')).toBe(true);
    const json = JSON.parse(
      Buffer.from((await api.call('ledger.export', { format: 'json' })).dataBase64, 'base64').toString('utf8'),
    );
    expect(json.cases.map((c: { registration: string }) => c.registration)).toEqual([
      'センター支援',
      '要対協登録',
      '要対協登録',
      '要対協登録',
      'センター支援',
    ]);

    for (const [name, bytes] of [
      ['back.xlsx', xlsx],
      ['back.csv', csv],
    ] as const) {
      const other = await unlockedBackend(tempDir());
      const again = await importFile(other.api, name, bytes);
      expect(again.report.warnings).toEqual([]);
      expect((await other.api.call('ledger.list', {})).cases).toEqual(before);
      other.backend.close();
    }
    // Into the ledger it came from: nothing changes.
    const onto = await importFile(api, 'back.xlsx', xlsx);
    expect(onto.report).toMatchObject({ imported: 0, updated: 0 });
    backend.close();
  });

  it('counts the センター支援 families apart in the year and on ホーム', async () => {
    const { backend, api } = await seeded();
    const { current } = await api.call('stats.year', { fiscalYear: 2025 });
    expect(current.newRegistrations.total).toBe(3);
    expect(current.closures.total).toBe(0);
    expect(current.centreSupport).toEqual({ newCases: 2, closures: 0, openAtYearEnd: 1 });
    const home = await api.call('home.summary', {});
    expect([home.openCases, home.openCentreSupport]).toEqual([4, 1]);
    backend.close();
  });
});
