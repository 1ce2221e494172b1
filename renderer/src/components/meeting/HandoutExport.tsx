// 配布資料: the handout, masked or not, with numbered copies, as a DOCX the window saves or as a print view
// (印刷・PDF) whose system print dialog also saves a PDF. The backend builds both from the same data.
import { useId, useState } from 'react';
import type { HandoutModel } from '../../../../shared/meeting/handout';
import { useApi } from '../../api-context';
import { usePrintableExport } from '../../hooks/usePrintableExport';
import { downloadBase64 } from '../../lib/files';
import { HandoutPrint } from '../../screens/HandoutPrint';
import { UnmaskedConfirm } from '../security/UnmaskedConfirm';
import { FilePasswordFields, useFilePassword } from '../FilePasswordFields';

export function HandoutExport({ meetingId }: { meetingId: number }) {
  const api = useApi();
  const id = useId();
  const [masked, setMasked] = useState(true);
  const [copies, setCopies] = useState('10');
  const {
    busy,
    error,
    setError,
    run: runExport,
    preview,
    setPreview,
    closePreview,
    printOpener,
    guarded,
    question,
  } = usePrintableExport<HandoutModel>();

  const run = <T,>(call: (copies: number) => Promise<T>, done: (value: T) => void) => {
    if (busy) return;
    const n = Number(copies);
    if (!Number.isInteger(n) || n < 1 || n > 100) return setError('部数は1〜100で入力してください。');
    runExport(() => call(n), done);
  };
  const password = useFilePassword(() => setError(null));
  const exportDocx = () => {
    const wrong = password.problem();
    if (wrong) return setError(wrong);
    run(
      (n) => api.call('handout.export', { meetingId, masked, copies: n, ...password.input() }),
      (file) => downloadBase64(file.fileName, file.mimeType, file.dataBase64),
    );
  };
  const openPrint = () => run((n) => api.call('handout.model', { meetingId, masked, copies: n }), setPreview);

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
          <input
            id={`${id}-copies`}
            type="number"
            min={1}
            max={100}
            value={copies}
            onChange={(e) => setCopies(e.target.value)}
          />
        </div>
        <button type="button" className="primary" aria-busy={busy} onClick={guarded(masked, exportDocx)}>
          配布資料を書き出す（Word）
        </button>
        <button ref={printOpener} type="button" aria-busy={busy} onClick={guarded(masked, openPrint)}>
          印刷・PDF
        </button>
      </div>
      <FilePasswordFields state={password} label="Word にパスワードを付けて保存" />
      <p className="hint">
        各ページに「取扱注意・会議終了後回収」と配布番号が入ります。マスクすると氏名の代わりに登録番号とふりがなのイニシャル（ふりがながなければ登録番号のみ）を載せます。「印刷・PDF」では印刷画面から
        PDF にも保存できます。
      </p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {question && <UnmaskedConfirm what="配布資料" {...question} />}
      {preview && <HandoutPrint model={preview} onClose={closePreview} />}
    </section>
  );
}
