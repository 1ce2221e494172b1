// The 合同ケース会議's pure parts: the centre's case numbers, the case a proposed family becomes, the proposal
// schema (a ledger case or a family, never both) and the list's rows (the live decision, the open plan).
import { describe, expect, it } from 'vitest';
import { emptyCase } from '../../shared/ledger/case';
import { EMPTY_DECISION } from '../../shared/meeting/decision';
import { jointListRows, LIST_COLUMNS } from '../../shared/joint/list-rows';
import { caseFromFamily, centerCaseNoPrefix, fiscalYearOf, nextCenterCaseNo } from '../../shared/joint/new-case';
import { proposalInputSchema, type ProposalInput } from '../../shared/joint/types';
import { reasonsFor, triage } from '../../shared/meeting/triage';
import { DEFAULT_TRIAGE_SETTINGS, REASON_LABELS, type SuggestionContext } from '../../shared/meeting/types';

describe('the centre case number', () => {
  it('counts by 令和 fiscal year (April to March)', () => {
    expect(fiscalYearOf('2026-03-31')).toBe(2025);
    expect(fiscalYearOf('2026-04-01')).toBe(2026);
    expect(centerCaseNoPrefix('2026-04-01')).toBe('CR8-');
    expect(centerCaseNoPrefix('2027-03-31')).toBe('CR8-');
  });

  it('is one past the highest of the year, ignoring other patterns and years', () => {
    expect(nextCenterCaseNo([], '2026-11-30')).toBe('CR8-0001');
    expect(nextCenterCaseNo(['CR8-0001', 'CR8-0009', 'CR7-0050', 'R8-0100', 'CR8-0003x'], '2026-11-30')).toBe(
      'CR8-0010',
    );
    expect(nextCenterCaseNo(['CR8-9999'], '2026-11-30')).toBe('CR8-10000');
  });
});

describe('a proposed family as a ledger case', () => {
  it('is センター支援, received when proposed, registered when accepted', () => {
    const c = caseFromFamily(
      { name: '架空　妊婦', kana: null, birthDate: null, dueDate: '2027-03-01', district: '北', guardianName: '夫' },
      'CR8-0001',
      '2026-11-20',
      '2026-11-30',
    );
    expect(c).toMatchObject({
      caseNo: 'CR8-0001',
      registration: 'センター支援',
      receivedDate: '2026-11-20',
      registeredDate: '2026-11-30',
      dueDate: '2027-03-01',
      guardianName: '夫',
      classification: null,
      status: 'active',
    });
  });
});

const BASE: ProposalInput = {
  proposer: '保健師A',
  function: '母子保健',
  proposedOn: '2026-11-20',
  reason: 'その他',
  reasonText: '',
  caseNo: 'R8-001',
  family: null,
};

describe('proposalInputSchema', () => {
  it('takes a ledger case or a family, not both and not neither; empty text is null', () => {
    expect(proposalInputSchema.parse(BASE).reasonText).toBeNull();
    expect(proposalInputSchema.safeParse({ ...BASE, caseNo: null }).success).toBe(false);
    const family = { name: 'x', kana: null, birthDate: null, dueDate: null, district: null, guardianName: null };
    expect(proposalInputSchema.safeParse({ ...BASE, family }).success).toBe(false);
    expect(proposalInputSchema.safeParse({ ...BASE, caseNo: null, family }).success).toBe(true);
    expect(proposalInputSchema.safeParse({ ...BASE, caseNo: null, family: { ...family, name: ' ' } }).success).toBe(
      false,
    );
    expect(proposalInputSchema.safeParse({ ...BASE, function: '両機能' }).success).toBe(false);
  });
});

