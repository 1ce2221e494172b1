import { describe, it, expect } from 'vitest';
import { emptyCase, type LedgerCase } from '../../shared/ledger/case';
import { addMonthsIso, defaultDraft } from '../../shared/meeting/draft';
import { draftDecisionSchema } from '../../shared/meeting/types';

const c = (fields: Partial<LedgerCase> = {}): LedgerCase => ({ ...emptyCase('R7-0042'), ...fields });

describe('defaultDraft', () => {
  it('continues the current policy, reviews 3 months after the meeting, same lead agency', () => {
    const draft = defaultDraft(c({ nextReview: '2025-10-01', leadAgency: '架空市こども家庭センター' }), '2025-10-15');
    expect(draft).toEqual({
      policy: '現方針継続',
      nextReview: '2026-01-15',
      leadAgency: '架空市こども家庭センター',
      note: null,
    });
    expect(draftDecisionSchema.safeParse(draft).success).toBe(true);
  });

  it("takes the case's own policy when it has one", () => {
    expect(defaultDraft(c({ policy: '  学校と連携して見守り  ' }), '2025-10-15').policy).toBe('学校と連携して見守り');
    expect(defaultDraft(c({ policy: '   ' }), '2025-10-15').policy).toBe('現方針継続');
  });

  it('gives a month when the ledger keeps the next review as a month, and no lead agency when it has none', () => {
    const draft = defaultDraft(c({ nextReview: '2025-10' }), '2025-11-30');
    expect(draft.nextReview).toBe('2026-02');
    expect(draft.leadAgency).toBeNull();
    expect(defaultDraft(c(), '2025-11-30').nextReview).toBe('2026-02-28');
  });
});

describe('addMonthsIso', () => {
  it('crosses years and clamps to the end of a shorter month', () => {
    expect(addMonthsIso('2025-11-30', 3)).toBe('2026-02-28');
    expect(addMonthsIso('2027-11-30', 3)).toBe('2028-02-29');
    expect(addMonthsIso('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonthsIso('2025-10-15', -3)).toBe('2025-07-15');
    expect(addMonthsIso('2025-02-15', -3)).toBe('2024-11-15');
    expect(addMonthsIso('2025-05-31', -3)).toBe('2025-02-28');
    // Asked twice in a row (the cached answer) and then something else: each answer is its own.
    expect(addMonthsIso('2025-05-31', -3)).toBe('2025-02-28');
    expect(addMonthsIso('2025-05-31', 3)).toBe('2025-08-31');
  });
});
