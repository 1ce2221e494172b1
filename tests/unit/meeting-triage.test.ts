import { describe, it, expect } from 'vitest';
import { emptyCase, type LedgerCase } from '../../shared/ledger/case';
import { isReviewDue, reasonsFor, reportWindowStart, riskRank, triage } from '../../shared/meeting/triage';
import {
  DEFAULT_TRIAGE_SETTINGS,
  REASON_CODES,
  REASON_LABELS,
  type AgencyReport,
  type ReasonCode,
  type SuggestionContext,
  type TriageSettings,
} from '../../shared/meeting/types';

const MEETING = '2025-10-15';
const SINCE = '2025-07-10';

const c = (caseNo: string, fields: Partial<LedgerCase> = {}): LedgerCase => ({ ...emptyCase(caseNo), ...fields });

let reportId = 0;
function report(caseNo: string, reportDate: string, fields: Partial<AgencyReport> = {}): AgencyReport {
  reportId += 1;
  return {
    id: reportId,
    createdAt: `${reportDate}T09:00:00.000Z`,
    caseNo,
    reportDate,
    agency: '架空市立第一小学校',
    periodFrom: null,
    periodTo: null,
    daysAbsent: null,
    unexplainedAbsence: null,
    injury: null,
    homeChange: null,
    safetyScale: null,
    note: null,
    ...fields,
  };
}

function ctx(fields: Partial<SuggestionContext> & { reportList?: AgencyReport[] } = {}): SuggestionContext {
  const { reportList = [], ...rest } = fields;
  const reports = new Map<string, AgencyReport[]>();
  for (const r of reportList) reports.set(r.caseNo, [...(reports.get(r.caseNo) ?? []), r]);
  return {
    meetingDate: MEETING,
    since: SINCE,
    settings: DEFAULT_TRIAGE_SETTINGS,
    reports,
    riskAtSince: new Map(),
    registeredSince: new Set(),
    closureProposed: new Set(),
    carriedOver: new Map(),
    planReviewDue: new Set(),
    allActive: false,
    ...rest,
  };
}

const settingsWith = (changes: Partial<TriageSettings>): TriageSettings => ({ ...DEFAULT_TRIAGE_SETTINGS, ...changes });
const without = (code: ReasonCode): TriageSettings =>
  settingsWith({ enabled: { ...DEFAULT_TRIAGE_SETTINGS.enabled, [code]: false } });

describe('reason labels', () => {
  it('has a Japanese label for every code', () => {
    for (const code of REASON_CODES) expect(REASON_LABELS[code]).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });
});

describe('REVIEW_DUE', () => {
  it('fires when nextReview is on or before the meeting date', () => {
    expect(reasonsFor(c('R-1', { nextReview: '2025-10-15' }), ctx())).toEqual(['REVIEW_DUE']);
    expect(reasonsFor(c('R-2', { nextReview: '2025-09-30' }), ctx())).toEqual(['REVIEW_DUE']);
    expect(reasonsFor(c('R-3', { nextReview: '2025-10-16' }), ctx())).toEqual([]);
    expect(reasonsFor(c('R-4'), ctx())).toEqual([]);
  });

  it("counts a month-only nextReview from that month's first day: the meeting's month is due, the next is not", () => {
    expect(isReviewDue('2025-10', '2025-10-01')).toBe(true);
    expect(isReviewDue('2025-10', MEETING)).toBe(true);
    expect(isReviewDue('2025-10', '2025-09-30')).toBe(false);
    expect(reasonsFor(c('R-5', { nextReview: '2025-10' }), ctx())).toEqual(['REVIEW_DUE']);
    expect(reasonsFor(c('R-6', { nextReview: '2025-11' }), ctx())).toEqual([]);
    expect(reasonsFor(c('R-7', { nextReview: '2025-09' }), ctx())).toEqual(['REVIEW_DUE']);
  });

  it('goes to 確認', () => {
    expect(triage(['REVIEW_DUE'], DEFAULT_TRIAGE_SETTINGS)).toEqual({ group: 'quick' });
  });
});

describe('closed cases', () => {
  it('get no reason at all, even when due, reported on, high risk and carried over', () => {
    const closed = c('X-1', { status: 'closed', nextReview: '2025-10', riskLevel: '重度' });
    const everything = ctx({
      reportList: [report('X-1', '2025-09-01', { injury: true })],
      registeredSince: new Set(['X-1']),
      closureProposed: new Set(['X-1']),
      carriedOver: new Map([['X-1', 'deep']]),
      planReviewDue: new Set(['X-1']),
      allActive: true,
    });
    expect(reasonsFor(closed, everything)).toEqual([]);
  });
});

