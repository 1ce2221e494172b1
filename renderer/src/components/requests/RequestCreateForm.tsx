// 「依頼を作成」: the 回答期限 and the agencies to ask, each with the cases the plan proposes for it (所属,
// 主担当機関, 関係機関, or a question for it). Every agency and case starts chosen; unticking an agency leaves
// it out, and its cases can be opened and unticked one by one (between meetings nothing starts chosen). The sheet asked is the current settings' one.
import { useEffect, useId, useState } from 'react';
import type { PlanAgencyView } from '../../../../shared/contract/requests';
import { useBackendAction } from '../../hooks/useBackendAction';
import { DateField } from '../DateField';

interface Props {
  meetingId: number | null;
  agencies: readonly PlanAgencyView[];
  suggestedDue: string;
  /** Every agency ticked at first (a meeting's request); between meetings the user ticks the few to ask. */
  startChosen: boolean;
}

export function RequestCreateForm({ meetingId, agencies, suggestedDue, startChosen }: Props) {
  const id = useId();
  const [due, setDue] = useState<string | null>(suggestedDue);
  const [dueProblem, setDueProblem] = useState<string | null>(null);
  /** Unticked cases, by agency (so a plan that grows starts with the new cases chosen). */
  const [left, setLeft] = useState<Record<string, string[]>>({});
  const [on, setOn] = useState<Record<string, boolean>>({});
  const [open, setOpen] = useState<Record<string, boolean>>({});
  const [done, setDone] = useState<string | null>(null);
  const { busy, error, run, setError } = useBackendAction();
  useEffect(() => setDue(suggestedDue), [suggestedDue]);

  const isOn = (a: PlanAgencyView) => on[a.agency] ?? startChosen;
  const chosen = (a: PlanAgencyView) =>
    isOn(a) ? a.cases.filter((c) => !(left[a.agency] ?? []).includes(c.caseNo)) : [];
  const setAgency = (a: PlanAgencyView, ticked: boolean) => {
    setOn({ ...on, [a.agency]: ticked });
    setLeft({ ...left, [a.agency]: [] });
  };
  const setCase = (a: PlanAgencyView, caseNo: string, ticked: boolean) => {
    const current = isOn(a) ? (left[a.agency] ?? []) : a.cases.map((c) => c.caseNo);
    setOn({ ...on, [a.agency]: true });
    setLeft({ ...left, [a.agency]: ticked ? current.filter((n) => n !== caseNo) : [...current, caseNo] });
  };
  const picked = agencies.map((a) => ({ agency: a.agency, caseNos: chosen(a).map((c) => c.caseNo) }));
  const sending = picked.filter((a) => a.caseNos.length > 0);

  const create = () => {
    setDone(null);
    if (dueProblem || !due) return setError(dueProblem ?? '回答期限を入力してください。');
    if (sending.length === 0) return setError('依頼する機関を選んでください。');
    void run('requests.create', { meetingId, dueDate: due, agencies: sending }).then((o) => {
      if (!o.ok) return;
      setDone(
        `依頼番号 ${o.value.request.id} を作成しました（${sending.length}機関）。下の一覧からファイルを保存できます。`,
      );
    });
  };

  if (agencies.length === 0)
    return (
      <div className="request-create">
        <h3>依頼を作成</h3>
        <p className="muted">
          依頼できる機関がありません（対象のケースに所属・主担当機関・関係機関が入っていません）。
        </p>
      </div>
    );
  return (
    <div className="request-create">
      <h3>依頼を作成</h3>
      <div className="form-row">
        <div className="question-field">
          <label htmlFor={`${id}-due`}>回答期限</label>
          <DateField id={`${id}-due`} value={due} rule="day" onChange={setDue} onProblem={setDueProblem} required />
        </div>
        <span className="muted">
          {sending.length}機関・{sending.reduce((n, a) => n + a.caseNos.length, 0)}件を依頼します
        </span>
      </div>
      <ul className="request-agencies" aria-label="依頼する機関">
        {agencies.map((a) => {
          const count = chosen(a).length;
          return (
            <li key={a.agency}>
              <div className="request-agency-row">
                <label>
                  <input type="checkbox" checked={count > 0} onChange={(e) => setAgency(a, e.target.checked)} />
                  {a.agency}
                </label>
                <span className="muted">{a.kind ?? '一覧にない機関'}</span>
                <span className="request-count">
                  {count} / {a.cases.length}件
                </span>
                <button
                  type="button"
                  className="link-button"
                  aria-expanded={open[a.agency] ?? false}
                  aria-label={`${a.agency} のケース`}
                  onClick={() => setOpen({ ...open, [a.agency]: !(open[a.agency] ?? false) })}
                >
                  {open[a.agency] ? 'ケースを閉じる' : 'ケースを見る'}
                </button>
              </div>
              {open[a.agency] && (
                <ul className="request-cases">
                  {a.cases.map((c) => (
                    <li key={c.caseNo}>
                      <label>
                        <input
                          type="checkbox"
                          checked={isOn(a) && !(left[a.agency] ?? []).includes(c.caseNo)}
                          onChange={(e) => setCase(a, c.caseNo, e.target.checked)}
                        />
                        {c.label}
                      </label>
                      <span className="muted">{c.reasons.join('・')}</span>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
      <div className="form-buttons">
        <button type="button" className="primary" aria-busy={busy} onClick={create}>
          依頼を作成
        </button>
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {done && (
        <p role="status" className="saved">
          {done}
        </p>
      )}
    </div>
  );
}
