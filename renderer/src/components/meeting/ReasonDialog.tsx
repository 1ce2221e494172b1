// A move against the triage rules is recorded with who did it; this asks for an optional reason first.
import { useId, useState } from 'react';
import { useModalDialog } from '../../hooks/useModalDialog';

interface Props {
  /** What is being overridden, e.g. 「R7-0001 を 確認 → 協議 に移動します（規則では 確認）」. */
  description: string;
  onRecord(reason: string | null): void;
  onCancel(): void;
}

export function ReasonDialog({ description, onRecord, onCancel }: Props) {
  const id = useId();
  const dialog = useModalDialog();
  const [reason, setReason] = useState('');

  return (
    <dialog
      ref={dialog}
      className="reason-dialog"
      aria-labelledby={`${id}-h`}
      // Escape closes a modal <dialog>: that is a cancel of the move, not a silent record.
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          onRecord(reason.trim() || null);
        }}
      >
        <h2 id={`${id}-h`}>規則と異なる振り分け</h2>
        <p>{description}</p>
        <label htmlFor={`${id}-reason`}>理由（任意）</label>
        <textarea id={`${id}-reason`} rows={3} autoFocus value={reason} onChange={(e) => setReason(e.target.value)} />
        <div className="form-buttons">
          <button type="submit" className="primary">記録する</button>
          <button type="button" onClick={onCancel}>移動をやめる</button>
        </div>
      </form>
    </dialog>
  );
}