describe('NEW', () => {
  it('fires for a case registered since the last meeting and sends it to 協議', () => {
    const reasons = reasonsFor(c('N-1'), ctx({ registeredSince: new Set(['N-1']) }));
    expect(reasons).toEqual(['NEW']);
    expect(triage(reasons, DEFAULT_TRIAGE_SETTINGS).group).toBe('deep');
    expect(reasonsFor(c('N-2'), ctx({ registeredSince: new Set(['N-1']) }))).toEqual([]);
  });
});

describe('RISK_HIGH', () => {
  it('fires for 生命の危険 and 重度 by default, not for 中度', () => {
    expect(reasonsFor(c('H-1', { riskLevel: '生命の危険' }), ctx())).toEqual(['RISK_HIGH']);
    expect(reasonsFor(c('H-2', { riskLevel: '重度' }), ctx())).toEqual(['RISK_HIGH']);
    expect(reasonsFor(c('H-3', { riskLevel: '中度' }), ctx())).toEqual([]);
    expect(triage(['RISK_HIGH'], DEFAULT_TRIAGE_SETTINGS).group).toBe('deep');
  });

  it('follows the municipality’s highRiskLevels', () => {
    const settings = settingsWith({ highRiskLevels: ['生命の危険', '重度', '中度'] });
    expect(reasonsFor(c('H-3', { riskLevel: '中度' }), ctx({ settings }))).toEqual(['RISK_HIGH']);
  });
});

describe('RISK_UP', () => {
  it('fires when the risk is more severe than at the last meeting', () => {
    const up = ctx({ riskAtSince: new Map([['U-1', '軽度']]) });
    expect(reasonsFor(c('U-1', { riskLevel: '中度' }), up)).toEqual(['RISK_UP']);
    expect(triage(['RISK_UP'], DEFAULT_TRIAGE_SETTINGS).group).toBe('deep');
  });

  it('does not fire for a lowered risk, an unchanged one, or a first assessment', () => {
    expect(reasonsFor(c('U-2', { riskLevel: '軽度' }), ctx({ riskAtSince: new Map([['U-2', '中度']]) }))).toEqual([]);
    expect(reasonsFor(c('U-3', { riskLevel: '中度' }), ctx({ riskAtSince: new Map([['U-3', '中度']]) }))).toEqual([]);
    expect(reasonsFor(c('U-4', { riskLevel: '軽度' }), ctx({ riskAtSince: new Map([['U-4', null]]) }))).toEqual([]);
    expect(reasonsFor(c('U-5', { riskLevel: null }), ctx({ riskAtSince: new Map([['U-5', '軽度']]) }))).toEqual([]);
  });

  it('gives both RISK_HIGH and RISK_UP for a rise into 重度', () => {
    expect(reasonsFor(c('U-6', { riskLevel: '重度' }), ctx({ riskAtSince: new Map([['U-6', '中度']]) }))).toEqual([
      'RISK_HIGH',
      'RISK_UP',
    ]);
  });

  it('ranks risk from 生命の危険 down, unknown last', () => {
    expect(riskRank('生命の危険')).toBeLessThan(riskRank('重度'));
    expect(riskRank('危惧')).toBeLessThan(riskRank(null));
    expect(riskRank('不明な値')).toBe(riskRank(null));
  });
});

