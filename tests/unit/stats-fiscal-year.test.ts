// The year's figures on a hand-built ledger whose counts are known case by case (FY2024 = 2024-04-01 …
// 2025-03-31, council in Asia/Tokyo). Each case is there for one rule; the comment says which.
import { describe, expect, it } from 'vitest';
import {
  ageBand,
  figuresOnly,
  fiscalMonths,
  fiscalYearFigures,
  registrationDate,
} from '../../shared/stats/fiscal-year';
import type { StatsCase, StatsChange, StatsDecision, StatsInput, StatsMeeting } from '../../shared/stats/inputs';

function kase(caseNo: string, fields: Partial<StatsCase>): StatsCase {
  return {
    caseNo,
    classification: '要支援児童',
    birthDate: '2015-05-05',
    abuseTypes: [],
    riskLevel: '軽度',
    receivedDate: null,
    registeredDate: null,
    status: 'active',
    closedDate: null,
    closedReason: null,
    createdAt: '2024-01-01T00:00:00.000Z',
    ...fields,
  };
}

const CASES: StatsCase[] = [
  // First day of the year; two abuse types (one written twice); age 3 the day before the 4th birthday.
  kase('A', {
    classification: '要保護児童',
    registeredDate: '2024-04-01',
    birthDate: '2020-04-02',
    abuseTypes: ['身体的', '心理的', '身体的'],
    riskLevel: '重度',
  }),
  // Only 受理日; 12 on the day.
  kase('B', { receivedDate: '2024-06-15', birthDate: '2012-06-15', abuseTypes: ['ネグレクト'], riskLevel: '中度' }),
  // 特定妊婦: left out of the age bands; closed in December.
  kase('C', {
    classification: '特定妊婦',
    registeredDate: '2024-09-10',
    birthDate: null,
    riskLevel: '危惧',
    status: 'closed',
    closedDate: '2024-12-20',
    closedReason: '出産後、母子保健で継続',
  }),
  // Last day of the year; no 種別, no birth date, no 重症度.
  kase('D', { classification: null, registeredDate: '2025-03-31', birthDate: null, riskLevel: null }),
  // The day after the year: neither new nor open.
  kase('E', { registeredDate: '2025-04-01' }),
  // Registered the day before the year; 種別 changed mid-year, 重症度 changed after the year end.
  kase('F', { classification: '要保護児童', registeredDate: '2024-03-31', riskLevel: '重度' }),
  // New as 要支援児童, 要保護児童 from November (history); 16 at registration.
  kase('G', {
    classification: '要保護児童',
    registeredDate: '2024-05-20',
    birthDate: '2008-01-01',
    abuseTypes: ['身体的'],
    riskLevel: '中度',
  }),
  // Closed without 終結日: not open, and no year's closure.
  kase('H', { registeredDate: '2023-05-01', status: 'closed' }),
  // Closed after the year end: open at it.
  kase('I', {
    classification: '要保護児童',
    registeredDate: '2022-04-10',
    status: 'closed',
    closedDate: '2025-04-15',
    closedReason: '転出',
  }),
  // Closed on the last day, reason left empty.
  kase('J', { registeredDate: '2021-01-01', status: 'closed', closedDate: '2025-03-31', closedReason: '  ' }),
  // 19 at registration; closed in August.
  kase('K', {
    registeredDate: '2024-07-01',
    birthDate: '2005-03-01',
    status: 'closed',
    closedDate: '2024-08-01',
    closedReason: '転出',
  }),
  // Neither 登録日 nor 受理日: open from when it entered the ledger, never new.
  kase('L', { createdAt: '2024-06-01T00:00:00.000Z' }),
  // Registered as 特定妊婦 before the birth, 要支援児童 after it (history): 特定妊婦 at registration.
  kase('M', { registeredDate: '2024-08-01', birthDate: '2024-10-01', riskLevel: '危惧' }),
  // Changes around midnight of the year end, Tokyo time.
  kase('N', { classification: '要保護児童', registeredDate: '2023-01-01', riskLevel: '生命の危険' }),
];

const change = (caseNo: string, field: StatsChange['field'], at: string, oldValue: string | null): StatsChange => ({
  caseNo,
  field,
  at,
  oldValue,
});

