// The 聞き取り about one worry: 状態 未／済, 誰が, いつ, 聞き取った内容, saved with its button (not as typed: a
// half-written 聞き取り must not mark the worry 済). The backend refuses 済 without 誰が and いつ.
import { useId, useState } from 'react';
import type { WorryHearing } from '../../../../shared/assessment/merge';
import { HEARING_STATUSES, type HearingStatus } from '../../../../shared/assessment/types';
import { DateField } from '../DateField';
import { useBackendAction } from '../../hooks/useBackendAction';

interface Props {
  caseNo: string;
  worry: WorryHearing;
  /** Masked: the fields show scrubbed text, so they are read-only until names are shown. */
  masked: boolean;
}

export function HearingForm({ caseNo, worry, masked }: Props) {
  const id = useId();
  const action = useBackendAction();
  const [status, setStatus] = useState<HearingStatus>(worry.status);
  const [by, setBy] = useState(worry.by ?? '');
  const [on, setOn] = useState<string | null>(worry.on);
  const [heard, setHeard] = useState(worry.heard ?? '');
  const [dateProblem, setDateProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const save = async () => {
    setSaved(false);
    if (dateProblem) return action.setError(dateProblem);
    const outcome = await action.run('casesheets.setHearing', {
      requestId: worry.requestId,
      caseNo,
      agency: worry.agency,
      itemId: worry.itemId,
      status,
      by: by.trim() || null,
      on,
      heard: heard.trim() || null,
    });
    if (outcome.ok) setSaved(true);
  };
  return (
    <fieldset className={worry.status === '済' ? 'hearing heard' : 'hearing'} disabled={masked || action.busy}>
      <legend>
        {worry.status === '済' ? '✓' : '⚑'} {worry.agency}：{worry.label}（{worry.group}）
        <span className="hearing-status">聞き取り{worry.status}</span>
      </legend>
      <div className="form-row">
        <span className="hearing-state" role="radiogroup" aria-label="状態">
          状態
          {HEARING_STATUSES.map((s) => (
            <label key={s} className="check">
              <input type="radio" name={`${id}-status`} checked={status === s} onChange={() => setStatus(s)} />
              {s}
            </label>
          ))}
        </span>
        <span className="field-inline">
          <label htmlFor={`${id}-by`}>誰が</label>
          <input id={`${id}-by`} value={by} maxLength={100} onChange={(e) => setBy(e.target.value)} />
        </span>
        <span className="field-inline">
          <label htmlFor={`${id}-on`}>いつ</label>
          <DateField id={`${id}-on`} rule="day" value={on} onChange={setOn} onProblem={setDateProblem} />
        </span>
      </div>
      <label htmlFor={`${id}-heard`}>聞き取った内容</label>
      <textarea id={`${id}-heard`} rows={2} value={heard} maxLength={4000} onChange={(e) => setHeard(e.target.value)} />
      <div className="form-row">
        <button type="button" className="primary" onClick={() => void save()}>
          聞き取りを保存
        </button>
        {saved && !action.error && <span role="status">保存しました</span>}
        {action.error && (
          <span role="alert" className="error">
            {action.error}
          </span>
        )}
      </div>
    </fieldset>
  );
}
