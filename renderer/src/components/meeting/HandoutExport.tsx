// 配布資料: the DOCX handout, masked or not, with numbered copies; the backend builds it, the window saves it.
import { useId, useState } from 'react';
import { useApi } from '../../api-context';
import { errorMessage } from '../../lib/errors';
import { downloadBase64 } from '../../lib/files';

export function HandoutExport({ meetingId }: { meetingId: number }) {
  const api = useApi();
  const id = useId();
  const [masked, setMasked] = useState(true);
  const [copies, setCopies] = useState('10');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const exportDocx = () => {
    const n = Number(copies);
    if (!Number.isInteger(n) || n < 1 || n > 100) return setError('部数は1〜100で入力してください。');
    setBusy(true);
    setError(null);
    api.call('handout.export', { meetingId, masked, copies: n }).then(
      (file) => {
        setBusy(false);
        downloadBase64(file.fileName, file.mimeType, file.dataBase64);
      },
      (e: unknown) => {
        setBusy(false);
        setError(errorMessage(e));
      },
    );
  };

  return (
    <section className="handout" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>配布資料</h2>
      <div className="form-row">
        <label className="check">
          <input type="checkbox" checked={masked} onChange={(e) => setMasked(e.target.checked)} />
          マスクする
        </label>
        <div className="field-inline">
          <label htmlFor={`${id}-copies`}>部数</label>
          <input id={`${id}-copies`} type="number" min={1} max={100} value={copies} onChange={(e) => setCopies(e.target.value)} />
        </div>
        <button type="button" className="primary" aria-busy={busy} onClick={() => !busy && exportDocx()}>配布資料を書き出す（Word）</button>
      </div>
      <p className="hint">各ページに「取扱注意・会議終了後回収」と配布番号が入ります。マスクすると氏名の代わりに登録番号とイニシャルを載せます。</p>
      {error && <p role="alert" className="error">{error}</p>}
    </section>
  );
}
