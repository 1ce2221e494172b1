// 時間配分: allocated vs available time (cases and the 次第's other items), with the planned end marked; the overflow is offered for 保留.
import type { Budget } from '../../../../shared/meeting/budget';

const minutes = (seconds: number) => `${Math.round(seconds / 6) / 10}分`;

export function TimeBar({ budget, busy, onHoldOverflow }: { budget: Budget; busy: boolean; onHoldOverflow(): void }) {
  const {
    availableSeconds: available,
    allocatedSeconds: allocated,
    quickSeconds,
    deepSeconds,
    programSeconds,
  } = budget;
  const scale = Math.max(available, allocated, 1);
  const pct = (s: number) => `${(s / scale) * 100}%`;
  const over = allocated > available;
  // Non-case items (開会, 報告, 研修 …) are part of the meeting's time as much as the cases.
  const others = programSeconds > 0 ? `・ケース以外 ${minutes(programSeconds)}` : '';
  const text = `割り当て ${minutes(allocated)}（確認 ${minutes(quickSeconds)}・協議 ${minutes(deepSeconds)}${others}） / 予定 ${minutes(available)}`;
  return (
    <section className="time-bar" aria-label="時間配分の概要">
      <div className="time-bar-head">
        <span id="time-bar-label" className="time-bar-title">
          時間配分
        </span>
        <span className={over ? 'over-text' : 'muted'}>
          {text}
          {over ? `（${minutes(allocated - available)} 超過）` : ''}
        </span>
      </div>
      <div
        role="meter"
        aria-labelledby="time-bar-label"
        aria-valuemin={0}
        aria-valuemax={scale}
        aria-valuenow={allocated}
        aria-valuetext={text}
        className="meter-track"
      >
        <div className="meter-quick" style={{ width: pct(Math.min(quickSeconds, scale)) }} />
        <div className="meter-deep" style={{ left: pct(quickSeconds), width: pct(deepSeconds) }} />
        <div className="meter-program" style={{ left: pct(quickSeconds + deepSeconds), width: pct(programSeconds) }} />
        <div className="meter-end" style={{ left: pct(available) }} aria-hidden="true">
          <span>予定終了</span>
        </div>
      </div>
      {budget.overflow.length > 0 && (
        <p className="overflow">
          予定時間に入りきらないケース: {budget.overflow.length}件（{budget.overflow.join('、')}）
          <button type="button" disabled={busy} onClick={onHoldOverflow}>
            入りきらないケースを保留へ
          </button>
        </p>
      )}
    </section>
  );
}
