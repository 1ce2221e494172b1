import { describe, it, expect } from 'vitest';
import { emptyCase, type LedgerCase } from '../../shared/ledger/case';
import type { Cell, Grid, MergeRange } from '../../shared/ledger/grid';
import { parseWorkbook } from '../../shared/ledger/parse';

const grid = (name: string, rows: Cell[][], merges: MergeRange[] = []): Grid => ({ name, rows, merges });
const m = (top: number, left: number, bottom: number, right: number): MergeRange => ({ top, left, bottom, right });
const caseOf = (fields: Partial<LedgerCase> & { caseNo: string }): LedgerCase => ({
  ...emptyCase(fields.caseNo),
  ...fields,
});

/** A messy fictional ledger: title, two-row merged header, blank rows, rejects, a totals row. */
function messyLedger(): Grid {
  return grid(
    '台帳',
    [
      ['要対協 進行管理台帳（架空データ）'],
      [],
      ['登録番号', '種別', '児童', null, '生年月日', '保護者', null, '重症度', '次回確認時期', '備考', null],
      [null, null, '氏名', 'ふりがな', null, '氏名', '続柄', null, null, null, null],
      [
        'S-001',
        '要保護',
        ' 架空　　太郎 ',
        'かくう たろう',
        'H27.6.18',
        '架空　花子',
        '母',
        '軽度（見守り）',
        'R7.12',
        '転入',
        'x',
      ],
      [],
      [
        'S-002',
        '要支援児童',
        '髙橋　𠮷子',
        null,
        new Date(Date.UTC(2014, 9, 20)),
        null,
        null,
        'AA',
        new Date(Date.UTC(2025, 8, 1)),
        null,
        null,
      ],
      [null, '要保護児童', '番号なし 子', null, null, null, null, null, null, null, null],
      ['S-001', '要保護児童', '重複 子', null, null, null, null, null, null, null, null],
      ['S-003', '要保護児童', '日付 誤', null, 'R7.13.1', null, null, null, null, null, null],
      [3, null, '番号 数値', null, 45748, null, null, null, null, null, null],
      ['S-004', null, '月 のみ', null, 'R7.12', null, null, null, '12月', null, null],
      [null, null, null, null, null, null, null, null, null, null, null],
      ['合計', '6件'],
    ],
    [
      m(1, 1, 1, 11),
      m(3, 1, 4, 1),
      m(3, 2, 4, 2),
      m(3, 3, 3, 4),
      m(3, 5, 4, 5),
      m(3, 6, 3, 7),
      m(3, 8, 4, 8),
      m(3, 9, 4, 9),
      m(3, 10, 4, 10),
    ],
  );
}

describe('parseWorkbook: a messy ledger', () => {
  const result = parseWorkbook([messyLedger()]);

  it('imports the good rows with normalized values', () => {
    expect(result.cases.map((c) => [c.row, c.case.caseNo])).toEqual([
      [5, 'S-001'],
      [7, 'S-002'],
      [11, '3'],
    ]);
    expect(result.cases[0]?.case).toEqual(
      caseOf({
        caseNo: 'S-001',
        classification: '要保護児童',
        name: '架空 太郎',
        kana: 'かくう たろう',
        birthDate: '2015-06-18',
        guardianName: '架空 花子',
        guardianRelation: '母',
        riskLevel: '軽度',
        nextReview: '2025-12',
        extra: { 備考: '転入', 列11: 'x' },
      }),
    );
    expect(result.cases[1]?.case).toEqual(
      caseOf({
        caseNo: 'S-002',
        classification: '要支援児童',
        name: '髙橋 𠮷子',
        birthDate: '2014-10-20',
        nextReview: '2025-09-01',
        extra: { 重症度: 'AA' },
      }),
    );
    expect(result.cases[2]?.case.birthDate).toBe('2025-04-01');
  });

  it('rejects each bad row with its sheet, row and a Japanese reason', () => {
    expect(result.rejected).toEqual([
      { sheet: '台帳', row: 8, caseNo: null, reason: '登録番号がありません' },
      {
        sheet: '台帳',
        row: 9,
        caseNo: 'S-001',
        reason: '登録番号「S-001」が重複しています（シート「台帳」の5行目と同じ）',
      },
      { sheet: '台帳', row: 10, caseNo: 'S-003', reason: '「生年月日」の日付を読めません: 「R7.13.1」' },
      {
        sheet: '台帳',
        row: 12,
        caseNo: 'S-004',
        reason: '「生年月日」の日付を読めません: 「R7.12」 / 「次回確認時期」の日付を読めません: 「12月」',
      },
    ]);
  });

  it('warns about values it cannot read and keeps them', () => {
    expect(result.warnings).toEqual([
      {
        sheet: '台帳',
        row: 7,
        caseNo: 'S-002',
        message: '「重症度」の値「AA」は重症度として読み取れないため、重症度は空欄にし、元の値を「重症度」に残しました',
      },
    ]);
  });

  it('describes the sheet for the wizard', () => {
    const sheet = result.sheets[0];
    expect(sheet?.headerRows).toEqual({ first: 3, last: 4 });
    expect(sheet?.dataRows).toBe(7);
    expect(sheet?.sample.map((s) => s.row)).toEqual([5, 7, 11]);
    expect(sheet?.columns.find((c) => c.index === 2)).toEqual({
      index: 2,
      header: '児童 氏名',
      target: 'name',
      suggested: 'name',
    });
  });

  it('accounts for every non-blank, non-totals row', () => {
    expect(result.cases.length + result.rejected.length).toBe(result.sheets[0]?.dataRows);
  });
});

