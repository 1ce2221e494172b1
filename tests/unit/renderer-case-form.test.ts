import { describe, it, expect } from 'vitest';
import { emptyCase, type LedgerCase } from '../../shared/ledger/case';
import { formChanges, parseNextReview, splitAgencies, toFormValues } from '../../renderer/src/lib/case-form';

function sample(): LedgerCase {
  return {
    ...emptyCase('T-001'),
    classification: '要支援児童',
    name: '架空 太郎',
    kana: 'かくう たろう',
    birthDate: '2018-06-15',
    sex: 'male',
    abuseTypes: ['心理的', '身体的'],
    riskLevel: '軽度',
    leadAgency: 'こども家庭センター',
    agencies: ['第一小学校', '保健センター'],
    nextReview: '2025-12',
    policy: '見守りを続ける',
    extra: { 担当CW: '架空一郎', 備考: '' },
  };
}

describe('case form', () => {
  it('reports no changes for an untouched form', () => {
    const c = sample();
    expect(formChanges(c, toFormValues(c))).toEqual({ changes: {}, problems: [] });
  });

  it('sends only the changed fields, with empty text as null', () => {
    const c = sample();
    const values = toFormValues(c);
    values.scalars.policy = '  月1回の家庭訪問  ';
    values.scalars.riskLevel = '中度';
    values.scalars.leadAgency = '';
    values.scalars.status = 'closed';
    values.scalars.closedDate = '2025-09-30';
    expect(formChanges(c, values).changes).toEqual({
      policy: '月1回の家庭訪問',
      riskLevel: '中度',
      leadAgency: null,
      status: 'closed',
      closedDate: '2025-09-30',
    });
  });

  it('splits agencies on 、 and commas and ignores a reordering of abuse types', () => {
    const c = sample();
    const values = toFormValues(c);
    expect(values.scalars.agencies).toBe('第一小学校、保健センター');
    values.abuseTypes = ['身体的', '心理的'];
    expect(formChanges(c, values).changes).toEqual({});
    values.scalars.agencies = '第一小学校, 保健センター，児童相談所、';
    values.abuseTypes = ['ネグレクト'];
    expect(formChanges(c, values).changes).toEqual({
      agencies: ['第一小学校', '保健センター', '児童相談所'],
      abuseTypes: ['ネグレクト'],
    });
    expect(splitAgencies(' 、 \n ')).toEqual([]);
  });

  it('sends the whole extra record when one extra column changes', () => {
    const c = sample();
    const values = toFormValues(c);
    values.extra = { ...values.extra, 備考: '転居予定' };
    expect(formChanges(c, values).changes).toEqual({ extra: { 担当CW: '架空一郎', 備考: '転居予定' } });
  });

  it('accepts a month or a day for the next review and refuses what it cannot read', () => {
    expect(parseNextReview('2026-01')).toBe('2026-01');
    expect(parseNextReview('2026-01-20')).toBe('2026-01-20');
    expect(parseNextReview('R7.12')).toBe('2025-12');
    expect(parseNextReview('  ')).toBeNull();
    const c = sample();
    const values = toFormValues(c);
    values.scalars.nextReview = 'そのうち';
    const result = formChanges(c, values);
    expect(result.changes).toEqual({});
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.field).toBe('nextReview');
    expect(result.problems[0]?.message).toContain('そのうち');
  });
});
