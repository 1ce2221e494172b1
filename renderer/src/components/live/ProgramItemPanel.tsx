// A non-case 次第 item on the console (開会, 報告, 研修 …): who presents, the planned minutes (the timer above
// shows them against the time spent), the preparation notes, and the 記録 — what was said or reported, which
// the minutes print. No decision: nothing is decided on a case here. 休憩 gets a break card and no 記録.
import { useId } from 'react';
import type { ProgramItem } from '../../../../shared/meeting/program';
import { fiscalYearLabel } from '../../../../shared/stats/chart-labels';
import { formatTimestamp } from '../../lib/today';
import { useProgramRecord } from './useProgramRecord';
import type { SaveStatus } from './useDecisionDraft';

interface Props {
  meetingId: number;
  item: ProgramItem;
  ended: boolean;
}

export function ProgramItemPanel({ meetingId, item, ended }: Props) {
  const id = useId();
  if (item.kind === '休憩') {
    return (
      <div className="program-break" role="note">
        <p className="program-break-title">休憩</p>
        <p>{item.minutes}分。再開するときは「次へ」で次の項目に進みます。</p>
      </div>
    );
  }
  return (
    <div className="program-panel">
      <dl className="program-facts">
        <div>
          <dt>種類</dt>
          <dd>{item.kind}</dd>
        </div>
        <div>
          <dt>報告者・担当</dt>
          <dd>{item.presenter ?? '—'}</dd>
        </div>
        <div>
          <dt>予定時間</dt>
          <dd>{item.minutes}分</dd>
        </div>
        {(item.figuresYear ?? null) !== null && (
          <div>
            <dt>投影</dt>
            <dd>{fiscalYearLabel(item.figuresYear ?? 0)}の年度実績のグラフ</dd>
          </div>
        )}
        {item.notes && (
          <div className="wide">
            <dt>準備メモ</dt>
            <dd className="program-notes">{item.notes}</dd>
          </div>
        )}
      </dl>
      <label htmlFor={`${id}-record`} className="program-record-label">
        記録（発言・報告の要点。議事録に載ります）
      </label>
      {/* Keyed by the item (CurrentItem): a new item mounts a new editor, and the old one saves as it goes. */}
      <RecordEditor key={item.id} inputId={`${id}-record`} meetingId={meetingId} item={item} ended={ended} />
    </div>
  );
}

function RecordEditor({ inputId, meetingId, item, ended }: Props & { inputId: string }) {
  const record = useProgramRecord(meetingId, item.id, item.record);
  return (
    <>
      <textarea
        id={inputId}
        className="program-record"
        value={record.value}
        readOnly={ended}
        rows={6}
        onChange={(e) => record.change(e.target.value)}
        onBlur={() => void record.flush()}
      />
      <RecordState status={record.status} hasText={record.value.trim() !== ''} ended={ended} />
    </>
  );
}

function RecordState({ status, hasText, ended }: { status: SaveStatus; hasText: boolean; ended: boolean }) {
  if (status.kind === 'error')
    return (
      <p role="alert" className="error">
        {status.message}
      </p>
    );
  const text =
    status.kind === 'pending'
      ? '保存しています…'
      : status.kind === 'saved'
        ? `保存しました（${formatTimestamp(status.at)}）`
        : ended
          ? '会議は終了しています。訂正は「会議を再開する」から。'
          : hasText
            ? '保存済み'
            : '未入力';
  return (
    <p className="muted" role="status" aria-live="polite">
      {text}
    </p>
  );
}
