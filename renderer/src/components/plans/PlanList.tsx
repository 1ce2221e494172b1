// Every plan, filtered by status and function (終了 only when asked), newest first; each opens its plan.
import { useId, useState } from 'react';
import {
  PLAN_FUNCTIONS,
  PLAN_STATUSES,
  PLAN_STATUS_LABELS,
  type PlanFunction,
  type PlanStatus,
} from '../../../../shared/plan/support-plan';
import { useBackendQuery } from '../../hooks/useBackendQuery';
import { useDay } from './useDay';

export function PlanList({ onOpen }: { onOpen(planId: number): void }) {
  const id = useId();
  const day = useDay();
  const [status, setStatus] = useState<PlanStatus | ''>('');
  const [fn, setFn] = useState<PlanFunction | ''>('');
  const [includeClosed, setIncludeClosed] = useState(false);
  const query = useBackendQuery('plans.list', { includeClosed: includeClosed || status === 'closed' });
  const plans = (query.data?.plans ?? []).filter(
    (p) => (status === '' || p.status === status) && (fn === '' || p.leadFunction === fn),
  );

  return (
    <section className="plan-list" aria-labelledby={`${id}-h`}>
      <div className="plan-section-head">
        <h2 id={`${id}-h`}>プラン一覧</h2>
        <label htmlFor={`${id}-status`}>状態</label>
        <select id={`${id}-status`} value={status} onChange={(e) => setStatus(e.target.value as PlanStatus | '')}>
          <option value="">すべて</option>
          {PLAN_STATUSES.map((s) => (
            <option key={s} value={s}>
              {PLAN_STATUS_LABELS[s]}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-fn`}>機能</label>
        <select id={`${id}-fn`} value={fn} onChange={(e) => setFn(e.target.value as PlanFunction | '')}>
          <option value="">すべて</option>
          {PLAN_FUNCTIONS.map((f) => (
            <option key={f} value={f}>
              {f}
            </option>
          ))}
        </select>
        <label className="check">
          <input type="checkbox" checked={includeClosed} onChange={(e) => setIncludeClosed(e.target.checked)} />
          終了したプランも表示
        </label>
      </div>
      {query.error && (
        <p role="alert" className="error">
          {query.error}
        </p>
      )}
      {query.data && plans.length === 0 && <p className="muted">該当するプランはありません。</p>}
      {plans.length > 0 && (
        <table className="plan-table">
          <thead>
            <tr>
              <th scope="col">世帯</th>
              <th scope="col">登録番号</th>
              <th scope="col">機能</th>
              <th scope="col">担当</th>
              <th scope="col">状態</th>
              <th scope="col">版</th>
              <th scope="col">次の見直し</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {plans.map((p) => (
              <tr key={p.id}>
                <td>{p.familyLabel}</td>
                <td>{p.caseNo ?? '台帳外'}</td>
                <td>{p.leadFunction}</td>
                <td>{p.owner ?? ''}</td>
                <td>{PLAN_STATUS_LABELS[p.status]}</td>
                <td>第{p.versions.length}版</td>
                <td>{day(p.reviewDue)}</td>
                <td>
                  <button type="button" onClick={() => onOpen(p.id)} aria-label={`${p.familyLabel}のプランを開く`}>
                    開く
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
