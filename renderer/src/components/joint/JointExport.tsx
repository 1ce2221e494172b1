// 「名簿をExcelで保存」: the list as a workbook (取扱注意: it holds names), with the optional open password of every
// export (FilePasswordFields). The backend writes and logs the file; the window saves it.
import { useState } from 'react';
import { useBackendAction } from '../../hooks/useBackendAction';
import { errorMessage } from '../../lib/errors';
import { downloadBase64 } from '../../lib/files';
import { ConfirmDialog } from '../ConfirmDialog';
import { FilePasswordFields, useFilePassword } from '../FilePasswordFields';

export function JointExport({ disabled }: { disabled: boolean }) {
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
    const input = password.input();
    close();
    void run('joint.export', input).then((outcome) => {
      if (outcome.ok) downloadBase64(outcome.value.fileName, outcome.value.mimeType, outcome.value.dataBase64);
      else setFailure(errorMessage(outcome.error));
    });
  };

  return (
    <>
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
        名簿をExcelで保存
      </button>
      {failure && (
        <p role="alert" className="error">
          {failure}
        </p>
      )}
      {asking && (
        <ConfirmDialog title="名簿をExcelで保存しますか" confirmLabel="保存する" onConfirm={save} onCancel={close}>
          <p>名簿の全件を、氏名入りで書き出します。取扱注意のファイルです。</p>
          <FilePasswordFields state={password} />
          {problem && (
            <p role="alert" className="error">
              {problem}
            </p>
          )}
          <p>書き出したことは、操作者名とともに操作ログに記録されます。</p>
        </ConfirmDialog>
      )}
    </>
  );
}
