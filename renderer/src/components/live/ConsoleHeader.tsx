// The console's top: back to the meeting, the title and the meeting clock, start / projector / end, then the
// banners (errors, the unmask warning while names are projected, the ended meeting's summary).
import type { Meeting } from '../../../../shared/meeting/types';
import { formatDuration, type TimerReading } from '../../../../shared/meeting/timers';
import { formatDate } from '../../../../shared/ledger/dates';
import type { DateStyle } from '../../lib/date-style';

interface Props {
  meeting: Meeting;
  dateStyle: DateStyle;
  meetingClock: TimerReading;
  started: boolean;
  ended: boolean;
  /** The projector shows initials only. */
  masked: boolean;
  /** How many cases have no recorded decision (carried over once the meeting ended). */
  notTakenUp: number;
  errors: readonly string[];
  onClose(): void;
  onStart(): void;
  onOpenPresenter(): void;
  onEnd(): void;
  onMask(): void;
}

export function ConsoleHeader({
  meeting,
  dateStyle,
  meetingClock,
  started,
  ended,
  masked,
  notTakenUp,
  errors,
  onClose,
  onStart,
  onOpenPresenter,
  onEnd,
  onMask,
}: Props) {
  return (
    <>
      <header className="console-head">
        <button type="button" onClick={onClose}>
          {meeting.status === '終了' ? '会議の画面へ戻る' : '会議の準備へ戻る'}
        </button>
        <h1 id="console-title">{meeting.title}</h1>
        <span className="muted">
          {formatDate(meeting.date, dateStyle)} {meeting.startTime}〜
        </span>
        <span className={`console-clock tone-${meetingClock.tone}`} role="timer" aria-label="会議の経過時間">
          会議 {formatDuration(meetingClock.elapsedMs)} / {meeting.plannedMinutes}分
          {meetingClock.tone === 'over' ? '（超過）' : ''}
        </span>
        <span className="console-head-actions">
          {!started && (
            <button type="button" className="primary" onClick={onStart}>
              会議を開始
            </button>
          )}
          <button type="button" onClick={onOpenPresenter}>
            投影画面を開く
          </button>
          {!ended && (
            <button type="button" className="console-danger" onClick={onEnd}>
              会議を終了
            </button>
          )}
        </span>
      </header>
      {errors.map((m) => (
        <p key={m} role="alert" className="error banner">
          {m}
        </p>
      ))}
      {!masked && !ended && (
        <div className="banner unmask-warning" role="alert" aria-label="マスク解除中">
          <strong>マスク解除中</strong>
          ：投影画面に全ケースの氏名が表示されています（会議の終了で自動的にマスクに戻ります）。
          <button type="button" className="primary" onClick={onMask}>
            マスクに戻す
          </button>
        </div>
      )}
      {ended && (
        <p className="banner" role="status">
          この会議は終了しました（{notTakenUp}
          件を次回へ持ち越し）。議事録と台帳への反映は会議の画面から行えます。
        </p>
      )}
    </>
  );
}
