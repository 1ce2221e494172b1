import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../db/backend';
import { makeXlsx, useTempDirs } from './db-helpers';
import { fakeCase, meetingBackend, type TestBackend } from './meeting-helpers';

const tempDir = useTempDirs();
const open: Backend[] = [];
afterEach(() => {
  for (const b of open.splice(0)) b.close();
});

async function withCases(...caseNos: string[]): Promise<TestBackend> {
  const t = await meetingBackend(tempDir());
  open.push(t.backend);
  for (const caseNo of caseNos) await t.api.call('ledger.create', { case: fakeCase(caseNo) });
  return t;
}

const HEADER = [
  '登録番号',
  '報告日',
  '報告機関',
  '期間',
  '欠席日数',
  '連絡のない欠席',
  '外傷',
  '家庭状況の変化',
  '安全スケール',
  '所見',
  '担当者',
];

/** A fictional report sheet in the style agencies send: a title row, then the table. */
function reportRows(): unknown[][] {
  return [
    ['関係機関からの報告（令和7年5月分・架空）'],
    HEADER,
    [
      'P-1',
      'R7.5.10',
      '架空市立第一小学校',
      'R7.4.1～R7.4.30',
      '8日',
      '有',
      '無',
      '母の転職',
      3,
      '元気がない',
      '担当A',
    ],
    ['P-2', new Date(Date.UTC(2025, 4, 12)), '保育所', null, 0, 'なし', '○', null, '7', null, null],
    [],
    ['P-3', '2025/05/14', '保健センター', null, null, 'はい', 'いいえ', null, null, '乳児健診未受診', null],
    ['P-404', '2025-05-14', '保健センター', null, null, null, null, null, null, null, null],
    ['P-1', '2025-05-15', '架空市立第一小学校', null, null, 'たぶん', null, null, null, null, null],
    ['P-2', null, '保育所', null, null, null, null, null, null, null, null],
    ['P-3', '2025-05-16', '保健センター', null, 'なし', null, null, null, 11, null, null],
    [null, '2025-05-16', '保健センター', null, null, null, null, null, null, null, null],
    ['合計', null, null, null, null, null, null, null, null, null, null],
  ];
}

