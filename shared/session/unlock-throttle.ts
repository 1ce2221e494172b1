// How long a wrong passphrase makes the next try wait. The first three tries are free (typos happen); after
// that the wait doubles from 2 seconds up to 5 minutes, so guessing at the lock screen is hopelessly slow while
// a person who mistyped waits seconds. The backend enforces it for every transport (db/session/unlock-guard.ts).

export const FREE_FAILURES = 3;
const FIRST_DELAY_MS = 2_000;
const MAX_DELAY_MS = 5 * 60_000;

/** The wait after `failures` wrong passphrases in a row, before the next try is accepted. */
export function unlockDelayMs(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (failures - FREE_FAILURES));
}

/** Milliseconds still to wait before a try is accepted (0: go ahead). */
export function unlockWaitMs(failures: number, lastFailureAt: number | null, now: number): number {
  if (lastFailureAt === null) return 0;
  return Math.max(0, lastFailureAt + unlockDelayMs(failures) - now);
}

/** "12秒" / "3分5秒": a wait as the lock screen says it. */
export function waitText(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  if (seconds < 60) return `${seconds}秒`;
  const rest = seconds % 60;
  return rest === 0 ? `${seconds / 60}分` : `${Math.floor(seconds / 60)}分${rest}秒`;
}

export function wrongPassphraseMessage(failures: number): string {
  const delay = unlockDelayMs(failures);
  if (delay === 0) return `パスフレーズが違います（${failures}回目）。もう一度入力してください。`;
  return `パスフレーズが違います（続けて${failures}回）。間違いが続くため、次は${waitText(delay)}待ってから入力してください。間違えるたびに待ち時間が長くなります。`;
}

export function throttledMessage(waitMs: number): string {
  return `パスフレーズの間違いが続いたため、入力を一時的に止めています。あと${waitText(waitMs)}待ってからもう一度入力してください。`;
}
