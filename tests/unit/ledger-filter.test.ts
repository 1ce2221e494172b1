import { describe, it, expect } from 'vitest';
import { emptyCase, RISK_LEVELS, type LedgerCase } from '../../shared/ledger/case';
import { queryCases } from '../../shared/ledger/filter';

const c = (caseNo: string, fields: Partial<LedgerCase> = {}): LedgerCase => ({ ...emptyCase(caseNo), ...fields });

const cases: LedgerCase[] = [
  c('S-10', {
    name: '架空 太郎',
    kana: 'かくう たろう',
    classification: '要保護児童',
    riskLevel: '軽度',
    leadAgency: '児童相談所',
    nextReview: '2025-12',
  }),
  c('S-2', {
    name: '髙橋 花',
    kana: 'タカハシ ハナ',
    classification: '要支援児童',
    riskLevel: '生命の危険',
    leadAgency: 'こども家庭センター',
    nextReview: '2025-11-15',
  }),
  c('S-1', { name: '見本 一', kana: null, classification: null, riskLevel: null, status: 'closed', nextReview: null }),
  c('P-3', {
    name: '架空 母',
    kana: 'かくう はは',
    classification: '特定妊婦',
    riskLevel: '重度',
    leadAgency: '保健センター',
    nextReview: '2026-01-10',
  }),
];
const nos = (xs: LedgerCase[]) => xs.map((x) => x.caseNo);

describe('queryCases: search', () => {
  it('matches name, kana and caseNo as substrings, ignoring spaces', () => {
    expect(nos(queryCases(cases, { text: '架空太郎' }))).toEqual(['S-10']);
    expect(nos(queryCases(cases, { text: ' 髙橋　' }))).toEqual(['S-2']);
    expect(nos(queryCases(cases, { text: 's-1' }))).toEqual(['S-10', 'S-1']);
    expect(nos(queryCases(cases, { text: 'Ｐ－３' }))).toEqual(['P-3']);
    expect(nos(queryCases(cases, { text: '高橋' }))).toEqual([]);
  });

  it('treats katakana and hiragana alike', () => {
    expect(nos(queryCases(cases, { text: 'たかはし' }))).toEqual(['S-2']);
    expect(nos(queryCases(cases, { text: 'カクウ' }))).toEqual(['S-10', 'P-3']);
  });
});

describe('queryCases: filters', () => {
  it('filters by classification, risk, lead agency and status', () => {
    expect(nos(queryCases(cases, { classification: ['要保護児童', '特定妊婦'] }))).toEqual(['S-10', 'P-3']);
    expect(nos(queryCases(cases, { riskLevel: ['重度', '生命の危険'] }))).toEqual(['S-2', 'P-3']);
    expect(nos(queryCases(cases, { leadAgency: ['児童相談所'] }))).toEqual(['S-10']);
    expect(nos(queryCases(cases, { status: ['closed'] }))).toEqual(['S-1']);
    expect(nos(queryCases(cases, { classification: [], riskLevel: [] }))).toEqual(['S-10', 'S-2', 'S-1', 'P-3']);
  });

  it('keeps cases due for review by a day, months counting from their first day', () => {
    expect(nos(queryCases(cases, { reviewDueBy: '2025-11-30' }))).toEqual(['S-2']);
    expect(nos(queryCases(cases, { reviewDueBy: '2025-12-01' }))).toEqual(['S-10', 'S-2']);
  });
});

describe('queryCases: sort', () => {
  it('sorts caseNo naturally, nulls last, risk by severity', () => {
    expect(nos(queryCases(cases, { sort: { field: 'caseNo', direction: 'asc' } }))).toEqual([
      'P-3',
      'S-1',
      'S-2',
      'S-10',
    ]);
    expect(nos(queryCases(cases, { sort: { field: 'caseNo', direction: 'desc' } }))).toEqual([
      'S-10',
      'S-2',
      'S-1',
      'P-3',
    ]);
    expect(nos(queryCases(cases, { sort: { field: 'riskLevel', direction: 'desc' } }))).toEqual([
      'S-2',
      'P-3',
      'S-10',
      'S-1',
    ]);
    expect(nos(queryCases(cases, { sort: { field: 'riskLevel', direction: 'asc' } }))).toEqual([
      'S-10',
      'P-3',
      'S-2',
      'S-1',
    ]);
    expect(nos(queryCases(cases, { sort: { field: 'nextReview', direction: 'asc' } }))).toEqual([
      'S-2',
      'S-10',
      'P-3',
      'S-1',
    ]);
    expect(nos(queryCases(cases, { sort: { field: 'kana', direction: 'desc' } }))).toEqual([
      'S-2',
      'P-3',
      'S-10',
      'S-1',
    ]);
  });

  it('does not change its input', () => {
    const copy = [...cases];
    queryCases(cases, { sort: { field: 'caseNo', direction: 'asc' } });
    expect(cases).toEqual(copy);
  });
});

describe('queryCases: speed', () => {
  it('searches and sorts 10,000 cases well under 100 ms', () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      c(`S-${i}`, {
        name: `架空 ${i % 97}子`,
        kana: `かくう ${i}`,
        riskLevel: RISK_LEVELS[i % 5] ?? null,
        leadAgency: i % 3 ? '児童相談所' : '保健センター',
        nextReview: `2025-${String((i % 12) + 1).padStart(2, '0')}`,
      }),
    );
    const expected = many.filter((x) => x.kana?.startsWith('かくう 1') && x.leadAgency === '児童相談所').length;
    queryCases(many, { text: 'x', sort: { field: 'caseNo', direction: 'asc' } }); // warm-up
    const times: number[] = [];
    for (let k = 0; k < 5; k++) {
      const t = performance.now();
      const out = queryCases(many, {
        text: 'かくう 1',
        leadAgency: ['児童相談所'],
        sort: { field: 'caseNo', direction: 'desc' },
      });
      queryCases(many, { text: 'カクウ', sort: { field: 'riskLevel', direction: 'asc' } });
      times.push(performance.now() - t);
      expect(out.length).toBe(expected);
    }
    expect(Math.min(...times)).toBeLessThan(100);
    // A freshly loaded list has no cached search keys yet.
    const fresh: number[] = [];
    for (let k = 0; k < 5; k++) {
      const copy = many.map((x) => ({ ...x }));
      const t = performance.now();
      expect(
        queryCases(copy, { text: 'かくう 1', leadAgency: ['児童相談所'], sort: { field: 'caseNo', direction: 'desc' } })
          .length,
      ).toBe(expected);
      fresh.push(performance.now() - t);
    }
    expect(Math.min(...fresh)).toBeLessThan(100);
    console.log(
      `queryCases on 10,000 cases: cached x2 ${times.map((x) => x.toFixed(1)).join(', ')} ms; fresh ${fresh.map((x) => x.toFixed(1)).join(', ')} ms`,
    );
  });
});
