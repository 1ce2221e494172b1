// One case's list history: joined, left, returned (a leave undone) — who, the day, when it was recorded and why.
import { formatDate } from '../../../../shared/ledger/dates';
import { LIST_EVENT_LABELS } from '../../../../shared/joint/types';
import { useBackendQuery } from '../../hooks/useBackendQuery';
import { useDateStyle } from '../../lib/date-style';
import { formatTimestamp } from '../../lib/today';

export function JointHistory({ caseNo }: { caseNo: string }) {
  const style = useDateStyle();
  const query = useBackendQuery('joint.history', { caseNo });
  if (query.error)
    return (
      <p role="alert" className="error">
        {query.error}
      </p>
    );
  if (!query.data) return <p aria-busy="true">読み込み中…</p>;
  return (
    <ol className="joint-history" aria-label={`${caseNo}の名簿の履歴`}>
      {query.data.events.map((e) => (
        <li key={e.id}>
          <strong>{LIST_EVENT_LABELS[e.kind]}</strong> {formatDate(e.on, style)}・{e.by}
          {e.reason && `：${e.reason}`}
          <span className="muted">（記録 {formatTimestamp(e.at)}）</span>
        </li>
      ))}
    </ol>
  );
}
