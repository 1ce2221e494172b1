// When the console locks itself for lack of use. Only the console's own input counts: the projector window is
// never touched during a meeting, so it neither keeps the app open nor locks it — a running meeting with the
// projector on locks only when the facilitator's console has been idle too.

export const DEFAULT_IDLE_LOCK_MINUTES = 10;
export const MAX_IDLE_LOCK_MINUTES = 240;

export interface IdleState {
  /** Time of the console's last keyboard, pointer, wheel or touch input (ms). */
  lastInputAt: number;
  now: number;
  minutes: number;
}

/** Milliseconds until the lock (0: lock now). */
export function idleMsLeft({ lastInputAt, now, minutes }: IdleState): number {
  return Math.max(0, lastInputAt + minutes * 60_000 - now);
}

export function shouldIdleLock(state: IdleState): boolean {
  return idleMsLeft(state) === 0;
}