const CHANGES: StatsChange[] = [
  change('F', 'classification', '2024-10-01T01:00:00.000Z', '要支援児童'),
  change('F', 'riskLevel', '2025-05-01T01:00:00.000Z', '軽度'),
  change('G', 'classification', '2024-11-05T01:00:00.000Z', '要支援児童'),
  change('M', 'classification', '2024-10-05T01:00:00.000Z', '特定妊婦'),
  // 2025-03-31 23:30 in Tokyo: before the year end.
  change('N', 'classification', '2025-03-31T14:30:00.000Z', '要支援児童'),
  // 2025-04-01 00:30 in Tokyo: after it, so the 重症度 at the year end is the old one.
  change('N', 'riskLevel', '2025-03-31T15:30:00.000Z', '中度'),
];

const meeting = (id: number, kind: string, date: string, status: string, subcommittee: string | null = null) =>
  ({ id, kind, subcommittee, date, status }) satisfies StatsMeeting;

const MEETINGS: StatsMeeting[] = [
  meeting(1, '実務者会議', '2024-04-01', '終了', '乳幼児部会'),
  meeting(2, '実務者会議', '2024-10-15', '終了', '児童生徒部会'),
  meeting(3, '代表者会議', '2025-03-31', '進行中'),
  // Not run: neither counts as held.
  meeting(4, '進行管理会議', '2024-05-10', '確定'),
  meeting(5, '個別ケース検討会議', '2024-06-01', '準備中'),
  // Outside the year.
  meeting(6, '実務者会議', '2025-04-01', '終了', '乳幼児部会'),
];

const decision = (
  meetingId: number,
  caseNo: string,
  outcome: string,
  services: StatsDecision['services'] = [],
): StatsDecision => ({ meetingId, caseNo, outcome, services });

const DECISIONS: StatsDecision[] = [
  decision(1, 'A', 'confirmed'),
  decision(1, 'B', 'discussed'),
  decision(1, 'G', 'discussed', [
    { service: '養育支援訪問', mode: '利用勧奨' },
    { service: '一時預かり', mode: '措置' },
  ]),
  // A taken up again: counted once per meeting.
  decision(2, 'A', 'confirmed'),
  decision(2, 'B', 'confirmed'),
  // The same service recommended to G again: G counts once for it.
  decision(2, 'G', 'discussed', [{ service: '養育支援訪問', mode: '利用勧奨' }]),
  decision(2, 'F', 'discussed', [{ service: '養育支援訪問', mode: '利用勧奨' }]),
  decision(4, 'A', 'discussed', [{ service: '子育て短期支援', mode: '措置' }]),
  decision(6, 'A', 'discussed', [{ service: '子育て短期支援', mode: '利用勧奨' }]),
];

const INPUT: StatsInput = {
  fiscalYear: 2024,
  timeZone: 'Asia/Tokyo',
  cases: CASES,
  changes: CHANGES,
  meetings: MEETINGS,
  decisions: DECISIONS,
};