describe('reports import', () => {
  it('imports every readable row, rejects the rest with sheet, row and reason, and adds nothing the second time', async () => {
    const { api } = await withCases('P-1', 'P-2', 'P-3');
    const dataBase64 = (await makeXlsx([{ name: '5月報告', rows: reportRows() }])).toString('base64');

    const dry = await api.call('reports.import', { fileName: '報告.xlsx', dataBase64, dryRun: true });
    expect(dry.imported).toBe(3);
    expect((await api.call('reports.list', { caseNo: 'P-1' })).reports).toEqual([]);

    const first = await api.call('reports.import', { fileName: '報告.xlsx', dataBase64 });
    expect(first.imported).toBe(3);
    expect(first.unchanged).toBe(0);
    expect(first.rejected).toEqual([
      { sheet: '5月報告', row: 7, caseNo: 'P-404', reason: '台帳にない登録番号です' },
      { sheet: '5月報告', row: 8, caseNo: 'P-1', reason: '「連絡のない欠席」の値「たぶん」を有／無として読めません' },
      { sheet: '5月報告', row: 9, caseNo: 'P-2', reason: '報告日がありません' },
      {
        sheet: '5月報告',
        row: 10,
        caseNo: 'P-3',
        reason: expect.stringContaining('「欠席日数」の値「なし」を数として読めません'),
      },
      { sheet: '5月報告', row: 11, caseNo: null, reason: '登録番号がありません' },
    ]);
    expect(first.rejected[3]?.reason).toContain('「安全スケール」の値 11 は 0〜10 の範囲にありません');
    expect(first.warnings).toEqual([
      { sheet: '5月報告', row: null, caseNo: null, message: expect.stringContaining('「担当者」') },
    ]);

    const [p1] = (await api.call('reports.list', { caseNo: 'P-1' })).reports;
    expect(p1).toMatchObject({
      caseNo: 'P-1',
      reportDate: '2025-05-10',
      agency: '架空市立第一小学校',
      periodFrom: '2025-04-01',
      periodTo: '2025-04-30',
      daysAbsent: 8,
      unexplainedAbsence: true,
      injury: false,
      homeChange: '母の転職',
      safetyScale: 3,
      note: '元気がない',
    });
    expect((await api.call('reports.list', { caseNo: 'P-2' })).reports[0]).toMatchObject({
      reportDate: '2025-05-12',
      daysAbsent: 0,
      unexplainedAbsence: false,
      injury: true,
      safetyScale: 7,
    });
    expect((await api.call('reports.list', { caseNo: 'P-3' })).reports[0]).toMatchObject({
      unexplainedAbsence: true,
      injury: false,
      note: '乳児健診未受診',
    });

    const second = await api.call('reports.import', { fileName: '報告.xlsx', dataBase64 });
    expect(second.imported).toBe(0);
    expect(second.unchanged).toBe(3);
    expect(second.rejected).toHaveLength(5);
    expect((await api.call('reports.list', { caseNo: 'P-1' })).reports).toHaveLength(1);
  });

  it('lists each report it imports (and, dry, would import): masked case, agency, date, facts, warning signs', async () => {
    const t = await meetingBackend(tempDir());
    open.push(t.backend);
    const { api } = t;
    await api.call('ledger.create', { case: fakeCase('L-1', { name: '山田　花子', kana: 'やまだ はなこ' }) });
    await api.call('ledger.create', { case: fakeCase('L-2', { name: '架空　次郎', kana: null }) });
    const csv = [
      '登録番号,報告日,報告機関,欠席日数,連絡のない欠席,外傷,家庭状況の変化,安全スケール,所見',
      'L-1,2025-05-10,第一小学校,8,有,有,母の転職,2,花子さんの腕にあざ',
      'L-2,2025-05-12,保育所,0,無,無,,7,',
      'L-404,2025-05-12,保育所,0,無,無,,7,',
    ];
    const dataBase64 = Buffer.from(csv.join('\r\n') + '\r\n', 'utf8').toString('base64');
    const expected = [
      {
        caseNo: 'L-1',
        caseLabel: 'L-1 Y.H.',
        agency: '第一小学校',
        reportDate: '2025-05-10',
        facts: [
          '欠席8日',
          '連絡のない欠席あり',
          '外傷あり',
          '安全スケール2',
          '家庭状況の変化：母の転職',
          '所見：〇〇さんの腕にあざ',
        ],
        warnings: ['外傷の報告', '7日以上の欠席', '連絡のない欠席', '安全スケールが低い'],
      },
      {
        caseNo: 'L-2',
        caseLabel: 'L-2',
        agency: '保育所',
        reportDate: '2025-05-12',
        facts: ['欠席0日', '連絡のない欠席なし', '外傷なし', '安全スケール7'],
        warnings: [],
      },
    ];
    const dry = await api.call('reports.import', { fileName: 'r.csv', dataBase64, dryRun: true });
    expect(dry.reports).toEqual(expected);
    const done = await api.call('reports.import', { fileName: 'r.csv', dataBase64 });
    expect(done.reports).toEqual(expected);
    expect(JSON.stringify(done)).not.toContain('花子');
    // Nothing new the second time, so nothing listed.
    expect((await api.call('reports.import', { fileName: 'r.csv', dataBase64 })).reports).toEqual([]);
  });

  it('reads CSV, refuses a changed report under the same key, and flags a closed case', async () => {
    const { api } = await withCases('C-1', 'C-2');
    await api.call('ledger.update', { caseNo: 'C-2', changes: { status: 'closed', closedDate: '2025-04-01' } });
    const csv = (lines: string[]) => Buffer.from(lines.join('\r\n') + '\r\n', 'utf8').toString('base64');
    const first = await api.call('reports.import', {
      fileName: 'reports.csv',
      dataBase64: csv([
        '登録番号,報告年月日,機関名,外傷の有無,備考',
        'C-1,令和7年5月1日,警察署,×,',
        'C-2,R7.5.2,警察署,1,',
      ]),
    });
    expect(first).toMatchObject({ imported: 2, unchanged: 0, rejected: [] });
    expect(first.warnings).toEqual([
      { sheet: expect.any(String), row: 3, caseNo: 'C-2', message: '終結したケースの報告です（取り込みました）' },
    ]);
    const changed = await api.call('reports.import', {
      fileName: 'reports.csv',
      dataBase64: csv(['登録番号,報告年月日,機関名,外傷の有無,備考', 'C-1,令和7年5月1日,警察署,○,追記']),
    });
    expect(changed.imported).toBe(0);
    expect(changed.rejected).toEqual([
      { sheet: expect.any(String), row: 2, caseNo: 'C-1', reason: expect.stringContaining('内容が異なります') },
    ]);
    expect((await api.call('reports.list', { caseNo: 'C-1' })).reports[0]?.injury).toBe(false);
  });

  it('says which file it cannot read and skips a sheet without a report header', async () => {
    const { api } = await withCases('Q-1');
    const bad = await api
      .call('reports.import', { fileName: 'x.pdf', dataBase64: Buffer.from('%PDF-1.4').toString('base64') })
      .catch((e: Error) => e);
    expect(bad).toMatchObject({ code: 'unreadable_file', message: expect.stringContaining('x.pdf') });
    const notes = await makeXlsx([
      { name: 'メモ', rows: [['この資料は架空です'], ['記入のしかた']] },
      {
        name: '報告',
        rows: [
          ['番号', '報告日', '報告機関', '安全スケール'],
          ['Q-1', 'R7.5.1', '主任児童委員', '2点'],
        ],
      },
    ]);
    const result = await api.call('reports.import', { fileName: 'r.xlsx', dataBase64: notes.toString('base64') });
    expect(result).toMatchObject({ imported: 1, rejected: [] });
    expect(result.warnings).toEqual([
      { sheet: 'メモ', row: null, caseNo: null, message: expect.stringContaining('見出し行') },
    ]);
    expect((await api.call('reports.list', { caseNo: 'Q-1' })).reports[0]?.safetyScale).toBe(2);
  });
});
