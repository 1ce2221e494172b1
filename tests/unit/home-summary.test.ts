// The home view's figures on a hand-built ledger with known counts: reviews due this month and overdue by
// 主担当機関 (a month value is due in its month, overdue after it), open cases by 重症度 and 種別 (closed cases
// left out), the upcoming meetings and what each lacks, and the latest changes grouped per edit.
import { describe, expect, it } from 'vitest';
import { homeSummary, monthEnd, RECENT_LIMIT, type HomeCase, type HomeMeetingRow } from '../../shared/home/summary';

const TODAY = '2025-11-12';

// The first argument names the case for the reader; the database hands groups of alike cases (count).
function c(_caseNo: string, over: Partial<HomeCase> = {}): HomeCase {
  return {
    count: 1,
    classification: '要保護児童',
    riskLevel: '中度',
    leadAgency: 'こども家庭センター',
    nextReview: null,
    status: 'active',
    ...over,
  };
}

const CASES: HomeCase[] = [
  c('A1', { nextReview: '2025-10-31' }), // overdue
  c('A2', { nextReview: '2025-10' }), // overdue: October is over
  c('A3', { nextReview: '2025-11' }), // this month (a month is not overdue until it ends)
  c('A4', { nextReview: '2025-11-30', riskLevel: '重度' }), // this month, later day
  c('A5', { nextReview: '2025-12-01' }), // next month: neither
  c('B1', { nextReview: '2025-11-01', leadAgency: '保健センター', classification: '特定妊婦', riskLevel: null }), // overdue: before today
  c('B2', { nextReview: '2025-09-01', leadAgency: null, classification: null }),
  c('C1', { nextReview: '2025-01-01', status: 'closed', riskLevel: '生命の危険' }), // closed: nothing counted
  c('C2', { nextReview: 'R7.12' }), // not a real date: the case panel says so, not counted as due
  c('D1', { nextReview: '2025-11-20', leadAgency: '保健センター', riskLevel: '軽度', count: 3 }), // three alike
];

function meeting(over: Partial<HomeMeetingRow>): HomeMeetingRow {
  return {
    id: 1,
    title: '実務者会議',
    kind: '実務者会議',
    date: '2025-11-20',
    startTime: '14:00',
    status: '準備中',
    caseCards: 3,
    hasCaseBlocks: true,
    topics: 2,
    invitedAgencies: ['小学校', '保育所', '保健センター'],
    reportedAgencies: ['小学校', '保育所', '保健センター'],
    handoutMade: true,
    ...over,
  };
}

describe('homeSummary', () => {
  it('counts reviews due this month and overdue by 主担当機関, open cases only', () => {
    const s = homeSummary({ today: TODAY, cases: CASES, meetings: [], history: [] });
    expect(s.monthEnd).toBe('2025-11-30');
    expect(s.openCases).toBe(11);
    expect(s.reviews).toEqual([
      { agency: 'こども家庭センター', overdue: 2, thisMonth: 2 },
      { agency: '保健センター', overdue: 1, thisMonth: 3 },
      { agency: '未設定', overdue: 1, thisMonth: 0 },
    ]);
  });

  it('counts open cases by 重症度 and 種別, 未設定 last and only when present', () => {
    const s = homeSummary({ today: TODAY, cases: CASES, meetings: [], history: [] });
    expect(s.byRisk).toEqual([
      { label: '生命の危険', count: 0 },
      { label: '重度', count: 1 },
      { label: '中度', count: 6 },
      { label: '軽度', count: 3 },
      { label: '危惧', count: 0 },
      { label: '未設定', count: 1 },
    ]);
    expect(s.byClassification).toEqual([
      { label: '要保護児童', count: 9 },
      { label: '要支援児童', count: 0 },
      { label: '特定妊婦', count: 1 },
      { label: '未設定', count: 1 },
    ]);
  });

  it('lists meetings from today on, soonest first, with what each lacks', () => {
    const s = homeSummary({
      today: TODAY,
      cases: [],
      history: [],
      meetings: [
        meeting({ id: 3, date: '2025-12-01' }),
        meeting({
          id: 2,
          date: '2025-11-12',
          caseCards: 0,
          reportedAgencies: ['小学校'],
          handoutMade: false,
        }),
        meeting({ id: 4, date: '2025-11-11' }), // yesterday
        meeting({ id: 5, date: '2025-11-15', status: '終了' }),
        // A 代表者会議: no case blocks, so its topics are its agenda.
        meeting({ id: 6, date: '2025-12-02', hasCaseBlocks: false, caseCards: 0, topics: 1 }),
        meeting({ id: 7, date: '2025-12-03', hasCaseBlocks: false, caseCards: 0, topics: 0 }),
      ],
    });
    expect(s.meetings.map((m) => m.id)).toEqual([2, 3, 6, 7]);
    expect(s.meetings[2]!.lacks).toEqual([]);
    expect(s.meetings[3]!.lacks).toEqual(['議題なし']);
    expect(s.meetings[0]!.lacks).toEqual(['議題なし', '報告未着 2機関', '資料未作成']);
    expect(s.meetings[0]!.missingAgencies).toEqual(['保育所', '保健センター']);
    expect(s.meetings[1]!.lacks).toEqual([]);
  });

  it('groups the rows of one edit into one change and keeps the latest few', () => {
    const history = [
      { caseNo: 'A1', at: '2025-11-12T01:00:00.000Z', field: 'riskLevel', source: 'edit', changedBy: '山田' },
      { caseNo: 'A1', at: '2025-11-12T01:00:00.000Z', field: 'nextReview', source: 'edit', changedBy: '山田' },
      { caseNo: 'A2', at: '2025-11-11T01:00:00.000Z', field: '*', source: 'import', changedBy: null },
      ...Array.from({ length: 20 }, (_, i) => ({
        caseNo: `X${i}`,
        at: '2025-11-10T01:00:00.000Z',
        field: 'name',
        source: 'edit',
        changedBy: '佐藤',
      })),
    ];
    const s = homeSummary({ today: TODAY, cases: [], meetings: [], history });
    expect(s.recent).toHaveLength(RECENT_LIMIT);
    expect(s.recent[0]).toEqual({
      caseNo: 'A1',
      at: '2025-11-12T01:00:00.000Z',
      who: '山田',
      fields: ['重症度', '次回確認時期'],
      source: 'edit',
    });
    expect(s.recent[1]).toMatchObject({ caseNo: 'A2', who: '不明', fields: ['新規登録'] });
  });

  it('knows the last day of any month', () => {
    expect(monthEnd('2024-02-03')).toBe('2024-02-29');
    expect(monthEnd('2025-02-03')).toBe('2025-02-28');
    expect(monthEnd('2025-12-31')).toBe('2025-12-31');
  });
});
