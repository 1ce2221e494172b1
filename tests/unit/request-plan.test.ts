import { describe, it, expect } from 'vitest';
import { emptyCase, type LedgerCase } from '../../shared/ledger/case';
import { EMPTY_SCOPE, type Agency } from '../../shared/meeting/types';
import { planRequest, suggestedDueDate, type PlanInput } from '../../shared/assessment/request-plan';

const c = (caseNo: string, fields: Partial<LedgerCase> = {}): LedgerCase => ({ ...emptyCase(caseNo), ...fields });
// The managed list as the repository returns it: by kind, then name.
const AGENCIES: Agency[] = [
  { id: 1, name: '第一小学校', kind: '学校' },
  { id: 2, name: 'ひまわり保育園', kind: '保育所等' },
  { id: 3, name: '中央児童相談所', kind: '児童相談所' },
];
const meeting = (fields: Partial<NonNullable<PlanInput['meeting']>> = {}): NonNullable<PlanInput['meeting']> => ({
  kind: '実務者会議',
  scope: EMPTY_SCOPE,
  date: '2026-12-10',
  ...fields,
});
const summary = (input: PlanInput) =>
  planRequest(input).map((a) => [a.agency, a.kind, a.cases.map((x) => `${x.caseNo}:${x.reasons.join('+')}`)]);

describe('planRequest: who is asked about which case', () => {
  it('asks the 所属, the 主担当機関 and every 関係機関, each row saying why', () => {
    const cases = [
      c('R7-0002', {
        affiliation: '第一小学校',
        leadAgency: '中央児童相談所',
        agencies: ['第一小学校', '民生委員 山田'],
      }),
      c('R7-0010', { affiliation: 'ひまわり保育園' }),
    ];
    expect(summary({ cases, meeting: null, agencies: AGENCIES })).toEqual([
      ['第一小学校', '学校', ['R7-0002:所属+関係機関']],
      ['ひまわり保育園', '保育所等', ['R7-0010:所属']],
      ['中央児童相談所', '児童相談所', ['R7-0002:主担当機関']],
      // Not in the managed list: after the listed ones.
      ['民生委員 山田', null, ['R7-0002:関係機関']],
    ]);
  });

  it('compares names after NFKC and trim, and keeps the managed list spelling', () => {
    const cases = [c('R7-0001', { affiliation: ' 第一小学校　' }), c('R7-0003', { agencies: ['ＡＢＣクリニック'] })];
    expect(summary({ cases, meeting: null, agencies: AGENCIES })).toEqual([
      ['第一小学校', '学校', ['R7-0001:所属']],
      ['ABCクリニック', null, ['R7-0003:関係機関']],
    ]);
  });

  it('leaves closed cases out, and sorts cases by number', () => {
    const cases = [
      c('R7-0010', { affiliation: '第一小学校' }),
      c('R7-0002', { affiliation: '第一小学校' }),
      c('R7-0005', { affiliation: '第一小学校', status: 'closed', closedDate: '2026-01-01' }),
    ];
    expect(summary({ cases, meeting: null, agencies: AGENCIES })).toEqual([
      ['第一小学校', '学校', ['R7-0002:所属', 'R7-0010:所属']],
    ]);
  });

  it('for a meeting: only cases in its scope, and 要対協登録 ones unless it is a 合同ケース会議', () => {
    const cases = [
      c('R7-0001', { affiliation: '第一小学校', district: '北' }),
      c('R7-0002', { affiliation: '第一小学校', district: '南' }),
      c('R7-0003', { affiliation: '第一小学校', district: '北', registration: 'センター支援' }),
    ];
    const north = meeting({ scope: { ...EMPTY_SCOPE, districts: ['北'] } });
    expect(summary({ cases, meeting: north, agencies: AGENCIES })).toEqual([['第一小学校', '学校', ['R7-0001:所属']]]);
    const joint = meeting({ kind: '合同ケース会議' });
    expect(summary({ cases, meeting: joint, agencies: AGENCIES, jointCaseNos: new Set(['R7-0003']) })).toEqual([
      ['第一小学校', '学校', ['R7-0003:所属']],
    ]);
  });

  it('asks an agency about a case it has a question on, even when the case is not its own', () => {
    const cases = [c('R7-0001', { affiliation: '第一小学校' }), c('R7-0009', { status: 'closed' })];
    const questions = [
      { agency: '中央児童相談所', caseNo: 'R7-0001' },
      { agency: '第一小学校', caseNo: 'R7-0001' },
      // A closed case is not asked about, question or not.
      { agency: '中央児童相談所', caseNo: 'R7-0009' },
    ];
    expect(summary({ cases, meeting: meeting(), agencies: AGENCIES, questions })).toEqual([
      ['第一小学校', '学校', ['R7-0001:所属+説明依頼']],
      ['中央児童相談所', '児童相談所', ['R7-0001:説明依頼']],
    ]);
  });
});

describe('suggestedDueDate', () => {
  it('is a week before the meeting, never before today; a week on between meetings', () => {
    expect(suggestedDueDate('2026-12-10', '2026-11-20')).toBe('2026-12-03');
    expect(suggestedDueDate('2026-12-10', '2026-12-05')).toBe('2026-12-05');
    expect(suggestedDueDate(null, '2026-12-28')).toBe('2027-01-04');
  });
});