describe('agency reports', () => {
  it('gives REPORT (確認) for a report with no flag, dated after the last meeting', () => {
    const reasons = reasonsFor(
      c('P-1'),
      ctx({ reportList: [report('P-1', '2025-08-01', { daysAbsent: 2, safetyScale: 7 })] }),
    );
    expect(reasons).toEqual(['REPORT']);
    expect(triage(reasons, DEFAULT_TRIAGE_SETTINGS).group).toBe('quick');
  });

  it('ignores reports older than the last meeting, from its day, or dated after this meeting', () => {
    const old = [
      report('P-2', '2025-07-01', { injury: true }),
      report('P-2', SINCE, { safetyScale: 1 }),
      report('P-2', '2025-10-16', { unexplainedAbsence: true }),
    ];
    expect(reasonsFor(c('P-2'), ctx({ reportList: old }))).toEqual([]);
    expect(reasonsFor(c('P-2'), ctx({ reportList: [...old, report('P-2', '2025-07-11')] }))).toEqual(['REPORT']);
    expect(reasonsFor(c('P-2'), ctx({ reportList: [...old, report('P-2', MEETING)] }))).toEqual(['REPORT']);
  });

  it('with no previous meeting, counts reports of the last 3 months before the meeting', () => {
    expect(reportWindowStart({ since: null, meetingDate: MEETING })).toBe('2025-07-15');
    expect(reportWindowStart({ since: null, meetingDate: '2025-05-31' })).toBe('2025-02-28');
    const noSince = { since: null };
    expect(reasonsFor(c('P-3'), ctx({ ...noSince, reportList: [report('P-3', '2025-07-16')] }))).toEqual(['REPORT']);
    expect(reasonsFor(c('P-3'), ctx({ ...noSince, reportList: [report('P-3', '2025-07-15')] }))).toEqual([]);
  });

  it('gives REPORT_INJURY for an injury seen', () => {
    expect(reasonsFor(c('I-1'), ctx({ reportList: [report('I-1', '2025-09-01', { injury: true })] }))).toEqual([
      'REPORT_INJURY',
    ]);
    expect(reasonsFor(c('I-2'), ctx({ reportList: [report('I-2', '2025-09-01', { injury: false })] }))).toEqual([
      'REPORT',
    ]);
  });

  it('gives REPORT_ABSENCE_7D from absenceDays on (7 by default)', () => {
    expect(reasonsFor(c('A-1'), ctx({ reportList: [report('A-1', '2025-09-01', { daysAbsent: 7 })] }))).toEqual([
      'REPORT_ABSENCE_7D',
    ]);
    expect(reasonsFor(c('A-2'), ctx({ reportList: [report('A-2', '2025-09-01', { daysAbsent: 6 })] }))).toEqual([
      'REPORT',
    ]);
    const settings = settingsWith({ absenceDays: 5 });
    expect(
      reasonsFor(c('A-2'), ctx({ settings, reportList: [report('A-2', '2025-09-01', { daysAbsent: 6 })] })),
    ).toEqual(['REPORT_ABSENCE_7D']);
  });

  it('gives REPORT_UNEXPLAINED_ABSENCE for an absence without contact', () => {
    expect(
      reasonsFor(c('E-1'), ctx({ reportList: [report('E-1', '2025-09-01', { unexplainedAbsence: true })] })),
    ).toEqual(['REPORT_UNEXPLAINED_ABSENCE']);
  });

  it('gives SAFETY_LOW at safetyLowAtMost (3) and below, including 0', () => {
    expect(reasonsFor(c('S-1'), ctx({ reportList: [report('S-1', '2025-09-01', { safetyScale: 3 })] }))).toEqual([
      'SAFETY_LOW',
    ]);
    expect(reasonsFor(c('S-2'), ctx({ reportList: [report('S-2', '2025-09-01', { safetyScale: 0 })] }))).toEqual([
      'SAFETY_LOW',
    ]);
    expect(reasonsFor(c('S-3'), ctx({ reportList: [report('S-3', '2025-09-01', { safetyScale: 4 })] }))).toEqual([
      'REPORT',
    ]);
  });

  it('combines flags from several agencies’ reports, without a plain REPORT chip beside them', () => {
    const reports = [
      report('M-1', '2025-08-01', { agency: '架空市立第一小学校', daysAbsent: 9 }),
      report('M-1', '2025-09-01', { agency: '架空市保健センター', injury: true }),
      report('M-1', '2025-09-10', { agency: '架空市民生委員' }),
    ];
    const reasons = reasonsFor(c('M-1'), ctx({ reportList: reports }));
    expect(reasons).toEqual(['REPORT_INJURY', 'REPORT_ABSENCE_7D']);
    expect(triage(reasons, DEFAULT_TRIAGE_SETTINGS).group).toBe('deep');
  });

  it('sends every report flag to 協議', () => {
    for (const code of ['REPORT_INJURY', 'REPORT_ABSENCE_7D', 'REPORT_UNEXPLAINED_ABSENCE', 'SAFETY_LOW'] as const) {
      expect(triage([code], DEFAULT_TRIAGE_SETTINGS).group).toBe('deep');
      expect(triage(['REPORT', 'REVIEW_DUE', code], DEFAULT_TRIAGE_SETTINGS).group).toBe('deep');
    }
  });
});

