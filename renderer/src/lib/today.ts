/** Today's date in the machine's local time zone, as YYYY-MM-DD (toISOString would use UTC). */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A history timestamp for the screen, in local time: 2025/04/01 09:05. */
export function formatTimestamp(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${todayIso(at).replaceAll('-', '/')} ${pad(at.getHours())}:${pad(at.getMinutes())}`;
}
