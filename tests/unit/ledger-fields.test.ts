import { describe, it, expect } from 'vitest';
import {
  ABUSE_TYPES,
  CASE_FIELD_ORDER,
  CLASSIFICATIONS,
  RISK_LEVELS,
  SEXES,
  caseFieldsSchema,
  emptyCase,
  type LedgerCase,
} from '../../shared/ledger/case';
import {
  FIELD_LABELS,
  caseToExportRow,
  collectExtraHeaders,
  displayFieldValue,
  exportCellText,
  fieldLabel,
} from '../../shared/ledger/fields';
import type { Cell } from '../../shared/ledger/grid';
import { parseWorkbook } from '../../shared/ledger/parse';
import { normalizeCaseNo } from '../../shared/ledger/case-no';

describe('labels and display', () => {
  it('labels every field in order', () => {
    expect(CASE_FIELD_ORDER.map((f) => FIELD_LABELS[f])).toEqual([
      '登録番号',
      '種別',
      '登録区分',
      '児童氏名',
      'ふりがな',
      '生年月日',
      '出産予定日',
      '性別',
      '保護者氏名',
      '続柄',
      '地区',
      '所属',
      '虐待の種類',
      '重症度',
      '主担当機関',
      '関係機関',
      '受理日',
      '登録日',
      '支援方針',
      '次回確認時期',
      '状態',
      '終結日',
      '終結理由',
    ]);
    expect(fieldLabel('extra:備考')).toBe('備考');
    expect(fieldLabel('riskLevel')).toBe('重症度');
  });

  it('displays values', () => {
    const c: LedgerCase = {
      ...emptyCase('D-1'),
      sex: 'female',
      birthDate: '2019-05-01',
      nextReview: '2025-12',
      abuseTypes: ['身体的', '心理的'],
    };
    expect(displayFieldValue(c, 'sex', 'wareki')).toBe('女');
    expect(displayFieldValue(c, 'status', 'wareki')).toBe('継続');
    expect(displayFieldValue(c, 'birthDate', 'wareki')).toBe('令和元年5月1日');
    expect(displayFieldValue(c, 'nextReview', 'seireki')).toBe('2025年12月');
    expect(displayFieldValue(c, 'abuseTypes', 'wareki')).toBe('身体的、心理的');
    expect(displayFieldValue(c, 'name', 'wareki')).toBe('');
  });
});

describe('caseToExportRow', () => {
  it('lays out fields then extra columns with export-friendly values', () => {
    const c: LedgerCase = {
      ...emptyCase('E-1'),
      name: '架空 一',
      sex: 'male',
      birthDate: '2015-06-18',
      nextReview: '2025-12',
      agencies: ['学校', '警察署'],
      status: 'closed',
      closedDate: '2025-03-31',
      extra: { 備考: '転入' },
    };
    const row = caseToExportRow(c, ['備考', '学年']);
    expect(row.map((r) => r.header)).toEqual([...CASE_FIELD_ORDER.map((f) => FIELD_LABELS[f]), '備考', '学年']);
    const value = (h: string) => row.find((r) => r.header === h)?.value;
    expect(value('生年月日')).toEqual(new Date(Date.UTC(2015, 5, 18)));
    expect(value('次回確認時期')).toBe('2025年12月');
    expect(value('性別')).toBe('男');
    expect(value('状態')).toBe('終結');
    expect(value('関係機関')).toBe('学校、警察署');
    expect(value('虐待の種類')).toBeNull();
    expect(value('備考')).toBe('転入');
    expect(value('学年')).toBeNull();
    expect(exportCellText(new Date(Date.UTC(2015, 5, 18)))).toBe('2015/06/18');
  });
});

