// The home view's data from the database: a few reads (HomeRepo) handed to the pure summary
// (shared/home/summary.ts). A meeting's reports are looked for in the window the triage reads them in: after
// its agenda's "since" (else the previous meeting of its kind and 部会, else three months back) up to its day.
import { homeSummary, type HomeSummary } from '../../shared/home/summary';
import { reportWindowStart } from '../../shared/meeting/triage';
import { dayInZone } from '../../shared/time/zone';
import type { Store } from '../repos/store';

export function homeData(store: Store, now: Date): HomeSummary {
  const today = dayInZone(now, store.settings.read().timeZone);
  const meetings = store.home.upcoming(today).map((m) => {
    const since = m.since ?? store.meetings.previous(m)?.date ?? null;
    const after = reportWindowStart({ since, meetingDate: m.date });
    return { ...m, reportedAgencies: store.home.reportedAgencies(after, m.date) };
  });
  return homeSummary({ today, cases: store.home.cases(), meetings, history: store.home.history() });
}
