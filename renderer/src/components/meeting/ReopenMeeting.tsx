// 「会議を再開する」: an ended meeting is read-only; correcting it is this explicit step with a required reason,
// recorded by the backend with the 操作者名 and the time, and listed here for as long as the meeting exists.
import { useId, useState } from 'react';
import type { Meeting } from '../../../../shared/meeting/types';
import { useBackendAction } from '../../hooks/useBackendAction';
import { useReopenings } from '../../hooks/useMeetingData';
import { formatTimestamp } from '../../lib/today';
import { ReasonDialog } from './ReasonDialog';

export function ReopenMeeting({ meeting }: { meeting: Meeting }) {
  const id = useId();
  const reopenings = useReopenings(meeting.id);
  const [asking, setAsking] = useState(false);
  const ended = meeting.status === '終了';
  if (!ended && reopenings.items.length === 0) return null;
  return (
    <section className="detail-section reopen" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>会議の終了と再開</h2>
      {ended && (
        <p>
          この会議は終了しています。議題・振り分け・決定・ホワイトボードの記録は変更できません。
          <button type="button" onClick={() => setAsking(true)}>
            会議を再開する
          </button>
        </p>
      )}
      {reopenings.error && (
        <p role="alert" className="error">
          {reopenings.error}
        </p>
      )}
      {reopenings.items.length > 0 && (
        <table className="reopenings">
          <caption>再開の記録</caption>
          <thead>
            <tr>
              <th scope="col">再開した日時</th>
              <th scope="col">操作者</th>
              <th scope="col">理由</th>
              <th scope="col">それまでの終了日時</th>
            </tr>
          </thead>
          <tbody>
            {reopenings.items.map((r) => (
              <tr key={r.id}>
                <td>
                  <time dateTime={r.reopenedAt}>{formatTimestamp(r.reopenedAt)}</time>
                </td>
                <td>{r.operatorName}</td>
                <td>{r.reason}</td>
                <td>
                  <time dateTime={r.endedAt}>{formatTimestamp(r.endedAt)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {asking && <ReopenDialog meetingId={meeting.id} onDone={() => setAsking(false)} />}
    </section>
  );
}

function ReopenDialog({ meetingId, onDone }: { meetingId: number; onDone(): void }) {
  const { busy, error, run } = useBackendAction();
  const reopen = (reason: string | null) => {
    void run('meetings.reopen', { id: meetingId, reason: reason ?? '' }).then((outcome) => outcome.ok && onDone());
  };
  return (
    <ReasonDialog
      title="会議を再開する"
      description={
        '会議は「進行中」に戻り、決定を訂正できるようになります。議事録は再び終了するまで「議事録（案）」になります。' +
        'これまでの議事録の書き出し記録と、台帳への反映（反映済みのものはそのまま）は残ります。'
      }
      required
      submitLabel="再開する"
      cancelLabel="やめる"
      busy={busy}
      error={error}
      onRecord={reopen}
      onCancel={onDone}
    />
  );
}
