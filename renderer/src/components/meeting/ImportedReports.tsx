// The reports an import brought in (or, before saving, would bring in): which case, from whom, of when, and what
// they say. The backend sends the case already masked (number and kana initials) and the free text with the
// case's names scrubbed, as the rest of the meeting page shows cases while names are hidden.
import type { ImportedReport } from '../../../../shared/meeting/imported-reports';
import { formatDate } from '../../../../shared/ledger/dates';
import { useDateStyle } from '../../lib/date-style';
import './imported-reports.css';

export function ImportedReports({ reports, pending }: { reports: readonly ImportedReport[]; pending: boolean }) {
  const style = useDateStyle();
  if (reports.length === 0) return null;
  const caption = pending ? '取り込む報告' : '取り込んだ報告';
  return (
    <div className="table-scroll imported-reports">
      <table>
        <caption>
          {caption}（{reports.length.toLocaleString('ja-JP')} 件・氏名は伏せています）
        </caption>
        <thead>
          <tr>
            <th scope="col">ケース</th>
            <th scope="col">報告機関・報告日</th>
            <th scope="col">内容</th>
          </tr>
        </thead>
        <tbody>
          {reports.map((r, i) => (
            <tr key={`${r.caseNo}-${r.agency}-${r.reportDate}-${i}`}>
              <th scope="row" className="case-label">
                {r.caseLabel}
              </th>
              <td className="report-source">
                {r.agency}
                <br />
                <time dateTime={r.reportDate}>{formatDate(r.reportDate, style)}</time>
              </td>
              <td>
                {r.warnings.length > 0 && (
                  <ul className="report-signs" aria-label="注意">
                    {r.warnings.map((w) => (
                      <li key={w}>
                        <span aria-hidden="true">⚠ </span>
                        {w}
                      </li>
                    ))}
                  </ul>
                )}
                {r.facts.length > 0 ? r.facts.join('、') : '（記載なし）'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
