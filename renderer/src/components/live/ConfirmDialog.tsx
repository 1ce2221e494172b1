// The console's confirmation dialogs (ending the meeting, unmasking every case): a modal whose safe button
// (戻る) has the focus first, so Enter or a stray key never does the irreversible thing; Escape cancels.
import { useEffect, useRef, type ReactNode } from 'react';

interface Props {
  id: string;
  title: string;
  confirmLabel: string;
  onCancel(): void;
  onConfirm(): void;
  children: ReactNode;
}

export function ConfirmDialog({ id, title, confirmLabel, onCancel, onConfirm, children }: Props) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <div className="modal-backdrop">
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        className="modal"
        onKeyDown={(e) => {
          if (e.key === 'Escape') onCancel();
        }}
      >
        <h2 id={`${id}-title`}>{title}</h2>
        {children}
        <div className="button-row">
          <button type="button" ref={first} onClick={onCancel}>戻る</button>
          <button type="button" className="console-danger" onClick={onConfirm}>{confirmLabel}</button>
        </div>
      </div>
    </div>
  );
}