describe('parseWorkbook: sheets', () => {
  it('takes the classification from the sheet name when no column gives one', () => {
    const r = parseWorkbook([
      grid('特定妊婦一覧', [
        ['特定妊婦（架空）'],
        ['番号', '氏名', '出産予定日', '種別'],
        ['P-1', '架空 母', '令和8年1月10日', null],
        ['P-2', '架空 姉', null, '要支援'],
      ]),
    ]);
    expect(r.sheets[0]?.classification).toBe('特定妊婦');
    expect(r.cases.map((c) => [c.case.classification, c.case.dueDate])).toEqual([
      ['特定妊婦', '2026-01-10'],
      ['要支援児童', null],
    ]);
  });

  it('skips notes and empty sheets with a warning, not a rejection', () => {
    const r = parseWorkbook([grid('メモ', [['会議の進め方'], ['毎月第2水曜']]), grid('Sheet3', [])]);
    expect(r.sheets.map((s) => [s.name, s.headerRows, s.columns.length])).toEqual([
      ['メモ', null, 0],
      ['Sheet3', null, 0],
    ]);
    expect(r.cases).toEqual([]);
    expect(r.rejected).toEqual([]);
    expect(r.warnings.map((w) => w.message)).toEqual([
      'シート「メモ」に台帳の見出し行が見つからないため、読み込みませんでした',
      'シート「Sheet3」は空のため、読み込みませんでした',
    ]);
  });

  it('rejects duplicates across sheets, naming the first sheet', () => {
    const r = parseWorkbook([
      grid('要保護児童', [
        ['登録番号', '氏名'],
        ['A-1', '架空 一'],
      ]),
      grid('要支援児童', [
        ['登録番号', '氏名'],
        ['A-1', '架空 二'],
      ]),
    ]);
    expect(r.cases.map((c) => c.case.classification)).toEqual(['要保護児童']);
    expect(r.rejected[0]?.reason).toBe('登録番号「A-1」が重複しています（シート「要保護児童」の2行目と同じ）');
  });

  it('warns when a sheet has no 登録番号 column and rejects its rows', () => {
    const r = parseWorkbook([
      grid('一覧', [
        ['氏名', '生年月日'],
        ['架空 一', 'R1.5.1'],
      ]),
    ]);
    expect(r.warnings[0]?.message).toBe('シート「一覧」に「登録番号」の列がないため、この表の行は登録できません');
    expect(r.rejected).toEqual([{ sheet: '一覧', row: 2, caseNo: null, reason: '登録番号がありません' }]);
  });
});

