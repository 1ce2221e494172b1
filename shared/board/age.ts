// Ages on the board are shown as of the meeting date, so a board opened a year later shows everyone a year older.
import { ageAt } from '../ledger/dates';
import type { Person } from './types';

/** Age at `meetingDate` (ISO day): from the birth date, else from the age typed at `ageAsOf`; null when unknown. */
export function ageAtMeeting(
  p: Pick<Person, 'birthDate' | 'age' | 'ageAsOf' | 'pregnancy'>,
  meetingDate: string,
): number | null {
  if (p.pregnancy !== null) return null;
  if (p.birthDate) return ageAt(p.birthDate, meetingDate);
  if (p.age === null) return null;
  if (!p.ageAsOf) return p.age;
  // Only full years are known: the age grows by the whole years passed since it was written down.
  const passed = ageAt(p.ageAsOf, meetingDate);
  return passed === null ? p.age : p.age + passed;
}

/** Sort key for birth order: earlier birth → smaller; unknown births come last; pregnancies after everyone. */
export function birthOrderKey(p: Person): number {
  if (p.pregnancy) return Number.MAX_SAFE_INTEGER;
  if (p.birthDate) {
    const t = Date.parse(p.birthDate);
    if (!Number.isNaN(t)) return t;
  }
  if (p.age !== null) {
    const asOf = p.ageAsOf ? Date.parse(p.ageAsOf) : Number.NaN;
    // Without a reference date, ages still order among themselves.
    return (Number.isNaN(asOf) ? 0 : asOf) - p.age * 365.25 * 86_400_000;
  }
  return Number.MAX_SAFE_INTEGER - 1;
}

/**
 * The day a board's ages are counted to: the meeting's date when the board is open in a meeting (from the
 * console or the meeting page; the projector passes its meeting's date itself), else today. While the
 * meeting is still loading, today stands in.
 */
export function boardAgeDate(meetingId: number | null, meetingDate: string | null, today: string): string {
  return meetingId !== null && meetingDate ? meetingDate : today;
}
