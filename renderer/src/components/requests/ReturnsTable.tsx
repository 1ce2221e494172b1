// One request's agencies: 状況 (回答済／一部回答／未回答, 期限超過 marked), answered of asked, the newest import,
// the re-sends, the cases still without an answer (masked), and the agency's history of imports.
import { useState } from 'react';
import type { AgencyReturnView, RequestReturnsView } from '../../../../shared/contract/returns';
import { formatDate } from '../../../../shared/ledger/dates';
import type { DateStyle } from '../../lib/date-style';
import { todayIso } from '../../lib/today';
import { ReturnsHistory } from './ReturnsHistory';

export function ReturnsTable({ request, dateStyle }: { request: RequestReturnsView; dateStyle: DateStyle }) {
  const [history, setHistory] = useState<string | null>(null);
  return (
    <div className="table-scroll">
      <table className="returns-table">
        <caption className="visually-hidden">依頼番号{request.requestId}の回収状況</caption>
        <thead>
          <tr>
            <th scope="col">機関</th>
            <th scope="col">状況</th>
            <th scope="col">回答／依頼</th>
            <th scope="col">最終受信</th>
            <th scope="col">再送</th>
            <th scope="col">未回答のケース</th>
            <th scope="col">
              <span className="visually-hidden">履歴</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {request.agencies.map((a) => (
            <AgencyRow key={a.agency} agency={a} dateStyle={dateStyle} onHistory={() => setHistory(a.agency)} />
          ))}
        </tbody>
      </table>
      {history !== null && (
        <ReturnsHistory requestId={request.requestId} agency={history} onClose={() => setHistory(null)} />
      )}
    </div>
  );
}

function AgencyRow({
  agency: a,
  dateStyle,
  onHistory,
}: {
  agency: AgencyReturnView;
  dateStyle: DateStyle;
  onHistory(): void;
}) {
  // The day in the council's zone and the user's date style, like 回答期限; the history dialog has the time.
  const last = a.lastImportedAt ? formatDate(todayIso(new Date(a.lastImportedAt)), dateStyle) : '—';
  const state = a.state === '回答済' ? 'done' : a.state === '一部回答' ? 'partial' : 'none';
  return (
    <tr className={`returns-${state}${a.overdue ? ' returns-late' : ''}`}>
      <th scope="row">{a.agency}</th>
      <td>
        <span className={`returns-state returns-state-${state}`}>{a.state}</span>
        {a.overdue && <span className="returns-overdue">期限超過</span>}
      </td>
      <td className="numeric">
        {a.answered}／{a.asked}
      </td>
      <td>{last}</td>
      <td className="numeric">{a.resends > 0 ? `${a.resends}回` : '—'}</td>
      <td className="returns-cases">{a.unanswered.map((c) => c.caseLabel).join('、') || '—'}</td>
      <td>
        <button type="button" disabled={a.lastImportedAt === null} onClick={onHistory}>
          履歴
        </button>
      </td>
    </tr>
  );
}
