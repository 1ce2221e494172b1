// Asks before something leaves the app that should not leave lightly (the whole ledger, a paper with names).
// Escape or 「やめる」 cancels; only the explicit button goes ahead. The backend logs what then happens.
import { useEffect, useId, useRef, type ReactNode } from 'react';
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
  const cancel = useRef<HTMLButtonElement>(null);
  // The safe choice has the focus (after showModal, which would focus the first button), so Enter on
  // reflex does not send the file out.
  useEffect(() => cancel.current?.focus(), []);

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
        <button ref={cancel} type="button" onClick={onCancel}>やめる</button>
      </div>
    </dialog>
  );
}