describe('jointListRows', () => {
  it('joins the list, the ledger, the live decision and the newest open plan', () => {
    const rows = jointListRows(
      {
        entries: [
          { caseNo: 'R-10', joinedOn: '2026-10-01', joinedBy: 'A', reason: '要対協終結後', proposalId: null },
          { caseNo: 'R-2', joinedOn: '2026-11-01', joinedBy: 'A', reason: 'x', proposalId: 5 },
        ],
        cases: new Map([
          ['R-2', { ...emptyCase('R-2'), name: '架空　二', registration: 'センター支援' as const }],
          ['R-10', { ...emptyCase('R-10'), name: '架空　十', classification: '要支援児童' as const }],
        ]),
        proposals: new Map([[5, { function: '児童福祉' as const, reason: '新規の相談' as const }]]),
        decisions: new Map([
          [
            'R-2',
            {
              ...EMPTY_DECISION,
              policy: '訪問',
              nextReview: '2027-01',
              judgement: { kind: '要支援児童' as const, grounds: null },
              leadFunction: '両機能' as const,
              listAction: '継続' as const,
              meetingId: 3,
              meetingDate: '2026-11-20',
              meetingTitle: '合同',
            },
          ],
        ]),
        plans: [
          { id: 1, caseNo: 'R-2', status: 'monitoring', reviewDue: '2026-12-01' },
          { id: 2, caseNo: 'R-2', status: 'handedOver', reviewDue: '2027-02-01' },
          { id: 3, caseNo: 'R-10', status: 'closed', reviewDue: '2026-12-01' },
        ],
      },
      (a, b) => a.localeCompare(b, 'ja', { numeric: true }),
    );
    expect(rows.map((r) => r.caseNo)).toEqual(['R-2', 'R-10']);
    expect(rows[0]).toMatchObject({
      registration: 'センター支援',
      proposedBy: '児童福祉：新規の相談',
      lastMeeting: { id: 3, date: '2026-11-20', title: '合同' },
      judgement: '要支援児童',
      leadFunction: '両機能',
      policy: '訪問',
      nextReview: '2027-01',
      planStatus: '手交済み',
      planReviewDue: '2027-02-01',
    });
    expect(rows[1]).toMatchObject({
      registration: '要対協登録',
      classification: '要支援児童',
      proposedBy: '直接追加：要対協終結後',
      lastMeeting: null,
      judgement: null,
      planStatus: 'なし',
      planReviewDue: null,
    });
    expect(LIST_COLUMNS).toHaveLength(13);
  });
});

describe('the 名簿 reason', () => {
  const context = (onList?: Set<string>): SuggestionContext => ({
    meetingDate: '2026-12-03',
    since: null,
    settings: DEFAULT_TRIAGE_SETTINGS,
    reports: new Map(),
    riskAtSince: new Map(),
    registeredSince: new Set(),
    closureProposed: new Set(),
    carriedOver: new Map(),
    planReviewDue: new Set(),
    allActive: false,
    ...(onList ? { onList } : {}),
  });

  it('takes up every case on the list as 確認, beside the usual reasons; switched off, it does nothing', () => {
    const c = { ...emptyCase('R-1'), nextReview: '2026-11' };
    expect(reasonsFor(c, context(new Set(['R-1'])))).toEqual(['REVIEW_DUE', 'JOINT_LIST']);
    expect(reasonsFor(emptyCase('R-2'), context(new Set(['R-2'])))).toEqual(['JOINT_LIST']);
    expect(reasonsFor(emptyCase('R-2'), context())).toEqual([]);
    expect(triage(['JOINT_LIST'], DEFAULT_TRIAGE_SETTINGS).group).toBe('quick');
    expect(REASON_LABELS.JOINT_LIST).toBe('名簿');
    const off = {
      ...context(new Set(['R-2'])),
      settings: { ...DEFAULT_TRIAGE_SETTINGS, enabled: { ...DEFAULT_TRIAGE_SETTINGS.enabled, JOINT_LIST: false } },
    };
    expect(reasonsFor(emptyCase('R-2'), off)).toEqual([]);
  });
});
