// "Today" and timestamps on screen in the council's time zone (the timeZone setting), not the machine's:
// a laptop set to UTC must still show the day and the clock of the council's office.
import { dateTimeInZone, dayInZone, DEFAULT_TIME_ZONE } from '../../../shared/time/zone';

// One zone for the whole window, set by useSettings from the stored setting. A module value rather than a
// prop: timestamps are shown in many small components that have no other reason to know the settings.
let councilZone = DEFAULT_TIME_ZONE;

export function setCouncilTimeZone(zone: string): void {
  councilZone = zone;
}

/** Today's date in the council's time zone, as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  return dayInZone(now, councilZone);
}

/** A stored instant for the screen, in the council's time zone: 2025/04/01 09:05. */
export function formatTimestamp(iso: string): string {
  if (Number.isNaN(Date.parse(iso))) return iso;
  return dateTimeInZone(iso, councilZone);
}
