// 見直し予定: the open plans whose review falls by a chosen day (default: the end of next month), overdue first
// and marked 期限超過, grouped by 担当 and function (review-due.ts); each row opens its plan.
import { useId, useMemo, useState } from 'react';
import { endOfNextMonth } from '../../../../shared/plan/plan-form';
import { groupByOwner } from '../../../../shared/plan/review-due';
import { useBackendQuery } from '../../hooks/useBackendQuery';
import { todayIso } from '../../lib/today';
import { DateField } from '../DateField';
import { useDay } from './useDay';

export function ReviewList({ onOpen }: { onOpen(planId: number): void }) {
  const id = useId();
  const day = useDay();
  const [until, setUntil] = useState<string | null>(() => endOfNextMonth(todayIso()));
  const query = useBackendQuery('plans.reviewsDue', { until: until ?? todayIso() });
  const rows = query.data?.rows;
  // The rows come by day, so the overdue ones lead every group.
  const groups = useMemo(() => (rows ? groupByOwner(rows) : []), [rows]);

  return (
    <section className="plan-reviews" aria-labelledby={`${id}-h`}>
      <div className="plan-section-head">
        <h2 id={`${id}-h`}>見直し予定</h2>
        <label htmlFor={`${id}-until`}>この日まで</label>
        <DateField id={`${id}-until`} value={until} rule="day" onChange={setUntil} />
      </div>
      {query.error && (
        <p role="alert" className="error">
          {query.error}
        </p>
      )}
      {rows && rows.length === 0 && <p className="muted">この日までに見直しの予定はありません。</p>}
      {groups.map((g) => (
        <div key={`${g.owner ?? ''}-${g.leadFunction}`} className="plan-review-group">
          <h3>
            {g.owner ?? '担当未設定'}　<span className="plan-function">{g.leadFunction}</span>
          </h3>
          <table className="plan-table">
            <thead>
              <tr>
                <th scope="col">見直し日</th>
                <th scope="col">世帯</th>
                <th scope="col">登録番号</th>
                <th scope="col" />
              </tr>
            </thead>
            <tbody>
              {g.rows.map((r) => (
                <tr key={r.planId} className={r.overdue ? 'plan-overdue' : undefined}>
                  <td>
                    {day(r.reviewDue)}
                    {r.overdue && <span className="plan-overdue-mark">期限超過</span>}
                  </td>
                  <td>{r.familyLabel}</td>
                  <td>{r.caseNo ?? '台帳外'}</td>
                  <td>
                    <button
                      type="button"
                      onClick={() => onOpen(r.planId)}
                      aria-label={`${r.familyLabel}のプランを開く`}
                    >
                      開く
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}
