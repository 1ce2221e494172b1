// The requests made (for a meeting, or between meetings): per request its 依頼番号, 作成日 and 回答期限, and per
// agency the two files to send — the assessment workbook and the 依頼文 — with the open password of every
// export (one choice for the whole list, asked once, used by each button until it is switched off).
import { useState } from 'react';
import type { RequestSummary } from '../../../../shared/contract/requests';
import { formatDate } from '../../../../shared/ledger/dates';
import { useBackendAction } from '../../hooks/useBackendAction';
import type { DateStyle } from '../../lib/date-style';
import { downloadBase64 } from '../../lib/files';
import { formatTimestamp } from '../../lib/today';
import { FilePasswordFields, useFilePassword } from '../FilePasswordFields';

interface Props {
  requests: readonly RequestSummary[];
  dateStyle: DateStyle;
}

export function RequestList({ requests, dateStyle }: Props) {
  const [problem, setProblem] = useState<string | null>(null);
  const password = useFilePassword(() => setProblem(null));
  const { busy, error, run } = useBackendAction();

  const save = (method: 'requests.exportWorkbook' | 'requests.exportLetter', requestId: number, agency: string) => {
    const wrong = password.problem();
    if (wrong) return setProblem(wrong);
    void run(method, { requestId, agency, ...password.input() }).then((o) => {
      if (o.ok) downloadBase64(o.value.fileName, o.value.mimeType, o.value.dataBase64);
    });
  };

  if (requests.length === 0) return <p className="muted">まだ依頼はありません。</p>;
  return (
    <div className="request-list">
      <h3>作成した依頼</h3>
      <FilePasswordFields state={password} />
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {requests.map((r) => (
        <table key={r.id} className="request-table" aria-label={`依頼番号 ${r.id}`}>
          <caption>
            <div className="request-caption">
              <strong>依頼番号 {r.id}</strong>
              <span>作成 {formatTimestamp(r.createdAt)}</span>
              <span>回答期限 {formatDate(r.dueDate, dateStyle)}</span>
              <span className="muted">
                {r.agencies.length}機関・項目{r.itemCount}
              </span>
            </div>
          </caption>
          <thead>
            <tr>
              <th scope="col">機関</th>
              <th scope="col">ケース</th>
              <th scope="col">ファイル</th>
            </tr>
          </thead>
          <tbody>
            {r.agencies.map((a) => (
              <tr key={a.agency}>
                <th scope="row">{a.agency}</th>
                <td>{a.caseCount}件</td>
                <td className="request-files">
                  <button
                    type="button"
                    aria-busy={busy}
                    aria-label={`${a.agency} のアセスメントシート（Excel）`}
                    onClick={() => save('requests.exportWorkbook', r.id, a.agency)}
                  >
                    アセスメントシート（Excel）
                  </button>
                  <button
                    type="button"
                    aria-busy={busy}
                    aria-label={`${a.agency} の依頼文（Word）`}
                    onClick={() => save('requests.exportLetter', r.id, a.agency)}
                  >
                    依頼文（Word）
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}
