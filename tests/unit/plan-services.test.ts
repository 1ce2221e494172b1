// The plan's support rows from the case's 家庭支援事業 records: service and provider only, once, never a 終了 one.
import { describe, expect, it } from 'vitest';
import { supportRowsFromServices } from '../../shared/plan/plan-services';

describe('support rows from the 家庭支援事業 records', () => {
  it('adds each service under way once, with its provider, and skips ended ones and rows already there', () => {
    const rows = supportRowsFromServices(
      [
        { service: '養育支援訪問', provider: '架空訪問事業所', status: '措置中' },
        { service: '一時預かり', provider: null, status: '終了' },
        { service: '子育て短期支援', provider: null, status: '勧奨中' },
        { service: '養育支援訪問', provider: null, status: '勧奨中' },
      ],
      [{ service: '子育て短期支援' }],
    );
    expect(rows).toEqual([
      { service: '養育支援訪問', who: '架空訪問事業所', role: null, monitoring: null, progress: null },
    ]);
  });
});
