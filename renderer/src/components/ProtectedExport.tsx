// A button that saves a file holding names (取扱注意): it asks first, in one dialog that says what the file holds,
// offers the optional open password of every export (FilePasswordFields) and says that the export is logged. The
// backend writes and logs the file; the window saves it.
import { Fragment, useState, type ReactNode } from 'react';
import type { ExportedFile } from '../../../shared/contract';
import { useBackendAction } from '../hooks/useBackendAction';
import { errorMessage } from '../lib/errors';
import { downloadBase64 } from '../lib/files';
import { ConfirmDialog } from './ConfirmDialog';
import { FilePasswordFields, useFilePassword } from './FilePasswordFields';

interface Props {
  label: string;
  /** The dialog's question, 「…を保存しますか」. */
  title: string;
  /** What the file holds, shown in the dialog. */
  children: ReactNode;
  disabled?: boolean;
  className?: string;
  exportFile(options: { filePassword?: string }): Promise<ExportedFile>;
}

export function ProtectedExport({ label, title, children, disabled = false, className, exportFile }: Props) {
  const [asking, setAsking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const password = useFilePassword(() => setProblem(null));
  const { busy, run } = useBackendAction();

  const close = () => {
    setAsking(false);
    password.reset();
  };
  const save = () => {
    const wrong = password.problem();
    if (wrong) return setProblem(wrong);
    const options = password.input();
    close();
    void run(() => exportFile(options)).then((outcome) => {
      if (outcome.ok) downloadBase64(outcome.value.fileName, outcome.value.mimeType, outcome.value.dataBase64);
      else setFailure(errorMessage(outcome.error));
    });
  };

  // Without a class the button and its messages sit in the caller's own row, as siblings of its other buttons.
  const Wrapper = className ? 'div' : Fragment;
  return (
    <Wrapper {...(className ? { className } : {})}>
      <button
        type="button"
        aria-busy={busy}
        disabled={disabled}
        onClick={() => {
          setFailure(null);
          setProblem(null);
          setAsking(true);
        }}
      >
        {label}
      </button>
      {failure && (
        <p role="alert" className="error">
          {failure}
        </p>
      )}
      {asking && (
        <ConfirmDialog title={title} confirmLabel="保存する" onConfirm={save} onCancel={close}>
          {children}
          <FilePasswordFields state={password} />
          {problem && (
            <p role="alert" className="error">
              {problem}
            </p>
          )}
          <p>書き出したことは、操作者名とともに操作ログに記録されます。</p>
        </ConfirmDialog>
      )}
    </Wrapper>
  );
}
