// One step of a 家庭支援事業 record as a small form: its day and the fields of its kind. A 措置 with no earlier
// 利用勧奨 of the service shows the warning at once and asks why; it is not sent until the reason is typed
// (the backend applies the same rule, shared/services/family-service.ts).
import { useId, useState, type FormEvent } from 'react';
import {
  FAMILY_ANSWERS,
  measureWarning,
  RECOMMENDATION_METHODS,
  STEP_LABELS,
  stepProblem,
  type StepInput,
  type StepKind,
} from '../../../../shared/services/family-service';
import { DateField } from '../DateField';
import { useDateStyle } from '../../lib/date-style';
import { todayIso } from '../../lib/today';
import { showDays } from './show-days';

type Method = (typeof RECOMMENDATION_METHODS)[number];
type Answer = (typeof FAMILY_ANSWERS)[number];

interface Props {
  kind: StepKind;
  /** The steps the record has (none for a new record): the 措置 warning reads them. */
  existing: readonly Pick<StepInput, 'kind' | 'date'>[];
  /**
   * Chosen in the form (a service not yet open, or one whose record gets the step): the choices, and the steps
   * of the case's open record of a service, which the 措置 warning then reads instead of `existing`.
   */
  service?: {
    choices: string[];
    initial: string;
    stepsOf(service: string): readonly Pick<StepInput, 'kind' | 'date'>[];
  };
  busy: boolean;
  onSubmit(step: StepInput, newRecord: { service: string; provider: string | null } | null): void;
  onCancel(): void;
}

const blank = (text: string) => (text.trim() === '' ? null : text.trim());

export function ServiceStepForm({ kind, existing, service, busy, onSubmit, onCancel }: Props) {
  const id = useId();
  const style = useDateStyle();
  const [date, setDate] = useState<string | null>(todayIso());
  const [dateProblem, setDateProblem] = useState<string | null>(null);
  const [serviceName, setServiceName] = useState(service?.initial ?? '');
  const [provider, setProvider] = useState('');
  const [method, setMethod] = useState<Method>('口頭');
  const [answer, setAnswer] = useState<Answer>('未回答');
  const [note, setNote] = useState('');
  const [noticeDate, setNoticeDate] = useState<string | null>(null);
  const [noticeNo, setNoticeNo] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [refused, setRefused] = useState(false);

  const steps = service ? service.stepsOf(serviceName) : existing;
  const warning = kind === 'measure' && date !== null ? measureWarning(steps, { kind, date }) : null;

  const step = (day: string): StepInput => {
    switch (kind) {
      case 'recommendation':
        return { kind, date: day, method, answer, note: blank(note) };
      case 'measure':
        return { kind, date: day, noticeDate, noticeNo: blank(noticeNo), noRecommendationReason: blank(reason) };
      case 'end':
        return { kind, date: day, reason: blank(reason) };
      default:
        return { kind, date: day };
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (date === null || dateProblem !== null) return setError('日付を確認してください。');
    // The warning above the reason field turns into the refusal: the same words once, not twice.
    if (warning && blank(reason) === null) return (setError(null), setRefused(true));
    // The rules the backend applies, checked here first so the reason shows in this form.
    const problem = stepProblem(steps, step(date));
    if (problem) return setError(showDays(problem, style));
    setError(null);
    onSubmit(step(date), service ? { service: serviceName, provider: blank(provider) } : null);
  };

  const title = `${STEP_LABELS[kind]}を記録`;
  return (
    <form className="service-step-form" aria-label={title} onSubmit={submit} noValidate>
      <h5>{title}</h5>
      {service && (
        <>
          <label htmlFor={`${id}-service`}>事業</label>
          <select id={`${id}-service`} value={serviceName} onChange={(e) => setServiceName(e.target.value)}>
            {service.choices.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
          <label htmlFor={`${id}-provider`}>提供事業者</label>
          <input id={`${id}-provider`} value={provider} onChange={(e) => setProvider(e.target.value)} maxLength={200} />
        </>
      )}
      <label htmlFor={`${id}-date`}>{kind === 'measure' ? '措置の日' : '日付'}</label>
      <DateField id={`${id}-date`} value={date} rule="day" required onChange={setDate} onProblem={setDateProblem} />
      {kind === 'recommendation' && (
        <>
          <span className="label" id={`${id}-method`}>
            方法
          </span>
          <span role="radiogroup" aria-labelledby={`${id}-method`} className="service-choice">
            {RECOMMENDATION_METHODS.map((m) => (
              <label key={m}>
                <input type="radio" name={`${id}-method`} checked={method === m} onChange={() => setMethod(m)} />
                {m}
              </label>
            ))}
          </span>
          <label htmlFor={`${id}-answer`}>家庭の回答</label>
          <select id={`${id}-answer`} value={answer} onChange={(e) => setAnswer(e.target.value as Answer)}>
            {FAMILY_ANSWERS.map((a) => (
              <option key={a}>{a}</option>
            ))}
          </select>
          <label htmlFor={`${id}-note`}>メモ</label>
          <input id={`${id}-note`} value={note} onChange={(e) => setNote(e.target.value)} maxLength={1000} />
        </>
      )}
      {kind === 'measure' && (
        <>
          <label htmlFor={`${id}-notice-date`}>通知日</label>
          <DateField id={`${id}-notice-date`} value={noticeDate} rule="day" onChange={setNoticeDate} />
          <label htmlFor={`${id}-notice-no`}>通知番号</label>
          <input
            id={`${id}-notice-no`}
            value={noticeNo}
            onChange={(e) => setNoticeNo(e.target.value)}
            maxLength={100}
          />
          {warning && (
            <>
              <p
                id={`${id}-warning`}
                className={refused && blank(reason) === null ? 'error wide' : 'warning wide'}
                role={refused && blank(reason) === null ? 'alert' : 'status'}
              >
                {warning}
              </p>
              <label htmlFor={`${id}-reason`}>措置の理由（利用勧奨なし）</label>
              <textarea
                id={`${id}-reason`}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                rows={2}
                maxLength={1000}
                aria-required="true"
                aria-invalid={refused && blank(reason) === null}
                aria-describedby={`${id}-warning`}
              />
            </>
          )}
        </>
      )}
      {kind === 'end' && (
        <>
          <label htmlFor={`${id}-reason`}>終了の理由</label>
          <input id={`${id}-reason`} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} />
        </>
      )}
      {error && (
        <p role="alert" className="error wide">
          {error}
        </p>
      )}
      <div className="service-form-actions wide">
        <button type="submit" className="primary" disabled={busy}>
          記録する
        </button>
        <button type="button" onClick={onCancel}>
          やめる
        </button>
      </div>
    </form>
  );
}
