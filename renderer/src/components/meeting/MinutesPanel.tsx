// 議事録: after the meeting, the minutes as Word (DOCX), Excel (決定一覧 + one sheet per agency) or a print view
// that also saves a PDF; 氏名を隠す is on unless the user takes it off. Every file made is logged by the backend
// and listed here (what, when, masked or not, by whom).
import { useId, useState } from 'react';
import type { MinutesExportRecord, MinutesFormat, MinutesModel } from '../../../../shared/meeting/minutes';
import { useApi } from '../../api-context';
import { usePrintableExport } from '../../hooks/usePrintableExport';
import { useBackendQuery } from '../../hooks/useBackendQuery';
import { downloadBase64 } from '../../lib/files';
import { formatTimestamp } from '../../lib/today';
import { MinutesPrint } from '../../screens/MinutesPrint';
import { UnmaskedConfirm } from '../security/UnmaskedConfirm';
import { FilePasswordFields, useFilePassword } from '../FilePasswordFields';

const NO_EXPORTS: MinutesExportRecord[] = [];
const FORMAT_LABELS: Readonly<Record<MinutesFormat, string>> = { docx: 'Word', xlsx: 'Excel', pdf: 'PDF' };

export function MinutesPanel({ meetingId }: { meetingId: number }) {
  const api = useApi();
  const id = useId();
  const [masked, setMasked] = useState(true);
  const {
    busy,
    error: exportError,
    setError,
    run,
    preview,
    setPreview,
    closePreview,
    printOpener,
    guarded,
    question,
  } = usePrintableExport<MinutesModel>();
  const exports = useBackendQuery('minutes.exports', { meetingId });
  const log = exports.data?.exports ?? NO_EXPORTS;
  const error = exportError ?? exports.error;
  const password = useFilePassword(() => setError(null));
  const exportFile = (format: MinutesFormat) => {
    // The password is for Word and Excel; a PDF cannot carry one and is made without it.
    const locked = format === 'pdf' ? {} : password.input();
    const wrong = format === 'pdf' ? null : password.problem();
    if (wrong) return setError(wrong);
    run(
      () => api.call('minutes.export', { meetingId, format, masked, ...locked }),
      (file) => {
        downloadBase64(file.fileName, file.mimeType, file.dataBase64);
        exports.reload();
      },
    );
  };
  // Opened after the question about names, so the print view's own PDF button does not ask again.
  const openPrint = () => run(() => api.call('minutes.model', { meetingId, masked }), setPreview);

  return (
    <section className="handout minutes" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>議事録</h2>
      <div className="form-row">
        <label className="check">
          <input type="checkbox" checked={masked} onChange={(e) => setMasked(e.target.checked)} />
          氏名を隠す
        </label>
        <button type="button" className="primary" aria-busy={busy} onClick={guarded(masked, () => exportFile('docx'))}>
          議事録（Word）
        </button>
        <button type="button" aria-busy={busy} onClick={guarded(masked, () => exportFile('xlsx'))}>
          決定一覧・機関別（Excel）
        </button>
        <button ref={printOpener} type="button" aria-busy={busy} onClick={guarded(masked, openPrint)}>
          印刷・PDF
        </button>
      </div>
      <FilePasswordFields state={password} label="Word・Excel にパスワードを付けて保存" />
      <p className="hint">
        各ページに「取扱注意」が入ります。氏名を隠すと、氏名の代わりに登録番号とふりがなのイニシャル（ふりがながなければ登録番号のみ）を載せ、記述の中の氏名も伏せます。Excel
        には機関ごとのシートが付きます。
      </p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <h3>書き出しの記録</h3>
      {log.length === 0 ? (
        <p className="hint">まだ書き出していません。</p>
      ) : (
        <table className="minutes-log">
          <thead>
            <tr>
              <th scope="col">日時</th>
              <th scope="col">形式</th>
              <th scope="col">氏名</th>
              <th scope="col">ファイル</th>
              <th scope="col">操作者</th>
            </tr>
          </thead>
          <tbody>
            {log.map((e) => (
              <tr key={e.id}>
                <td>
                  <time dateTime={e.exportedAt}>{formatTimestamp(e.exportedAt)}</time>
                </td>
                <td>
                  {FORMAT_LABELS[e.format]}
                  {e.draft ? '（案）' : ''}
                </td>
                <td>{e.masked ? '隠した' : '載せた'}</td>
                <td>{e.fileName}</td>
                <td>{e.operatorName}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {question && <UnmaskedConfirm what="議事録" {...question} />}
      {preview && (
        <MinutesPrint
          model={preview}
          busy={busy}
          error={error}
          onClose={closePreview}
          onSavePdf={() => exportFile('pdf')}
        />
      )}
    </section>
  );
}