describe('CLOSURE_PROPOSED, PLAN_REVIEW_DUE', () => {
  it('CLOSURE_PROPOSED goes to 協議', () => {
    const reasons = reasonsFor(c('C-1'), ctx({ closureProposed: new Set(['C-1']) }));
    expect(reasons).toEqual(['CLOSURE_PROPOSED']);
    expect(triage(reasons, DEFAULT_TRIAGE_SETTINGS).group).toBe('deep');
  });

  it('PLAN_REVIEW_DUE goes to 確認 unless another rule says 協議', () => {
    const reasons = reasonsFor(c('C-2', { nextReview: '2025-10' }), ctx({ planReviewDue: new Set(['C-2']) }));
    expect(reasons).toEqual(['REVIEW_DUE', 'PLAN_REVIEW_DUE']);
    expect(triage(reasons, DEFAULT_TRIAGE_SETTINGS).group).toBe('quick');
    expect(triage([...reasons, 'NEW'], DEFAULT_TRIAGE_SETTINGS).group).toBe('deep');
  });
});

describe('CARRIED_OVER', () => {
  it('keeps the group the case had', () => {
    const carried = ctx({
      carriedOver: new Map([
        ['K-1', 'deep'],
        ['K-2', 'quick'],
      ]),
    });
    const deepReasons = reasonsFor(c('K-1'), carried);
    expect(deepReasons).toEqual(['CARRIED_OVER']);
    expect(triage(deepReasons, DEFAULT_TRIAGE_SETTINGS, 'deep').group).toBe('deep');
    expect(triage(reasonsFor(c('K-2'), carried), DEFAULT_TRIAGE_SETTINGS, 'quick').group).toBe('quick');
  });

  it('goes to 協議 when another rule says so, whatever group it had', () => {
    expect(triage(['RISK_HIGH', 'CARRIED_OVER'], DEFAULT_TRIAGE_SETTINGS, 'quick').group).toBe('deep');
    expect(triage(['CARRIED_OVER', 'REVIEW_DUE'], DEFAULT_TRIAGE_SETTINGS, 'deep').group).toBe('deep');
  });
});

describe('ALL_ACTIVE', () => {
  it('puts every active case on the agenda, alone → 確認', () => {
    const reasons = reasonsFor(c('Z-1'), ctx({ allActive: true }));
    expect(reasons).toEqual(['ALL_ACTIVE']);
    expect(triage(reasons, DEFAULT_TRIAGE_SETTINGS).group).toBe('quick');
  });

  it('adds nothing to a case that is there for another reason', () => {
    expect(reasonsFor(c('Z-2', { riskLevel: '重度' }), ctx({ allActive: true }))).toEqual(['RISK_HIGH']);
  });
});

describe('disabled rules', () => {
  it('neither suggest a case nor move it', () => {
    expect(reasonsFor(c('D-1', { riskLevel: '重度' }), ctx({ settings: without('RISK_HIGH') }))).toEqual([]);
    expect(reasonsFor(c('D-2', { nextReview: '2025-10' }), ctx({ settings: without('REVIEW_DUE') }))).toEqual([]);
    expect(reasonsFor(c('D-3'), ctx({ settings: without('NEW'), registeredSince: new Set(['D-3']) }))).toEqual([]);
    expect(reasonsFor(c('D-4'), ctx({ settings: without('ALL_ACTIVE'), allActive: true }))).toEqual([]);
    // A code passed in anyway does not move the case either.
    expect(triage(['RISK_HIGH', 'REVIEW_DUE'], without('RISK_HIGH')).group).toBe('quick');
    expect(triage(['CARRIED_OVER'], without('CARRIED_OVER'), 'deep').group).toBe('quick');
  });

  it('turn a flagged report into a plain REPORT when the flag rule is off', () => {
    const reports = [report('D-5', '2025-09-01', { injury: true })];
    const reasons = reasonsFor(c('D-5'), ctx({ settings: without('REPORT_INJURY'), reportList: reports }));
    expect(reasons).toEqual(['REPORT']);
    expect(triage(reasons, without('REPORT_INJURY')).group).toBe('quick');
    expect(
      reasonsFor(c('D-5'), ctx({ settings: without('REPORT'), reportList: [report('D-5', '2025-09-01')] })),
    ).toEqual([]);
  });
});
