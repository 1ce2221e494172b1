// Calendar days and clock times in the council's time zone (the timeZone setting), whatever zone the machine
// runs in. A host in UTC once printed 01:12〜01:17 for a meeting held at 10:12 in Japan: every instant shown
// or written goes through here, with an explicit timeZone, never through the Date's local getters.
import { formatDate } from '../ledger/dates';
import type { DateStyle } from './date-style';

export const DEFAULT_TIME_ZONE = 'Asia/Tokyo';

/** An instant: a Date or an ISO string with its offset (what the backend stores). */
export type Instant = Date | string;

interface WallTime {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
  second: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // en-US with h23 gives plain ASCII digits and 00-23 hours on every engine.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Whether the engine knows this IANA zone name (Asia/Tokyo, UTC, America/Los_Angeles …). */
export function isTimeZone(zone: string): boolean {
  if (zone.trim() === '' || zone !== zone.trim()) return false;
  try {
    formatter(zone);
    return true;
  } catch {
    return false;
  }
}

function wallTime(at: Instant, timeZone: string): WallTime {
  const date = typeof at === 'string' ? new Date(at) : at;
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not an instant: ${String(at)}`);
  const out: Record<string, string> = {};
  for (const part of formatter(timeZone).formatToParts(date)) out[part.type] = part.value;
  return {
    year: (out.year ?? '').padStart(4, '0'),
    month: out.month ?? '',
    day: out.day ?? '',
    hour: out.hour ?? '',
    minute: out.minute ?? '',
    second: out.second ?? '',
  };
}

/** The calendar day of an instant in the zone, as YYYY-MM-DD ("today" is dayInZone(now, zone)). */
export function dayInZone(at: Instant, timeZone: string): string {
  const w = wallTime(at, timeZone);
  return `${w.year}-${w.month}-${w.day}`;
}

/** HH:mm of an instant in the zone (the minutes' 14:02〜15:31). */
export function clockInZone(at: Instant, timeZone: string): string {
  const w = wallTime(at, timeZone);
  return `${w.hour}:${w.minute}`;
}

/** Date and time for the screen: 2025/04/01 09:05. */
export function dateTimeInZone(at: Instant, timeZone: string): string {
  const w = wallTime(at, timeZone);
  return `${w.year}/${w.month}/${w.day} ${w.hour}:${w.minute}`;
}

/** Date and time to the second, for logs: 2025/04/01 09:05:07. */
export function timestampInZone(at: Instant, timeZone: string): string {
  const w = wallTime(at, timeZone);
  return `${w.year}/${w.month}/${w.day} ${w.hour}:${w.minute}:${w.second}`;
}

/** A stamp for file names that sorts by time and is safe on every OS: 20251201-141205. */
export function fileStampInZone(at: Instant, timeZone: string): string {
  const w = wallTime(at, timeZone);
  return `${w.year}${w.month}${w.day}-${w.hour}${w.minute}${w.second}`;
}

/** The 和暦 (or 西暦, by the date style) day of an instant in the zone: 令和8年12月1日. */
export function formatDayOfInstant(at: Instant, timeZone: string, style: DateStyle = 'wareki'): string {
  return formatDate(dayInZone(at, timeZone), style);
}

/**
 * The instant the zone's day after `isoDay` begins (its midnight), as an ISO string: history rows are
 * instants, meeting dates are the council's calendar days. Zones whose midnight is skipped by a DST change
 * get the first instant of that day.
 */
export function startOfDayAfter(isoDay: string, timeZone: string): string {
  const [y, m, d] = isoDay.split('-').map(Number) as [number, number, number];
  const wanted = Date.UTC(y, m - 1, d + 1);
  // Guess the instant, then correct by the zone's offset there; twice settles a guess across a DST change.
  let guess = wanted;
  for (let i = 0; i < 2; i++) guess = wanted - offsetMs(guess, timeZone);
  return new Date(guess).toISOString();
}

/** How far the zone's wall clock is ahead of UTC at an instant, in ms. */
function offsetMs(instantMs: number, timeZone: string): number {
  const w = wallTime(new Date(instantMs), timeZone);
  const asUtc = Date.UTC(
    Number(w.year),
    Number(w.month) - 1,
    Number(w.day),
    Number(w.hour),
    Number(w.minute),
    Number(w.second),
  );
  return asUtc - Math.floor(instantMs / 1000) * 1000;
}
