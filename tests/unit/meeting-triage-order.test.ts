import { describe, expect, it } from 'vitest';
import { emptyCase, type LedgerCase } from '../../shared/ledger/case';
import { suggestAgenda } from '../../shared/meeting/suggest';
import { compareDeep, dangerLabel, dangerSignals } from '../../shared/meeting/triage-order';
import {
  DEFAULT_TRIAGE_SETTINGS,
  EMPTY_SCOPE,
  type AgencyReport,
  type SuggestionContext,
  type TriageSettings,
} from '../../shared/meeting/types';

const MEETING = '2025-10-15';
const DANGER = DEFAULT_TRIAGE_SETTINGS.dangerReasons;
const c = (caseNo: string, fields: Partial<LedgerCase> = {}): LedgerCase => ({ ...emptyCase(caseNo), ...fields });

function report(caseNo: string, fields: Partial<AgencyReport>): AgencyReport {
  return {
    id: 0,
    createdAt: '2025-10-01T00:00:00.000Z',
    caseNo,
    reportDate: '2025-10-01',
    agency: '小学校',
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

function ctx(fields: Partial<SuggestionContext> = {}, settings: TriageSettings = DEFAULT_TRIAGE_SETTINGS) {
  return {
    meetingDate: MEETING,
    since: '2025-07-10',
    settings,
    reports: new Map(),
    riskAtSince: new Map(),
    registeredSince: new Set<string>(),
    closureProposed: new Set<string>(),
    carriedOver: new Map(),
    planReviewDue: new Set<string>(),
    allActive: false,
    ...fields,
  } satisfies SuggestionContext;
}

const deepOrder = (cases: LedgerCase[], context: SuggestionContext) =>
  suggestAgenda(cases, EMPTY_SCOPE, context)
    .filter((i) => i.group === 'deep')
    .map((i) => i.caseNo);

describe('dangerSignals', () => {
  it('names the danger reasons with their labels, and 生命の危険/重度 by their level', () => {
    expect(dangerSignals(['REPORT_INJURY', 'REPORT_UNEXPLAINED_ABSENCE'], '軽度', DANGER)).toEqual([
      '外傷の報告',
      '連絡のない欠席',
    ]);
    expect(dangerLabel(['REPORT_INJURY', 'REPORT_UNEXPLAINED_ABSENCE'], '軽度', DANGER)).toBe(
      '外傷の報告・連絡のない欠席',
    );
    expect(dangerSignals(['NEW'], '生命の危険', DANGER)).toEqual(['生命の危険']);
    expect(dangerSignals(['RISK_UP', 'REPORT_ABSENCE_7D', 'SAFETY_LOW'], '中度', DANGER)).toEqual([
      '重症度が上がった',
      '7日以上の欠席',
      '安全スケールが低い',
    ]);
  });

  it('counts a 重度 case once, not again for RISK_HIGH; RISK_HIGH on another level still counts', () => {
    expect(dangerSignals(['RISK_HIGH'], '重度', DANGER)).toEqual(['重度']);
    expect(dangerSignals(['RISK_HIGH'], '中度', DANGER)).toEqual(['重症度が高い']);
  });

  it('has none for 新規登録, 終結の提案 or 確認 reasons, and follows the setting', () => {
    expect(dangerLabel(['NEW', 'CLOSURE_PROPOSED', 'REVIEW_DUE', 'REPORT'], '軽度', DANGER)).toBeNull();
    expect(dangerLabel(['NEW'], null, DANGER)).toBeNull();
    expect(dangerSignals(['REPORT_INJURY', 'SAFETY_LOW'], '軽度', ['SAFETY_LOW'])).toEqual(['安全スケールが低い']);
    expect(dangerSignals(['NEW'], '軽度', ['NEW'])).toEqual(['新規登録']);
    // The level is a signal whatever the setting says.
    expect(dangerSignals([], '重度', [])).toEqual(['重度']);
  });
});

describe('compareDeep', () => {
  const key = (caseNo: string, signals: number, riskLevel: string | null = '軽度') => ({ caseNo, riskLevel, signals });
  it('puts signals first, more before fewer, then 重症度, then 登録番号', () => {
    const keys = [
      key('A-1', 0, '生命の危険'),
      key('A-2', 1, '軽度'),
      key('A-3', 2, '危惧'),
      key('A-4', 1, '重度'),
      key('A-5', 0, '軽度'),
      key('A-10', 0, '軽度'),
      key('A-6', 1, '重度'),
    ];
    expect(keys.sort(compareDeep).map((k) => k.caseNo)).toEqual(['A-3', 'A-4', 'A-6', 'A-2', 'A-1', 'A-5', 'A-10']);
  });
});

describe('the 協議 order of a new suggestion', () => {
  it('puts 連絡のない欠席 and 安全スケールが低い on 軽度 cases before a 新規登録・軽度 case (issue #13)', () => {
    const cases = [
      c('R7-1', { riskLevel: '軽度' }),
      c('R7-2', { riskLevel: '軽度' }),
      c('R7-3', { riskLevel: '軽度' }),
    ];
    const reports = new Map([
      ['R7-2', [report('R7-2', { unexplainedAbsence: true })]],
      ['R7-3', [report('R7-3', { safetyScale: 2 })]],
    ]);
    expect(deepOrder(cases, ctx({ reports, registeredSince: new Set(['R7-1']) }))).toEqual(['R7-2', 'R7-3', 'R7-1']);
  });

  it('puts two signals before one, and a 重度 case with a report before a 重度 case alone', () => {
    const cases = [
      c('R7-1', { riskLevel: '生命の危険' }),
      c('R7-2', { riskLevel: '重度' }),
      c('R7-3', { riskLevel: '軽度' }),
      c('R7-4', { riskLevel: '中度' }),
    ];
    const reports = new Map([
      ['R7-2', [report('R7-2', { injury: true })]],
      ['R7-3', [report('R7-3', { injury: true, unexplainedAbsence: true })]],
    ]);
    const order = deepOrder(cases, ctx({ reports, registeredSince: new Set(['R7-4']) }));
    expect(order).toEqual(['R7-2', 'R7-3', 'R7-1', 'R7-4']);
  });

  it('follows the setting: with no danger reasons, only 生命の危険/重度 come first', () => {
    const settings = { ...DEFAULT_TRIAGE_SETTINGS, dangerReasons: [] };
    const cases = [
      c('R7-1', { riskLevel: '中度' }),
      c('R7-2', { riskLevel: '軽度' }),
      c('R7-3', { riskLevel: '重度' }),
    ];
    const reports = new Map([['R7-2', [report('R7-2', { injury: true })]]]);
    const context = ctx({ reports, registeredSince: new Set(['R7-1']) }, settings);
    expect(deepOrder(cases, context)).toEqual(['R7-3', 'R7-1', 'R7-2']);
  });

  it('keeps 確認 in 登録番号 order', () => {
    const cases = [c('R7-10', { nextReview: '2025-10', riskLevel: '重度' }), c('R7-2', { nextReview: '2025-10' })];
    const settings = { ...DEFAULT_TRIAGE_SETTINGS, enabled: { ...DEFAULT_TRIAGE_SETTINGS.enabled, RISK_HIGH: false } };
    const items = suggestAgenda(cases, EMPTY_SCOPE, ctx({}, settings));
    expect(items.map((i) => `${i.group}:${i.caseNo}`)).toEqual(['quick:R7-2', 'quick:R7-10']);
  });
});
