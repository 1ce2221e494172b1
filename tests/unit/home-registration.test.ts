// ホーム's open cases split by 登録区分: the centre's families counted apart, an absent 登録区分 (a case from
// before the field, null from the database) being the 要対協's, closed cases left out.
import { describe, expect, it } from 'vitest';
import { homeSummary, type HomeCase } from '../../shared/home/summary';

const group = (count: number, over: Partial<HomeCase>): HomeCase => ({
  count,
  classification: '要支援児童',
  riskLevel: '軽度',
  leadAgency: 'こども家庭センター',
  nextReview: null,
  status: 'active',
  ...over,
});

describe('homeSummary and 登録区分', () => {
  it('counts the open センター支援 families among the open cases', () => {
    const s = homeSummary({
      today: '2025-11-12',
      cases: [
        group(4, {}),
        group(2, { registration: null }),
        group(1, { registration: '要対協登録' }),
        group(3, { registration: 'センター支援' }),
        group(5, { registration: 'センター支援', status: 'closed' }),
      ],
      meetings: [],
      history: [],
    });
    expect([s.openCases, s.openCentreSupport]).toEqual([10, 3]);
  });

  it('counts none in a ledger without the field', () => {
    const s = homeSummary({ today: '2025-11-12', cases: [group(4, {})], meetings: [], history: [] });
    expect([s.openCases, s.openCentreSupport]).toEqual([4, 0]);
  });
});
