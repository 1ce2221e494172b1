// A reason asked before something is recorded with who did it: a move against the triage rules (reason
// optional) or reopening an ended meeting (reason required). One modal dialog for both.
import { useId, useState, type ReactNode } from 'react';
import { useModalDialog } from '../../hooks/useModalDialog';

interface Props {
  /** What is being done, e.g. 「R7-0001 を 確認 → 協議 に移動します（規則では 確認）」. */
  description: ReactNode;
  onRecord(reason: string | null): void;
  onCancel(): void;
  title?: string;
  /** Required: an empty reason is refused in the dialog (the backend refuses it too). */
  required?: boolean;
  submitLabel?: string;
  cancelLabel?: string;
  busy?: boolean;
  /** A refusal to show in the dialog (e.g. the backend's message). */
  error?: string | null;
}

export function ReasonDialog({
  description,
  onRecord,
  onCancel,
  title = '規則と異なる振り分け',
  required = false,
  submitLabel = '記録する',
  cancelLabel = '移動をやめる',
  busy = false,
  error = null,
}: Props) {
  const id = useId();
  const dialog = useModalDialog();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);

  const problem = missing ? '理由を入力してください。' : error;
  return (
    <dialog
      ref={dialog}
      className="reason-dialog"
      aria-labelledby={`${id}-h`}
      // Escape closes a modal <dialog>: that is a cancel, not a silent record.
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          const text = reason.trim();
          setMissing(required && text === '');
          if (required && text === '') return;
          onRecord(text || null);
        }}
      >
        <h2 id={`${id}-h`}>{title}</h2>
        <p>{description}</p>
        <label htmlFor={`${id}-reason`}>{required ? '理由（必須）' : '理由（任意）'}</label>
        <textarea
          id={`${id}-reason`}
          rows={3}
          autoFocus
          aria-required={required}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
        {problem && (
          <p role="alert" className="error">
            {problem}
          </p>
        )}
        <div className="form-buttons">
          <button type="submit" className="primary" disabled={busy}>
            {submitLabel}
          </button>
          <button type="button" onClick={onCancel}>
            {cancelLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
