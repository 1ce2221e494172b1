// 「説明してほしいこと」: what the secretariat wants an agency to explain or comment on at the meeting, per
// agency and case. Added here, listed by agency with edit and delete; the list prints per agency in the 依頼文
// and goes into that agency's workbook. Any agency may be chosen (the plan's and the managed list's): a
// question makes its agency asked about the case even when the case is not its own (request-plan.ts).
import { useId, useState } from 'react';
import type { Question } from '../../../../shared/assessment/types';
import type { PlanAgencyView } from '../../../../shared/contract/requests';
import { useBackendAction } from '../../hooks/useBackendAction';
import { ConfirmDialog } from '../ConfirmDialog';

interface Props {
  meetingId: number;
  questions: readonly Question[];
  /** The plan's agencies (with their cases), then the managed list's names not in it. */
  agencies: readonly PlanAgencyView[];
  agencyNames: readonly string[];
  /** Every case the meeting could ask about, masked. */
  cases: readonly { caseNo: string; label: string }[];
}

interface Draft {
  id?: number;
  agency: string;
  caseNo: string;
  text: string;
}

const EMPTY: Draft = { agency: '', caseNo: '', text: '' };

export function QuestionEditor({ meetingId, questions, agencies, agencyNames, cases }: Props) {
  const id = useId();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [deleting, setDeleting] = useState<Question | null>(null);
  const { busy, error, run, setError } = useBackendAction();
  const names = [...new Set([...agencies.map((a) => a.agency), ...agencyNames])];
  const labelOf = new Map(cases.map((c) => [c.caseNo, c.label]));
  const byAgency = new Map<string, Question[]>();
  for (const q of questions) byAgency.set(q.agency, [...(byAgency.get(q.agency) ?? []), q]);

  const save = () => {
    if (!draft.agency) return setError('機関を選んでください。');
    if (!draft.caseNo) return setError('ケースを選んでください。');
    if (!draft.text.trim()) return setError('説明してほしいことを入力してください。');
    void run('requests.saveQuestion', { meetingId, ...draft }).then((o) => o.ok && setDraft(EMPTY));
  };

  return (
    <div className="question-editor">
      <h3>説明してほしいこと</h3>
      <p className="hint">
        会議で機関に説明・意見を求めたいことを、機関とケースごとに書いておきます。依頼文とシートに載ります。
      </p>
      <div className="form-row">
        <div className="question-field">
          <label htmlFor={`${id}-agency`}>機関</label>
          <select
            id={`${id}-agency`}
            value={draft.agency}
            onChange={(e) => setDraft({ ...draft, agency: e.target.value })}
          >
            <option value="">選んでください</option>
            {names.map((n) => (
              <option key={n}>{n}</option>
            ))}
          </select>
        </div>
        <div className="question-field">
          <label htmlFor={`${id}-case`}>ケース</label>
          <select
            id={`${id}-case`}
            value={draft.caseNo}
            onChange={(e) => setDraft({ ...draft, caseNo: e.target.value })}
          >
            <option value="">選んでください</option>
            {cases.map((c) => (
              <option key={c.caseNo} value={c.caseNo}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        <div className="question-field question-text">
          <label htmlFor={`${id}-text`}>説明してほしいこと</label>
          <textarea
            id={`${id}-text`}
            rows={2}
            maxLength={2000}
            value={draft.text}
            onChange={(e) => setDraft({ ...draft, text: e.target.value })}
          />
        </div>
        <div className="form-buttons">
          <button type="button" className="primary" aria-busy={busy} onClick={save}>
            {draft.id ? '修正を保存' : '追加'}
          </button>
          {draft.id && (
            <button type="button" onClick={() => setDraft(EMPTY)}>
              修正をやめる
            </button>
          )}
        </div>
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {questions.length === 0 ? (
        <p className="muted">まだありません。</p>
      ) : (
        <ul className="question-groups" aria-label="説明してほしいことの一覧">
          {[...byAgency.entries()].map(([agency, list]) => (
            <li key={agency}>
              <h4>{agency}</h4>
              <ul className="question-list">
                {list.map((q) => (
                  <li key={q.id}>
                    <span className="question-case">{labelOf.get(q.caseNo) ?? q.caseNo}</span>
                    <span className="question-body">{q.text}</span>
                    <button
                      type="button"
                      aria-label={`${q.caseNo} の説明してほしいことを修正`}
                      onClick={() => setDraft({ id: q.id, agency: q.agency, caseNo: q.caseNo, text: q.text })}
                    >
                      修正
                    </button>
                    <button
                      type="button"
                      aria-label={`${q.caseNo} の説明してほしいことを削除`}
                      onClick={() => setDeleting(q)}
                    >
                      削除
                    </button>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      {deleting && (
        <ConfirmDialog
          title="説明してほしいことを削除しますか"
          confirmLabel="削除する"
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            const target = deleting;
            setDeleting(null);
            void run('requests.deleteQuestion', { id: target.id }).then(
              (o) => o.ok && draft.id === target.id && setDraft(EMPTY),
            );
          }}
        >
          <p>
            {deleting.agency}・{labelOf.get(deleting.caseNo) ?? deleting.caseNo}：{deleting.text}
          </p>
          <p>作成済みの依頼のファイルからも、次に保存するときには消えます。</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
