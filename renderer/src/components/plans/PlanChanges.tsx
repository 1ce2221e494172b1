// What a 見直し changed: the version being written against the one handed over (plan-diff.ts), field by field.
import { planChanges } from '../../../../shared/plan/plan-diff';
import type { PlanContent } from '../../../../shared/plan/support-plan';
import { useDay } from './useDay';

export function PlanChanges({
  before,
  after,
  handedOverOn,
}: {
  before: PlanContent;
  after: PlanContent;
  handedOverOn: string;
}) {
  const changes = planChanges(before, after);
  const day = useDay();
  return (
    <section className="plan-changes" aria-label="手交した版からの変更">
      <h3>手交した版（{day(handedOverOn)} 手交）からの変更</h3>
      {changes.length === 0 ? (
        <p className="muted">まだ変更はありません。</p>
      ) : (
        <table className="plan-table">
          <thead>
            <tr>
              <th scope="col">項目</th>
              <th scope="col">手交した版</th>
              <th scope="col">見直し後</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((c) => (
              <tr key={c.label}>
                <th scope="row">{c.label}</th>
                <td className="plan-before">{c.before ?? '（なし）'}</td>
                <td className="plan-after">{c.after ?? '（なし）'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
