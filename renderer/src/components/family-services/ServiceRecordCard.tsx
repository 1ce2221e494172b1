// One 家庭支援事業 record in the case panel: the service, its status, the provider and the steps in time, with
// the buttons for the next steps the rules allow (a button the rules would refuse is not offered).
import { useId, useState } from 'react';
import type { ServiceRecordView } from '../../../../shared/contract';
import { formatDate } from '../../../../shared/ledger/dates';
import {
  STEP_KINDS,
  stepProblem,
  stepSummary,
  type ServiceStep,
  type StepInput,
  type StepKind,
} from '../../../../shared/services/family-service';
import { useDateStyle } from '../../lib/date-style';
import { todayIso } from '../../lib/today';
import { ServiceStepForm } from './ServiceStepForm';

const BUTTON_LABELS: Readonly<Record<StepKind, string>> = {
  recommendation: '利用勧奨を記録',
  measure: '措置を記録',
  start: '利用開始',
  end: '利用終了',
  toApplication: '申請利用へ移行',
};

/** A stand-in step of `kind` on a day the date rule accepts: is this kind of step possible now? */
function possible(steps: readonly Pick<StepInput, 'kind' | 'date'>[], kind: StepKind): boolean {
  const last = steps[steps.length - 1]?.date ?? '';
  const today = todayIso();
  const date = today > last ? today : last;
  const probe: StepInput =
    kind === 'recommendation'
      ? { kind, date, method: '口頭', answer: '未回答', note: null }
      : kind === 'measure'
        ? { kind, date, noticeDate: null, noticeNo: null, noRecommendationReason: '-' }
        : kind === 'end'
          ? { kind, date, reason: null }
          : { kind, date };
  return stepProblem(steps, probe) === null;
}

interface Props {
  record: ServiceRecordView;
  busy: boolean;
  onAddStep(step: StepInput): Promise<boolean>;
  onRemoveStep(step: ServiceStep): void;
  onSetProvider(provider: string | null): Promise<boolean>;
}

export function ServiceRecordCard({ record, busy, onAddStep, onRemoveStep, onSetProvider }: Props) {
  const id = useId();
  const style = useDateStyle();
  const [open, setOpen] = useState<StepKind | null>(null);
  // The provider being edited; null when shown.
  const [provider, setProvider] = useState<string | null>(null);
  const last = record.steps[record.steps.length - 1];
  const offered = STEP_KINDS.filter((k) => possible(record.steps, k));
  return (
    <li className="service-record" aria-labelledby={`${id}-name`}>
      <div className="service-head">
        <h4 id={`${id}-name`}>{record.service}</h4>
        <span className={`service-status status-${record.status ?? 'none'}`}>{record.status ?? '記録なし'}</span>
        {provider === null ? (
          <span className="service-provider">
            提供事業者：{record.provider ?? '未記入'}
            <button
              type="button"
              className="link"
              aria-label={`${record.service}の提供事業者を変更`}
              onClick={() => setProvider(record.provider ?? '')}
            >
              変更
            </button>
          </span>
        ) : (
          <form
            className="service-provider-form"
            aria-label={`${record.service}の提供事業者`}
            onSubmit={(e) => {
              e.preventDefault();
              void onSetProvider(provider.trim() === '' ? null : provider.trim()).then((ok) => ok && setProvider(null));
            }}
          >
            <input
              aria-label="提供事業者"
              value={provider}
              maxLength={200}
              onChange={(e) => setProvider(e.target.value)}
            />
            <button type="submit" disabled={busy}>
              保存
            </button>
            <button type="button" onClick={() => setProvider(null)}>
              やめる
            </button>
          </form>
        )}
      </div>
      <ol className="service-steps" aria-label={`${record.service}の経過`}>
        {record.steps.map((s) => (
          <li key={s.id}>
            <time dateTime={s.date}>{formatDate(s.date, style)}</time>
            <span className="service-step-text">
              {stepSummary(s)}
              <span className="service-origin">
                {s.origin.kind === 'decision' ? `会議#${s.origin.meetingId}の決定` : `手入力（${s.createdBy}）`}
              </span>
            </span>
            {s === last && s.origin.kind === 'manual' && s.applicationId === null && (
              <button type="button" className="small" disabled={busy} onClick={() => onRemoveStep(s)}>
                取り消す
              </button>
            )}
          </li>
        ))}
      </ol>
      {open === null ? (
        offered.length > 0 && (
          <div className="service-actions" role="group" aria-label={`${record.service}の記録`}>
            {offered.map((k) => (
              <button key={k} type="button" disabled={busy} onClick={() => setOpen(k)}>
                {BUTTON_LABELS[k]}
              </button>
            ))}
          </div>
        )
      ) : (
        <ServiceStepForm
          kind={open}
          existing={record.steps}
          busy={busy}
          onCancel={() => setOpen(null)}
          onSubmit={(step) => void onAddStep(step).then((ok) => ok && setOpen(null))}
        />
      )}
    </li>
  );
}
