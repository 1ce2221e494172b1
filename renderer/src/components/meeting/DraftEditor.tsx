// 事務局案 of one 確認 case: 方針, 次回確認, 主担当機関, 備考 → agenda.updateItem. It opens with the focus in
// 方針 and, once saved, hands the focus back to its card (onSaved), as Esc does (AgendaCard).
import { useId, useState, type FormEvent } from 'react';
import type { DraftDecision } from '../../../../shared/meeting/types';
import { textOrNull } from '../../lib/lists';
import { useDateProblems } from '../../hooks/useDateProblems';
import { DateField } from '../DateField';

interface Props {
  caseNo: string;
  draft: DraftDecision | null;
  agencyNames: readonly string[];
  onSave(draft: DraftDecision): Promise<boolean>;
  /** Saved: the card closes the editor and takes the focus back. */
  onSaved?(): void;
}

export function DraftEditor({ caseNo, draft, agencyNames, onSave, onSaved }: Props) {
  const id = useId();
  const [policy, setPolicy] = useState(draft?.policy ?? '現方針継続');
  const [nextReview, setNextReview] = useState<string | null>(draft?.nextReview ?? null);
  const dates = useDateProblems();
  const [leadAgency, setLeadAgency] = useState(draft?.leadAgency ?? '');
  const [note, setNote] = useState(draft?.note ?? '');
  const [status, setStatus] = useState<string | null>(null);

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (!policy.trim()) return setStatus('方針を入力してください。');
    if (dates.invalid || nextReview === null)
      return setStatus('次回確認を正しく入力してください（例: R7.12、2025/12/1）。');
    setStatus(null);
    void onSave({ policy: policy.trim(), nextReview, leadAgency: textOrNull(leadAgency), note: textOrNull(note) }).then(
      (ok) => {
        setStatus(ok ? '保存しました。' : null);
        if (ok) onSaved?.();
      },
    );
  };

  return (
    <form className="draft-editor" aria-label={`${caseNo} の事務局案`} onSubmit={save}>
      <label htmlFor={`${id}-policy`}>方針</label>
      <textarea id={`${id}-policy`} rows={2} autoFocus value={policy} onChange={(e) => setPolicy(e.target.value)} />
      <label htmlFor={`${id}-next`}>次回確認</label>
      <DateField
        id={`${id}-next`}
        rule="dayOrMonth"
        required
        value={nextReview}
        onChange={setNextReview}
        onProblem={(m) => dates.report('nextReview', m)}
      />
      <label htmlFor={`${id}-lead`}>主担当機関</label>
      <input
        id={`${id}-lead`}
        list={`${id}-agencies`}
        value={leadAgency}
        onChange={(e) => setLeadAgency(e.target.value)}
      />
      <datalist id={`${id}-agencies`}>
        {agencyNames.map((n) => (
          <option key={n} value={n} />
        ))}
      </datalist>
      <label htmlFor={`${id}-note`}>備考</label>
      <textarea id={`${id}-note`} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      <div className="form-buttons">
        <button type="submit" className="primary">
          事務局案を保存
        </button>
        {status && <span role="status">{status}</span>}
      </div>
    </form>
  );
}
