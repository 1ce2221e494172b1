// The write-back diff: which ledger fields a recorded decision changes, conflicts with later edits,
// the user's choices, and values serialized as history rows store them.
import { describe, expect, it } from 'vitest';
import { emptyCase, type LedgerCase } from '../../shared/ledger/case';
import { EMPTY_DECISION, type Decision, type DecisionInput } from '../../shared/meeting/decision';
import {
  isFromMeeting,
  planCase,
  planWriteback,
  resolvePlan,
  withChanges,
  WritebackError,
  writebackDetail,
} from '../../shared/meeting/writeback';

function ledgerCase(caseNo: string, fields: Partial<LedgerCase> = {}): LedgerCase {
  return {
    ...emptyCase(caseNo),
    kana: 'かくう はなこ',
    classification: '要支援児童',
    riskLevel: '軽度',
    leadAgency: 'こども家庭センター',
    policy: '見守り',
    nextReview: '2025-06',
    agencies: ['小学校'],
    ...fields,
  };
}

function recorded(caseNo: string, input: Partial<DecisionInput>, recordedAt = '2025-06-10T05:00:00.000Z'): Decision {
  return { ...EMPTY_DECISION, ...input, meetingId: 3, caseNo, state: 'recorded', recordedAt, updatedAt: recordedAt };
}

describe('planCase', () => {
  it('lists every decided field that differs, old → new, serialized like history rows', () => {
    const plan = planCase(
      ledgerCase('W-1'),
      {
        ...EMPTY_DECISION,
        policy: '週1回の家庭訪問',
        leadAgency: '保健センター',
        nextReview: '2025-09',
        riskLevel: '中度',
        classification: '要保護児童',
        roles: [
          { agency: '小学校', task: '登校確認', due: null },
          { agency: '保育所', task: '送迎時の観察', due: '2025-07' },
        ],
      },
      new Set(),
    );
    expect(plan.label).toBe('W-1 K.H.');
    expect(plan.conflicts).toEqual([]);
    expect(plan.changes).toEqual([
      { field: 'classification', label: '種別', oldValue: '要支援児童', newValue: '要保護児童' },
      { field: 'riskLevel', label: '重症度', oldValue: '軽度', newValue: '中度' },
      { field: 'leadAgency', label: '主担当機関', oldValue: 'こども家庭センター', newValue: '保健センター' },
      { field: 'agencies', label: '関係機関', oldValue: '小学校', newValue: '小学校、保育所' },
      { field: 'policy', label: '支援方針', oldValue: '見守り', newValue: '週1回の家庭訪問' },
      { field: 'nextReview', label: '次回確認時期', oldValue: '2025-06', newValue: '2025-09' },
    ]);
  });

  it('leaves out what the decision leaves empty and what already holds the decided value', () => {
    const plan = planCase(
      ledgerCase('W-2'),
      {
        ...EMPTY_DECISION,
        policy: '見守り',
        leadAgency: '  ',
        roles: [{ agency: '小学校', task: '見守り', due: null }],
      },
      new Set(),
    );
    expect(plan.changes).toEqual([]);
  });

  it('turns a closure into status, closing day and reason', () => {
    const plan = planCase(
      ledgerCase('W-3'),
      { ...EMPTY_DECISION, closure: { date: '2025-06-10', reason: '転出' } },
      new Set(),
    );
    expect(plan.changes.map((c) => [c.field, c.oldValue, c.newValue])).toEqual([
      ['status', 'active', 'closed'],
      ['closedDate', null, '2025-06-10'],
      ['closedReason', null, '転出'],
    ]);
  });

  it('makes a conflict of a field edited since the decision, but merges agencies', () => {
    const plan = planCase(
      ledgerCase('W-4', { policy: '手で直した方針', agencies: ['小学校', '警察'] }),
      {
        ...EMPTY_DECISION,
        policy: '会議の方針',
        riskLevel: '重度',
        roles: [{ agency: '保育所', task: '観察', due: null }],
      },
      new Set(['policy', 'agencies']),
    );
    expect(plan.conflicts).toEqual([
      { field: 'policy', label: '支援方針', ledgerValue: '手で直した方針', meetingValue: '会議の方針' },
    ]);
    expect(plan.changes.map((c) => c.field)).toEqual(['riskLevel', 'agencies']);
    expect(plan.changes[1]!.newValue).toBe('小学校、警察、保育所');
  });

  it('has no conflict when the later edit already set the decided value', () => {
    const plan = planCase(
      ledgerCase('W-5', { policy: '会議の方針' }),
      { ...EMPTY_DECISION, policy: '会議の方針' },
      new Set(['policy']),
    );
    expect(plan.changes).toEqual([]);
    expect(plan.conflicts).toEqual([]);
  });
});

