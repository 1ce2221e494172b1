// The same change to several 確認 cases' 事務局案 at once; empty fields are left as each case has them.
// A bar that appears with the selection and stays at the bottom of the window while cards are selected, so
// the fields are next to the cards being ticked, not below every 協議 card. Tab from the board's last column
// reaches its first field; when the selection is cleared from it, focus goes back to the 確認 column.
import { useId, useState, type FormEvent } from 'react';
import type { DraftDecision } from '../../../../shared/meeting/types';
import { useDateProblems } from '../../hooks/useDateProblems';
import { focusColumn } from '../../hooks/useBoardFocus';
import { DateField } from '../DateField';

interface Props {
  count: number;
  busy: boolean;
  onApply(changes: Partial<DraftDecision>): Promise<boolean>;
  onClearSelection(): void;
}

export function BulkDraft(props: Props) {
  if (props.count === 0) return null;
  return <SelectionBar {...props} />;
}

function SelectionBar({ count, busy, onApply, onClearSelection }: Props) {
  const id = useId();
  const [policy, setPolicy] = useState('');
  const [nextReview, setNextReview] = useState<string | null>(null);
  const dates = useDateProblems();
  const [leadAgency, setLeadAgency] = useState('');
  const [message, setMessage] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const changes: Partial<DraftDecision> = {};
    if (policy.trim()) changes.policy = policy.trim();
    if (dates.invalid) return setMessage('次回確認を正しく入力してください（例: R7.12、2025/12/1）。');
    if (nextReview !== null) changes.nextReview = nextReview;
    if (leadAgency.trim()) changes.leadAgency = leadAgency.trim();
    if (Object.keys(changes).length === 0) return setMessage('変更する項目を入力してください。');
    void onApply(changes).then((ok) => setMessage(ok ? `${count}件の事務局案を変更しました。` : null));
  };
  const clear = () => {
    onClearSelection();
    // The bar goes away with the selection, and the focus with it: back to the cards.
    requestAnimationFrame(() => focusColumn('quick'));
  };

  return (
    <form className="bulk-draft selection-bar" aria-labelledby={`${id}-h`} onSubmit={submit}>
      <div className="selection-bar-head">
        <h3 id={`${id}-h`}>事務局案の一括変更</h3>
        <strong className="selection-count">{count}件選択中</strong>
        {message && (
          <p role="status" className="selection-message">
            {message}
          </p>
        )}
      </div>
      <div className="form-row">
        <div className="field-inline">
          <label htmlFor={`${id}-policy`}>一括：方針</label>
          <input id={`${id}-policy`} value={policy} onChange={(e) => setPolicy(e.target.value)} />
        </div>
        <div className="field-inline">
          <label htmlFor={`${id}-next`}>一括：次回確認</label>
          <DateField
            id={`${id}-next`}
            rule="dayOrMonth"
            value={nextReview}
            onChange={setNextReview}
            onProblem={(m) => dates.report('nextReview', m)}
          />
        </div>
        <div className="field-inline">
          <label htmlFor={`${id}-lead`}>一括：主担当機関</label>
          <input id={`${id}-lead`} value={leadAgency} onChange={(e) => setLeadAgency(e.target.value)} />
        </div>
        <button type="submit" className="primary" disabled={busy}>
          選択したケースの事務局案を一括変更
        </button>
        <button type="button" onClick={clear}>
          選択を解除
        </button>
      </div>
    </form>
  );
}
