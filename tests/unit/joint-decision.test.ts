// A 合同ケース会議's decision: what its 判定 writes into the ledger, which actions outside the ledger it asks for
// (a サポートプラン made or reviewed, services, leaving the list), and how the minutes say it. All data made up.
import { describe, expect, it } from 'vitest';
import { emptyCase, type LedgerCase } from '../../shared/ledger/case';
import { EMPTY_DECISION, type DecisionInput } from '../../shared/meeting/decision';
import { decidedValues, withChanges } from '../../shared/meeting/writeback';
import { actionLabel, decidedActions } from '../../shared/meeting/writeback-actions';

const centreFamily: LedgerCase = { ...emptyCase('C-1'), name: '架空 花子', registration: 'センター支援' };
const decide = (fields: Partial<DecisionInput>): DecisionInput => ({ ...EMPTY_DECISION, ...fields });

describe('判定 in the write-back', () => {
  it('registers a センター支援 family with the 要対協 on the meeting day', () => {
    const values = decidedValues(
      decide({ judgement: { kind: '特定妊婦', grounds: null } }),
      centreFamily,
      '2026-12-01',
    );
    expect(values).toEqual({ classification: '特定妊婦', registration: '要対協登録', registeredDate: '2026-12-01' });
    const next = withChanges(centreFamily, [
      { field: 'registration', newValue: '要対協登録' },
      { field: 'classification', newValue: '特定妊婦' },
    ]);
    expect(next.registration).toBe('要対協登録');
  });

  it('changes nothing for a family already registered, except an explicit 種別 change', () => {
    const registered = { ...emptyCase('C-2'), classification: '要支援児童' as const };
    expect(
      decidedValues(decide({ judgement: { kind: '要支援児童', grounds: null } }), registered, '2026-12-01'),
    ).toEqual({ classification: '要支援児童' });
    expect(decidedValues(decide({ judgement: { kind: '非該当', grounds: '心配なし' } }), registered)).toEqual({});
  });

  it('keeps a family open as センター支援 when its closure is handed over to 母子保健', () => {
    const closure = { date: '2026-12-01', reason: '状況改善' };
    const registered = emptyCase('C-3');
    expect(decidedValues(decide({ closure, handOverToMaternal: true }), registered)).toEqual({
      registration: 'センター支援',
    });
    expect(decidedValues(decide({ closure }), registered)).toMatchObject({ status: 'closed' });
    expect(decidedValues(decide({ judgement: { kind: 'センター支援のみ', grounds: null } }), registered)).toEqual({
      registration: 'センター支援',
    });
  });
});

describe('actions outside the ledger', () => {
  const none = { openPlan: null, onList: false };
  it('makes a plan due at the end of a decided month, or reviews the plan in force', () => {
    const plan = { action: '作成' as const, by: '保健師A', due: '2027-02' };
    const [create] = decidedActions(decide({ supportPlan: plan, leadFunction: '母子保健' }), none);
    expect(create).toEqual({ kind: 'plan.create', owner: '保健師A', due: '2027-02-28', leadFunction: '母子保健' });
    expect(actionLabel(create!, 'wareki')).toBe('サポートプランを作成（担当 保健師A、期限 令和9年2月28日）');
    const inForce = { openPlan: { id: 4, status: 'monitoring' as const }, onList: false };
    expect(decidedActions(decide({ supportPlan: plan }), inForce)).toEqual([
      { kind: 'plan.review', planId: 4, owner: '保健師A', due: '2027-02-28' },
    ]);
  });

  it('records each service and takes the case off the list only when it is on it', () => {
    const d = decide({
      services: [{ service: '養育支援訪問', mode: '利用勧奨' }],
      listAction: '名簿から外す',
      judgement: { kind: '非該当', grounds: null },
    });
    expect(decidedActions(d, none).map((a) => actionLabel(a))).toEqual(['養育支援訪問の利用勧奨を記録']);
    expect(decidedActions(d, { openPlan: null, onList: true }).map((a) => actionLabel(a))).toEqual([
      '養育支援訪問の利用勧奨を記録',
      '合同ケース会議の名簿から外す（判定：非該当）',
    ]);
  });
});
