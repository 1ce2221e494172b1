import { describe, expect, it } from 'vitest';
import { isReviewOverdue } from '../../shared/ledger/review-due';

const active = (nextReview: string | null) => ({ nextReview, status: 'active' as const });

describe('isReviewOverdue', () => {
  it('is overdue for a day before today, not for today or later', () => {
    expect(isReviewOverdue(active('2026-05-23'), '2026-05-24')).toBe(true);
    expect(isReviewOverdue(active('2026-05-24'), '2026-05-24')).toBe(false);
    expect(isReviewOverdue(active('2026-06-01'), '2026-05-24')).toBe(false);
  });

  it('treats a month as due until its last day', () => {
    expect(isReviewOverdue(active('2026-05'), '2026-05-31')).toBe(false);
    expect(isReviewOverdue(active('2026-04'), '2026-05-01')).toBe(true);
    expect(isReviewOverdue(active('2025-12'), '2026-01-01')).toBe(true);
  });

  it('never marks a closed case, an empty date or a date that is not real', () => {
    expect(isReviewOverdue({ nextReview: '2020-01-01', status: 'closed' }, '2026-05-24')).toBe(false);
    expect(isReviewOverdue(active(null), '2026-05-24')).toBe(false);
    expect(isReviewOverdue(active('0001-07-13'), '2026-05-24')).toBe(false);
  });
});
