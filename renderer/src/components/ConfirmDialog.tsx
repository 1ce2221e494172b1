// Asks before something leaves the app that should not leave lightly (the whole ledger, a paper with names).
// Escape or 「やめる」 cancels; only the explicit button goes ahead. The backend logs what then happens.
import { useId, type ReactNode } from 'react';
import { useModalDialog } from '../hooks/useModalDialog';

interface Props {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm(): void;
  onCancel(): void;
}

export function ConfirmDialog({ title, children, confirmLabel, onConfirm, onCancel }: Props) {
  const id = useId();
  const dialog = useModalDialog();

  return (
    <dialog
      ref={dialog}
      className="reason-dialog confirm-dialog"
      aria-labelledby={`${id}-h`}
      aria-describedby={`${id}-d`}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id={`${id}-h`}>{title}</h2>
      <div id={`${id}-d`}>{children}</div>
      <div className="form-buttons">
        <button type="button" className="primary" onClick={onConfirm}>{confirmLabel}</button>
        {/* The safe choice has the focus, so Enter on reflex does not send the file out. */}
        <button type="button" autoFocus onClick={onCancel}>やめる</button>
      </div>
    </dialog>
  );
}