/** Small deterministic PRNG so a failure can be reproduced. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FAMILY = ['髙橋', '山﨑', '𠮷田', '架空', '神\uFA19', 'ﾔﾏﾀﾞ', '渡邊', '斎藤', "O'Neil"];
const GIVEN = ['𠮷子', '太郎', '葛\u{E0100}美', '花', 'ｹﾝ', '一'];
const TEXTS = [
  '月1回家庭訪問',
  '見守り継続\n学校と連携',
  'A  B（二つの空白）',
  '3',
  '0012',
  '北',
  '港小学校',
  '母',
  '転居予定？',
  '「引用」',
];
const AGENCIES = ['児童相談所', '警察署', '学校・園', 'SSW', '保健センター', '民生委員'];
const EXTRA_HEADERS = ['備考', '学年', '方針（旧）', 'No', 'メモ 2', '生活保護', '担当者名'];
const EXTRA_VALUES = ['あり', '2025/04/01', '123', '要確認\n来月', 'TRUE', 'R7.4.1'];

function generateCases(count: number, seed: number): LedgerCase[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const maybe = <T>(make: () => T): T | null => (r() < 0.3 ? null : make());
  const subset = <T>(xs: readonly T[]): T[] => xs.filter(() => r() < 0.35).sort(() => r() - 0.5);
  const iso = () => {
    const d = new Date(Date.UTC(1990, 0, 1) + Math.floor(r() * 40 * 365) * 86_400_000);
    return d.toISOString().slice(0, 10);
  };
  // A birth date may not be in the future (shared/ledger/date-rules.ts): 1990–2019 only.
  const birthIso = () =>
    new Date(Date.UTC(1990, 0, 1) + Math.floor(r() * 30 * 365) * 86_400_000).toISOString().slice(0, 10);
  const name = () => (r() < 0.2 ? pick(FAMILY) : `${pick(FAMILY)} ${pick(GIVEN)}`);
  return Array.from({ length: count }, (_, i) => {
    const closedDate = r() < 0.2 ? iso() : null;
    const extra: Record<string, string> = {};
    for (const h of subset(EXTRA_HEADERS)) extra[h] = pick(EXTRA_VALUES);
    return {
      caseNo: pick(['S-', 'Ａ－', '', 'P']) + String(i + 1).padStart(r() < 0.5 ? 3 : 1, '0'),
      classification: maybe(() => pick(CLASSIFICATIONS)),
      // Stored canonically: センター支援, or absent for 要対協登録 (the export spells that out).
      ...(r() < 0.3 ? { registration: 'センター支援' as const } : {}),
      name: maybe(name),
      kana: maybe(() => pick(['かくう はな', 'カクウ タロウ', 'やまだ'])),
      birthDate: maybe(birthIso),
      dueDate: maybe(iso),
      sex: maybe(() => pick(SEXES)),
      guardianName: maybe(name),
      guardianRelation: maybe(() => pick(['母', '父', '祖母'])),
      district: maybe(() => pick(TEXTS)),
      affiliation: maybe(() => pick(TEXTS)),
      abuseTypes: subset(ABUSE_TYPES),
      riskLevel: maybe(() => pick(RISK_LEVELS)),
      leadAgency: maybe(() => pick(AGENCIES)),
      agencies: subset(AGENCIES),
      receivedDate: maybe(iso),
      registeredDate: maybe(iso),
      policy: maybe(() => pick(TEXTS)),
      nextReview: maybe(() => (r() < 0.5 ? iso() : iso().slice(0, 7))),
      status: closedDate !== null || r() < 0.1 ? 'closed' : 'active',
      closedDate,
      closedReason: maybe(() => pick(['転出', '状況改善', '18歳到達'])),
      extra,
    } satisfies LedgerCase;
  });
}

/** Everything comes back as written except the 登録番号, which every input path normalizes (Ａ－1 → A-1). */
function normalizedNumbers(cases: readonly LedgerCase[]): LedgerCase[] {
  return cases.map((c) => ({ ...c, caseNo: normalizeCaseNo(c.caseNo) }));
}

describe('export → import round trip', () => {
  const cases = generateCases(400, 20250401);
  const extras = collectExtraHeaders(cases);

  it('generates schema-valid cases with every extra header in use', () => {
    for (const c of cases) expect(caseFieldsSchema.safeParse(c).success).toBe(true);
    expect(new Set(extras)).toEqual(new Set(EXTRA_HEADERS));
  });

  it('gives back every case exactly from xlsx-style cells', () => {
    const rows: Cell[][] = [caseToExportRow(emptyCase('x'), extras).map((cell) => cell.header)];
    for (const c of cases) rows.push(caseToExportRow(c, extras).map((cell) => cell.value));
    const parsed = parseWorkbook([{ name: '台帳', rows, merges: [] }]);
    expect(parsed.rejected).toEqual([]);
    expect(parsed.warnings).toEqual([]);
    expect(parsed.cases.map((p) => p.case)).toEqual(normalizedNumbers(cases));
  });

  it('gives back every case exactly from CSV text', () => {
    const rows: Cell[][] = [caseToExportRow(emptyCase('x'), extras).map((cell) => cell.header)];
    for (const c of cases) rows.push(caseToExportRow(c, extras).map((cell) => exportCellText(cell.value)));
    const parsed = parseWorkbook([{ name: '台帳', rows, merges: [] }]);
    expect(parsed.rejected).toEqual([]);
    expect(parsed.cases.map((p) => p.case)).toEqual(normalizedNumbers(cases));
  });

  it('keeps odd names byte-identical', () => {
    const c: LedgerCase = { ...emptyCase('N-1'), name: '𠮷田 葛\u{E0100}美', guardianName: '神\uFA19 ﾔﾏﾀﾞ' };
    const rows: Cell[][] = [caseToExportRow(c, []).map((x) => x.header), caseToExportRow(c, []).map((x) => x.value)];
    const back = parseWorkbook([{ name: '台帳', rows, merges: [] }]).cases[0]?.case;
    expect(Buffer.from(back?.name ?? '').equals(Buffer.from('𠮷田 葛\u{E0100}美'))).toBe(true);
    expect(Buffer.from(back?.guardianName ?? '').equals(Buffer.from('神\uFA19 ﾔﾏﾀﾞ'))).toBe(true);
  });
});
