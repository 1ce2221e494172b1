// 回収状況: per request of this meeting (or between meetings), which agencies have sent their assessment
// sheets back, which only in part, who has not — with 期限超過 marked, each agency's re-sends in a history
// dialog, and the reminder list (督促一覧) to phone or mail from. Answers come in through the import above.
import type { RequestReturnsView } from '../../../../shared/contract/returns';
import { formatDate } from '../../../../shared/ledger/dates';
import { useBackendQuery } from '../../hooks/useBackendQuery';
import type { DateStyle } from '../../lib/date-style';
import { ReturnsReminder } from './ReturnsReminder';
import { ReturnsTable } from './ReturnsTable';
import './returns.css';

interface Props {
  /** null: the requests made between meetings. */
  meetingId: number | null;
  dateStyle: DateStyle;
}

export function ReturnsPanel({ meetingId, dateStyle }: Props) {
  const query = useBackendQuery(
    'returns.status',
    { meetingId },
    { refetchOn: [{ event: 'assessments.changed', when: (p) => p.meetingId === meetingId }] },
  );
  const requests = query.data?.requests ?? [];
  return (
    <section className="returns-panel" aria-label="回収状況">
      <h3>回収状況</h3>
      {query.error && (
        <p role="alert" className="error">
          {query.error}
        </p>
      )}
      {query.data && requests.length === 0 && (
        <p className="hint">
          {meetingId === null ? '会議外の依頼はまだありません。' : 'この会議の依頼はまだありません。'}
        </p>
      )}
      {requests.map((r) => (
        <RequestReturns key={r.requestId} request={r} dateStyle={dateStyle} />
      ))}
    </section>
  );
}

function RequestReturns({ request, dateStyle }: { request: RequestReturnsView; dateStyle: DateStyle }) {
  const partial = request.agencies.filter((a) => a.state === '一部回答').length;
  const headingId = `returns-request-${request.requestId}`;
  return (
    <div className="returns-request" role="group" aria-labelledby={headingId}>
      <h4 id={headingId}>
        依頼番号{request.requestId}
        <span className="returns-due">
          回答期限 <time dateTime={request.dueDate}>{formatDate(request.dueDate, dateStyle)}</time>
        </span>
        {request.overdue && <span className="returns-overdue">期限超過</span>}
      </h4>
      <p className="returns-count" role="status">
        {request.waiting === 0
          ? `すべての機関（${request.agencies.length}機関）から回答がありました`
          : `未回答 ${request.waiting}機関${partial ? `（うち一部回答 ${partial}機関）` : ''}／依頼 ${request.agencies.length}機関`}
      </p>
      <ReturnsTable request={request} dateStyle={dateStyle} />
      <ReturnsReminder requestId={request.requestId} disabled={request.waiting === 0} />
    </div>
  );
}
