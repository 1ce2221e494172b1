// The app's one confirmation dialog: before something leaves the app that should not leave lightly (the
// whole ledger, a paper with names) and before the console does something irreversible (ending the meeting,
// unmasking every case). A native modal <dialog>: focus is trapped and the page behind is inert. The safe
// button has the focus first and Escape is the safe choice too, so Enter or a stray key never goes ahead;
// only the explicit button does. The backend logs what then happens.
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useModalDialog } from '../hooks/useModalDialog';

interface Props {
  title: string;
  /** The body: a sentence, or the list of what will happen. */
  children: ReactNode;
  confirmLabel: string;
  /** The safe button: 「やめる」 unless the caller's screen says 「戻る」 elsewhere. */
  cancelLabel?: string;
  /**
   * For what cannot be undone during a meeting: the safe button comes first and the confirm button is red
   * (the console's danger style), as on the console's own 「会議を終了」 button.
   */
  danger?: boolean;
  onConfirm(): void;
  onCancel(): void;
}

export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  cancelLabel = 'やめる',
  danger = false,
  onConfirm,
  onCancel,
}: Props) {
  const id = useId();
  const dialog = useModalDialog();
  const cancel = useRef<HTMLButtonElement>(null);
  // The safe choice has the focus (after showModal, which would focus the first button), so Enter on
  // reflex does not send the file out.
  useEffect(() => cancel.current?.focus(), []);

  const confirmButton = (
    <button type="button" className={danger ? 'console-danger' : 'primary'} onClick={onConfirm}>
      {confirmLabel}
    </button>
  );
  const cancelButton = (
    <button ref={cancel} type="button" onClick={onCancel}>
      {cancelLabel}
    </button>
  );
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
        {danger ? (
          <>
            {cancelButton}
            {confirmButton}
          </>
        ) : (
          <>
            {confirmButton}
            {cancelButton}
          </>
        )}
      </div>
    </dialog>
  );
}