describe('fiscalYearFigures', () => {
  const figures = fiscalYearFigures(INPUT);

  it('counts new registrations by 種別 at registration, abuse type once per case, and age band', () => {
    expect(figures.newRegistrations).toEqual({
      total: 7,
      byClassification: { 要保護児童: 1, 要支援児童: 3, 特定妊婦: 2, 未設定: 1 },
      byAbuseType: { 身体的: 2, 心理的: 1, ネグレクト: 1 },
      byAgeBand: { '3-5': 1, '12-14': 1, '15-17': 1, '18+': 1, 不明: 1 },
    });
  });

  it('counts closures on their 終結日, an empty reason as 未記入', () => {
    expect(figures.closures).toEqual({
      total: 3,
      byReason: { '出産後、母子保健で継続': 1, 未記入: 1, 転出: 1 },
    });
  });

  it('counts cases open at the year end with 種別 and 重症度 as the history shows at it', () => {
    expect(figures.openAtYearEnd).toEqual({
      total: 9,
      byClassification: { 要保護児童: 5, 要支援児童: 3, 未設定: 1 },
      byRisk: { 重度: 1, 中度: 3, 軽度: 3, 危惧: 1, 未設定: 1 },
    });
  });

  it('counts meetings run in the year, the cases they took up per meeting, and services per case', () => {
    expect(figures.meetings).toEqual({
      byKind: { 代表者会議: 1, 実務者会議: 2 },
      casesConfirmed: 3,
      casesDiscussed: 4,
    });
    expect(figures.meetingsBySubcommittee).toEqual({ 乳幼児部会: 1, 児童生徒部会: 1 });
    expect(figures.familySupport).toEqual({ recommended: { 養育支援訪問: 2 }, provided: { 一時預かり: 1 } });
  });

  it('lists the twelve months from April with new registrations and closures', () => {
    expect(figures.months.map((m) => m.month)).toEqual(fiscalMonths(2024));
    const nonZero = figures.months.filter((m) => m.new > 0 || m.closed > 0);
    expect(nonZero).toEqual([
      { month: '2024-04', new: 1, closed: 0 },
      { month: '2024-05', new: 1, closed: 0 },
      { month: '2024-06', new: 1, closed: 0 },
      { month: '2024-07', new: 1, closed: 0 },
      { month: '2024-08', new: 1, closed: 1 },
      { month: '2024-09', new: 1, closed: 0 },
      { month: '2024-12', new: 0, closed: 1 },
      { month: '2025-03', new: 1, closed: 1 },
    ]);
    const sum = (key: 'new' | 'closed') => figures.months.reduce((n, m) => n + m[key], 0);
    expect([sum('new'), sum('closed')]).toEqual([figures.newRegistrations.total, figures.closures.total]);
  });

  it('writes the range and exactly the CLI keys through figuresOnly', () => {
    const only = figuresOnly(figures);
    expect(Object.keys(only)).toEqual([
      'fiscalYear',
      'from',
      'to',
      'newRegistrations',
      'closures',
      'openAtYearEnd',
      'meetings',
      'months',
    ]);
    expect([only.fiscalYear, only.from, only.to]).toEqual([2024, '2024-04-01', '2025-03-31']);
  });

  it('reads the year before from the same rows', () => {
    const previous = fiscalYearFigures({ ...INPUT, fiscalYear: 2023 });
    // F (2024-03-31), H (2023-05-01); N (2023-01-01) is FY2022.
    expect(previous.newRegistrations.total).toBe(2);
    // F was 要支援児童 until October 2024.
    expect(previous.newRegistrations.byClassification).toEqual({ 要支援児童: 2 });
    expect(previous.closures.total).toBe(0);
    // F, I, J (closed later), N; H is closed without 終結日; L entered the ledger only in June 2024.
    expect(previous.openAtYearEnd.total).toBe(4);
    expect(previous.meetings).toEqual({ byKind: {}, casesConfirmed: 0, casesDiscussed: 0 });
  });
});

describe('the rules one by one', () => {
  it('registration date: 登録日, else 受理日; a value that is not a real day places nothing', () => {
    expect(registrationDate({ registeredDate: '2024-05-01', receivedDate: '2024-04-20' })).toBe('2024-05-01');
    expect(registrationDate({ registeredDate: null, receivedDate: '2024-04-20' })).toBe('2024-04-20');
    expect(registrationDate({ registeredDate: '2024-99-99', receivedDate: '2024-04-20' })).toBeNull();
    expect(registrationDate({ registeredDate: null, receivedDate: null })).toBeNull();
  });

  it('age bands are whole years at the day; a birth after it is an infant, none is 不明', () => {
    expect(ageBand('2022-04-02', '2025-04-01')).toBe('0-2');
    expect(ageBand('2022-04-01', '2025-04-01')).toBe('3-5');
    expect(ageBand('2019-04-01', '2025-04-01')).toBe('6-11');
    expect(ageBand('2013-04-02', '2025-04-01')).toBe('6-11');
    expect(ageBand('2010-04-01', '2025-04-01')).toBe('15-17');
    expect(ageBand('2007-04-01', '2025-04-01')).toBe('18+');
    expect(ageBand('2025-06-01', '2025-04-01')).toBe('0-2');
    expect(ageBand(null, '2025-04-01')).toBe('不明');
    expect(ageBand('2025-02-31', '2025-04-01')).toBe('不明');
  });

  it('a change undone back to the day: the value before the first change after it', () => {
    const twice: StatsInput = {
      ...INPUT,
      cases: [kase('X', { classification: '特定妊婦', registeredDate: '2024-06-01' })],
      changes: [
        change('X', 'classification', '2024-05-01T00:00:00.000Z', null),
        change('X', 'classification', '2024-07-01T00:00:00.000Z', '要支援児童'),
        change('X', 'classification', '2024-09-01T00:00:00.000Z', '要保護児童'),
      ],
      meetings: [],
      decisions: [],
    };
    const f = fiscalYearFigures(twice);
    expect(f.newRegistrations.byClassification).toEqual({ 要支援児童: 1 });
    expect(f.newRegistrations.byAgeBand).toEqual({ '6-11': 1 });
    expect(f.openAtYearEnd.byClassification).toEqual({ 特定妊婦: 1 });
  });
});
