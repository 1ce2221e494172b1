// 「督促一覧（Word）」: the agencies that have not (fully) answered with their cases by 登録番号 and 氏名, for the
// secretariat to phone or mail — a file with names, so it is asked for first, with the optional open password
// of every export. The backend writes and logs the file; the window saves it.
import { useState } from 'react';
import { useBackendAction } from '../../hooks/useBackendAction';
import { errorMessage } from '../../lib/errors';
import { downloadBase64 } from '../../lib/files';
import { ConfirmDialog } from '../ConfirmDialog';
import { FilePasswordFields, useFilePassword } from '../FilePasswordFields';

export function ReturnsReminder({ requestId, disabled }: { requestId: number; disabled: boolean }) {
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
    const input = { requestId, ...password.input() };
    close();
    void run('returns.reminder', input).then((outcome) => {
      if (outcome.ok) downloadBase64(outcome.value.fileName, outcome.value.mimeType, outcome.value.dataBase64);
      else setFailure(errorMessage(outcome.error));
    });
  };

  return (
    <div className="returns-reminder">
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
        督促一覧（Word）
      </button>
      {failure && (
        <p role="alert" className="error">
          {failure}
        </p>
      )}
      {asking && (
        <ConfirmDialog title="督促一覧を保存しますか" confirmLabel="保存する" onConfirm={save} onCancel={close}>
          <p>回答がない機関ごとに、回答がないケースの登録番号と氏名を書き出します。取扱注意のファイルです。</p>
          <FilePasswordFields state={password} />
          {problem && (
            <p role="alert" className="error">
              {problem}
            </p>
          )}
          <p>書き出したことは、操作者名とともに操作ログに記録されます。</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