describe('planWriteback', () => {
  const cases = new Map([
    ['W-1', ledgerCase('W-1')],
    ['W-2', ledgerCase('W-2')],
    ['W-3', ledgerCase('W-3')],
  ]);

  it('takes recorded decisions only, skips applied cases and cases with nothing to change', () => {
    const decisions = [
      recorded('W-1', { policy: '新しい方針' }),
      { ...recorded('W-2', { policy: '下書きの方針' }), state: 'draft' as const, recordedAt: null },
      recorded('W-3', { policy: '見守り' }),
      recorded('W-9', { policy: '台帳にないケース' }),
    ];
    expect(planWriteback({ decisions, cases, edits: [], applied: new Set() }).map((p) => p.caseNo)).toEqual(['W-1']);
    expect(planWriteback({ decisions, cases, edits: [], applied: new Set(['W-1']) })).toEqual([]);
  });

  it('counts only edits after the decision was recorded, of that case', () => {
    const decisions = [recorded('W-1', { policy: '新しい方針' }, '2025-06-10T05:00:00.000Z')];
    const before = [
      { caseNo: 'W-1', field: 'policy', at: '2025-06-10T04:59:59.000Z' },
      { caseNo: 'W-2', field: 'policy', at: '2025-06-11T00:00:00.000Z' },
    ];
    expect(planWriteback({ decisions, cases, edits: before, applied: new Set() })[0]!.conflicts).toEqual([]);
    const after = [{ caseNo: 'W-1', field: 'policy', at: '2025-06-10T05:00:01.000Z' }];
    expect(planWriteback({ decisions, cases, edits: after, applied: new Set() })[0]!.conflicts).toHaveLength(1);
  });
});

describe('resolvePlan', () => {
  const plans = [
    planCase(
      ledgerCase('W-1', { policy: '手の方針' }),
      { ...EMPTY_DECISION, policy: '会議の方針', riskLevel: '重度' },
      new Set(['policy']),
    ),
    planCase(ledgerCase('W-2'), { ...EMPTY_DECISION, nextReview: '2025-12' }, new Set()),
  ];

  it('refuses an unresolved conflict with a Japanese message naming it', () => {
    expect(() => resolvePlan(plans, { excludeCaseNos: [], resolutions: [] })).toThrow(WritebackError);
    expect(() => resolvePlan(plans, { excludeCaseNos: [], resolutions: [] })).toThrow(/W-1 K\.H\. の支援方針/);
  });

  it('needs no choice for a case left out', () => {
    expect(resolvePlan(plans, { excludeCaseNos: ['W-1'], resolutions: [] })).toEqual([
      {
        caseNo: 'W-2',
        changes: [{ field: 'nextReview', label: '次回確認時期', oldValue: '2025-06', newValue: '2025-12' }],
      },
    ]);
  });

  it('keeps the ledger value or takes the meeting value as chosen', () => {
    const keepLedger = resolvePlan(plans, {
      excludeCaseNos: ['W-2'],
      resolutions: [{ caseNo: 'W-1', field: 'policy', keep: 'ledger' }],
    });
    expect(keepLedger[0]!.changes.map((c) => c.field)).toEqual(['riskLevel']);
    const takeMeeting = resolvePlan(plans, {
      excludeCaseNos: ['W-2'],
      resolutions: [{ caseNo: 'W-1', field: 'policy', keep: 'meeting' }],
    });
    expect(takeMeeting[0]!.changes).toEqual([
      { field: 'riskLevel', label: '重症度', oldValue: '軽度', newValue: '重度' },
      { field: 'policy', label: '支援方針', oldValue: '手の方針', newValue: '会議の方針' },
    ]);
  });
});

describe('withChanges and the meeting detail', () => {
  it('sets serialized values back into a valid case, agencies split again', () => {
    const next = withChanges(ledgerCase('W-1'), [
      { field: 'agencies', newValue: '小学校、保育所' },
      { field: 'status', newValue: 'closed' },
      { field: 'closedDate', newValue: '2025-06-10' },
      { field: 'policy', newValue: null },
    ]);
    expect(next.agencies).toEqual(['小学校', '保育所']);
    expect(next.status).toBe('closed');
    expect(next.closedDate).toBe('2025-06-10');
    expect(next.policy).toBeNull();
  });

  it('refuses fields it does not write and values the ledger cannot hold', () => {
    expect(() => withChanges(ledgerCase('W-1'), [{ field: 'name', newValue: '別人' }])).toThrow(WritebackError);
    expect(() => withChanges(ledgerCase('W-1'), [{ field: 'riskLevel', newValue: 'とても重い' }])).toThrow(
      WritebackError,
    );
  });

  it('names the meeting and recognises its own rows only', () => {
    const detail = writebackDetail({ id: 12, title: '第3回実務者会議' });
    expect(detail).toBe('会議#12 第3回実務者会議');
    expect(isFromMeeting(detail, 12)).toBe(true);
    expect(isFromMeeting(`${detail}（反映の取り消し）`, 12)).toBe(true);
    expect(isFromMeeting('会議#120 別の会議', 12)).toBe(false);
    expect(isFromMeeting(null, 12)).toBe(false);
  });
});
