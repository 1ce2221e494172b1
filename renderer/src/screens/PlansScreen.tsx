// サポートプラン: the 統括支援員's list of reviews due and the list of all plans, 「新しいプラン」, and one plan's
// editor. What the screen opens with (a plan, a new plan for a case) comes from App, asked by the case panel.
import { useId, useState } from 'react';
import { NewPlanForm } from '../components/plans/NewPlanForm';
import { PlanEditor } from '../components/plans/PlanEditor';
import { PlanList } from '../components/plans/PlanList';
import { ReviewList } from '../components/plans/ReviewList';
import '../components/plans/plans.css';

export interface PlansStart {
  planId?: number;
  newForCase?: string;
}

export function PlansScreen({ start }: { start?: PlansStart }) {
  const id = useId();
  const [planId, setPlanId] = useState<number | null>(start?.planId ?? null);
  const [creating, setCreating] = useState<{ caseNo?: string } | null>(
    start?.newForCase ? { caseNo: start.newForCase } : null,
  );

  return (
    <main className="plans-screen" aria-labelledby={`${id}-title`}>
      <div className="plans-toolbar">
        <h1 id={`${id}-title`}>サポートプラン</h1>
        {planId === null && !creating && (
          <button type="button" className="primary" onClick={() => setCreating({})}>
            新しいプラン
          </button>
        )}
      </div>
      {planId !== null ? (
        <PlanEditor key={planId} planId={planId} onBack={() => setPlanId(null)} />
      ) : (
        <>
          {creating && (
            <NewPlanForm
              caseNo={creating.caseNo}
              onCreated={(created) => {
                setCreating(null);
                setPlanId(created);
              }}
              onCancel={() => setCreating(null)}
            />
          )}
          <ReviewList onOpen={setPlanId} />
          <PlanList onOpen={setPlanId} />
        </>
      )}
    </main>
  );
}
