// The ledger case panel's 「サポートプラン」: the case's plans (終了 included), each opening in the サポートプラン
// view, and a new plan for this case.
import { PLAN_STATUS_LABELS } from '../../../../shared/plan/support-plan';
import { useBackendQuery } from '../../hooks/useBackendQuery';
import { usePlanOpener } from './plan-opener';
import { useDay } from './useDay';

const sectionId = (caseNo: string) => `case-plans-${encodeURIComponent(caseNo)}`;

/** The panel head's 「サポートプラン」: brings the case's plans (below the form) into view. */
export function CasePlansLink({ caseNo }: { caseNo: string }) {
  if (!usePlanOpener()) return null;
  const show = () => {
    const section = document.getElementById(sectionId(caseNo));
    section?.scrollIntoView({ block: 'start' });
    section?.querySelector('button')?.focus({ preventScroll: true });
  };
  return (
    <button type="button" onClick={show}>
      サポートプラン
    </button>
  );
}

export function CasePlans({ caseNo }: { caseNo: string }) {
  const opener = usePlanOpener();
  const day = useDay();
  const query = useBackendQuery('plans.list', { caseNo, includeClosed: true });
  if (!opener) return null;
  const plans = query.data?.plans ?? [];
  return (
    <section id={sectionId(caseNo)} className="case-plans" aria-label="サポートプラン">
      <h3>サポートプラン</h3>
      {query.error && (
        <p role="alert" className="error">
          {query.error}
        </p>
      )}
      {query.data && plans.length === 0 && <p className="muted">このケースのサポートプランはありません。</p>}
      <ul>
        {plans.map((p) => (
          <li key={p.id}>
            <button type="button" onClick={() => opener.openPlan(p.id)}>
              サポートプラン 第{p.versions.length}版（{PLAN_STATUS_LABELS[p.status]}
              {p.reviewDue ? `・見直し ${day(p.reviewDue)}` : ''}）を開く
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => opener.newPlanFor(caseNo)}>
        このケースのサポートプランを作る
      </button>
    </section>
  );
}
