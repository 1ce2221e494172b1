// The plan's steps, with the rules of lifecycle.ts: 手交済みにする (a day; refused with the list of what is
// missing), モニタリング開始, 見直しを始める (a new version), 見直し日, 終了 (a day and a reason). Typed text is
// saved before any step, so a step never runs on an older copy than the screen shows.
import { useId, useState } from 'react';
import type { PlanDetail } from '../../../../shared/contract';
import { missingForHandover } from '../../../../shared/plan/lifecycle';
import { savableContent } from '../../../../shared/plan/plan-form';
import type { PlanContent, SupportPlan } from '../../../../shared/plan/support-plan';
import { useApi } from '../../api-context';
import { useBackendAction } from '../../hooks/useBackendAction';
import { todayIso } from '../../lib/today';
import { ConfirmDialog } from '../ConfirmDialog';
import { DateField } from '../DateField';

interface Props {
  plan: SupportPlan;
  content: PlanContent;
  flush(): Promise<void>;
  onDone(detail: PlanDetail): void;
}

type Asking = 'handOver' | 'review' | 'close' | null;

export function PlanLifecycle({ plan, content, flush, onDone }: Props) {
  const api = useApi();
  const id = useId();
  const action = useBackendAction();
  const [asking, setAsking] = useState<Asking>(null);
  const [missing, setMissing] = useState<string[]>([]);
  const [day, setDay] = useState<string | null>(todayIso());
  const [reason, setReason] = useState('');
  const [due, setDue] = useState<string | null>(plan.reviewDue);
  const open = plan.status !== 'closed';
  const editing = plan.status === 'drafting' || plan.status === 'reviewing';

  const step = async (call: () => Promise<PlanDetail>) => {
    setAsking(null);
    await flush();
    const outcome = await action.run(call);
    if (outcome.ok) onDone(outcome.value);
  };
  const askHandOver = () => {
    const lacking = missingForHandover(savableContent(content));
    setMissing(lacking);
    if (lacking.length > 0) return;
    setDay(todayIso());
    setAsking('handOver');
  };

  return (
    <section className="plan-steps" aria-label="プランの手続き">
      <div className="form-row wrap">
        {editing && (
          <button type="button" className="primary" onClick={askHandOver}>
            手交済みにする
          </button>
        )}
        {plan.status === 'handedOver' && (
          <button type="button" onClick={() => void step(() => api.call('plans.startMonitoring', { id: plan.id }))}>
            モニタリング開始
          </button>
        )}
        {(plan.status === 'handedOver' || plan.status === 'monitoring') && (
          <button type="button" onClick={() => setAsking('review')}>
            見直しを始める
          </button>
        )}
        {open && (
          <span className="plan-due">
            <label htmlFor={`${id}-due`}>見直し日</label>
            <DateField id={`${id}-due`} value={due} rule="day" onChange={setDue} />
            <button
              type="button"
              disabled={due === plan.reviewDue}
              onClick={() => void step(() => api.call('plans.setReviewDue', { id: plan.id, reviewDue: due }))}
            >
              見直し日を保存
            </button>
          </span>
        )}
        {open && (
          <button
            type="button"
            onClick={() => {
              setDay(todayIso());
              setReason('');
              setAsking('close');
            }}
          >
            終了
          </button>
        )}
      </div>
      {missing.length > 0 && (
        <div role="alert" className="error plan-missing">
          <p>手交できません。次を入力してください：</p>
          <ul>
            {missing.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      )}
      {action.error && (
        <p role="alert" className="error">
          {action.error}
        </p>
      )}
      {asking === 'handOver' && (
        <ConfirmDialog
          title="手交済みにしますか"
          confirmLabel="手交済みにする"
          onConfirm={() => day && void step(() => api.call('plans.handOver', { id: plan.id, on: day }))}
          onCancel={() => setAsking(null)}
        >
          <p>この版はご家庭に渡した内容として保存され、以後は変更できません。次の見直し日は設定の周期で決まります。</p>
          <label htmlFor={`${id}-handed`}>手交日</label>
          <DateField id={`${id}-handed`} value={day} rule="day" onChange={setDay} />
        </ConfirmDialog>
      )}
      {asking === 'review' && (
        <ConfirmDialog
          title="見直しを始めますか"
          confirmLabel="見直しを始める"
          onConfirm={() => void step(() => api.call('plans.beginReview', { id: plan.id }))}
          onCancel={() => setAsking(null)}
        >
          <p>
            手交した版を写して第{plan.versions.length + 1}
            版を作ります。手交した版はそのまま残り、新しい版を手交するまで有効です。
          </p>
        </ConfirmDialog>
      )}
      {asking === 'close' && (
        <ConfirmDialog
          title="このサポートプランを終了しますか"
          confirmLabel="終了する"
          onConfirm={() =>
            day &&
            void step(() =>
              api.call('plans.close', { id: plan.id, on: day, reason: reason.trim() === '' ? null : reason }),
            )
          }
          onCancel={() => setAsking(null)}
        >
          <label htmlFor={`${id}-closed`}>終了日</label>
          <DateField id={`${id}-closed`} value={day} rule="day" onChange={setDay} />
          <label htmlFor={`${id}-reason`}>終了の理由</label>
          <input id={`${id}-reason`} type="text" value={reason} onChange={(e) => setReason(e.target.value)} />
        </ConfirmDialog>
      )}
    </section>
  );
}