describe('parseWorkbook: cells and values', () => {
  const header = [
    '登録番号',
    '氏名',
    '地区',
    '虐待の種類',
    '性別',
    '関係機関',
    '状態',
    '終結日',
    '支援方針',
    '備考',
    '備考',
  ];

  it('converts cell types for text fields and splits combined values', () => {
    const r = parseWorkbook([
      grid('台帳', [
        header,
        [
          1,
          '架空 一',
          12,
          '身体的・心理的',
          '女',
          '学校、警察署\n児童相談所',
          '継続',
          null,
          true,
          new Date(Date.UTC(2025, 0, 5)),
          '二つ目',
        ],
      ]),
    ]);
    expect(r.cases[0]?.case).toEqual(
      caseOf({
        caseNo: '1',
        name: '架空 一',
        district: '12',
        abuseTypes: ['身体的', '心理的'],
        sex: 'female',
        agencies: ['学校', '警察署', '児童相談所'],
        policy: 'TRUE',
        extra: { 備考: '2025-01-05', '備考（2）': '二つ目' },
      }),
    );
    expect(r.warnings).toEqual([]);
  });

  it('derives closure from a closure date or a 終結 status', () => {
    const r = parseWorkbook([
      grid('台帳', [
        header,
        ['C-1', null, null, null, null, null, '継続', 'R7.3.31'],
        ['C-2', null, null, null, null, null, '終結'],
        ['C-3'],
      ]),
    ]);
    expect(r.cases.map((c) => [c.case.status, c.case.closedDate])).toEqual([
      ['closed', '2025-03-31'],
      ['closed', null],
      ['active', null],
    ]);
  });

  it('keeps unreadable coded values in extra with a warning', () => {
    const r = parseWorkbook([
      grid('台帳', [header, ['W-1', null, null, '身体的・経済的', '？', null, '保留', null, null, null, null]]),
    ]);
    expect(r.cases[0]?.case).toMatchObject({
      abuseTypes: ['身体的'],
      sex: null,
      status: 'active',
      extra: { 虐待の種類: '身体的・経済的', 性別: '？', 状態: '保留' },
    });
    expect(r.warnings.map((w) => w.message)).toEqual([
      '「虐待の種類」の「経済的」は虐待の種類として読み取れないため、元の値を「虐待の種類」に残しました',
      '「性別」の値「？」は性別として読み取れないため、性別は空欄にし、元の値を「性別」に残しました',
      '「状態」の値「保留」は状態として読み取れないため、状態は「継続」にし、元の値を「状態」に残しました',
    ]);
  });

  it('fills vertically merged data cells down', () => {
    const r = parseWorkbook([
      grid(
        '台帳',
        [
          ['登録番号', '種別', '氏名'],
          ['M-1', '要保護児童', '架空 一'],
          ['M-2', null, '架空 二'],
          ['M-3', '要支援児童', '架空 三'],
        ],
        [m(2, 2, 3, 2)],
      ),
    ]);
    expect(r.cases.map((c) => c.case.classification)).toEqual(['要保護児童', '要保護児童', '要支援児童']);
  });

  it('applies a mapping override and keeps a second column for one field', () => {
    const sheet = grid('台帳', [
      ['登録番号', '氏名', 'エリア', '秘密メモ', '児童名'],
      ['O-1', '架空 一', '北', '不要', '架空 別名'],
    ]);
    const r = parseWorkbook([sheet], { 台帳: { '2': 'district', '3': 'ignore', '4': 'name' } });
    expect(r.cases[0]?.case).toEqual(
      caseOf({ caseNo: 'O-1', name: '架空 一', district: '北', extra: { 児童名: '架空 別名' } }),
    );
    expect(r.sheets[0]?.columns.map((c) => [c.target, c.suggested])).toEqual([
      ['caseNo', 'caseNo'],
      ['name', 'name'],
      ['district', 'extra'],
      ['ignore', 'extra'],
      ['name', 'extra'],
    ]);
    expect(r.warnings.map((w) => w.message)).toEqual([
      '「児童氏名」には別の列の値が入っているため、「児童名」の値は「児童名」に残しました',
    ]);
  });

  it('rejects values longer than the schema allows', () => {
    const r = parseWorkbook([
      grid('台帳', [header, ['L-1', null, null, null, null, null, null, null, 'あ'.repeat(2001)]]),
    ]);
    expect(r.rejected[0]?.reason).toBe('「支援方針」が長すぎます');
  });

  it('skips totals rows in their usual forms', () => {
    const r = parseWorkbook([
      grid('台帳', [
        ['登録番号', '氏名'],
        ['T-1', '架空 一'],
        ['計', null],
        [null, '合計 2件'],
        [null, '２件'],
      ]),
    ]);
    expect(r.cases).toHaveLength(1);
    expect(r.rejected).toEqual([]);
    expect(r.sheets[0]?.dataRows).toBe(1);
  });
});
