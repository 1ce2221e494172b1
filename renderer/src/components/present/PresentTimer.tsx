// The item timer as the room sees it: counted on from the backend's reading every second, in a warning
// colour from 80 % of the budget and an overrun colour past it, with words too (never colour alone).
import { useEffect, useState } from 'react';
import { formatDuration, toneOf } from '../../../../shared/meeting/timers';

export interface PresentTimerProps {
  spentMs: number;
  runningSince: string | null;
  budgetMs: number;
}

const TONE_WORDS = { ok: '', near: '残りわずか', over: '超過' } as const;

/** Elapsed time at `nowMs`: what was counted, plus the running stretch. */
export function elapsedAt(timer: PresentTimerProps, nowMs: number): number {
  if (timer.runningSince === null) return timer.spentMs;
  return timer.spentMs + Math.max(0, nowMs - Date.parse(timer.runningSince));
}

export function PresentTimer(timer: PresentTimerProps) {
  const [now, setNow] = useState(() => Date.now());
  const running = timer.runningSince !== null;
  useEffect(() => {
    if (!running) return;
    setNow(Date.now());
    const id = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(id);
  }, [running, timer.runningSince]);

  const elapsed = elapsedAt(timer, now);
  const tone = toneOf(elapsed, timer.budgetMs);
  // Rounded up: the moment the budget is passed the room reads +0:01, not a puzzling +0:00.
  const over = tone === 'over' ? ` +${formatDuration(Math.ceil((elapsed - timer.budgetMs) / 1000) * 1000)}` : '';
  return (
    <div className={`present-timer present-tone-${tone}`} role="timer" aria-label="この議題の時間">
      <span className="present-timer-elapsed">{formatDuration(elapsed)}</span>
      <span className="present-timer-budget">/ {formatDuration(timer.budgetMs)}</span>
      {tone !== 'ok' && (
        <span className="present-timer-word">
          {TONE_WORDS[tone]}
          {over}
        </span>
      )}
      {!running && <span className="present-timer-paused">一時停止中</span>}
    </div>
  );
}
