// An agency's imports for one request, oldest first: each case's answer with the file it came in, when and by
// whom, whether a corrected re-send has replaced it, and what each re-send changed.
import { useId } from 'react';
import { useBackendQuery } from '../../hooks/useBackendQuery';
import { useModalDialog } from '../../hooks/useModalDialog';
import { formatTimestamp } from '../../lib/today';

interface Props {
  requestId: number;
  agency: string;
  onClose(): void;
}

export function ReturnsHistory({ requestId, agency, onClose }: Props) {
  const id = useId();
  const dialog = useModalDialog();
  const query = useBackendQuery('returns.history', { requestId, agency });
  const entries = query.data?.entries ?? [];
  return (
    <dialog
      ref={dialog}
      className="reason-dialog returns-history"
      aria-labelledby={`${id}-h`}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={`${id}-h`}>
        {agency}の回答の履歴（依頼番号{requestId}）
      </h2>
      {query.error && (
        <p role="alert" className="error">
          {query.error}
        </p>
      )}
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">ケース</th>
              <th scope="col">ファイル</th>
              <th scope="col">取り込み</th>
              <th scope="col">状態</th>
              <th scope="col">変わった項目</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e, i) => (
              <tr key={i}>
                <th scope="row" className="case-label">
                  {e.caseLabel}
                </th>
                <td className="returns-file">{e.fileName}</td>
                <td>
                  {formatTimestamp(e.importedAt)}
                  <br />
                  {e.importedBy}
                </td>
                <td>{e.replacedAt ? `差し替え済み（${formatTimestamp(e.replacedAt)}）` : '現在の回答'}</td>
                <td>{e.changed.length ? e.changed.join('、') : firstOf(entries, i) ? '最初の回答' : '変更なし'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="form-buttons">
        <button type="button" autoFocus onClick={onClose}>
          閉じる
        </button>
      </div>
    </dialog>
  );
}

/** True for a case's first version in the list (oldest first): nothing before it to compare with. */
function firstOf(entries: readonly { caseNo: string }[], i: number): boolean {
  return !entries.slice(0, i).some((e) => e.caseNo === entries[i]!.caseNo);
}
