// The year's figures (年度実績) of one fiscal year, computed from the ledger, its history and the meetings. The
// one function the CLI, the screens and the documents share; the counting rules are in docs/architecture.md
// ("年度実績").
import { ABUSE_TYPES, CLASSIFICATIONS, RISK_LEVELS } from '../ledger/case';
import { ageAt, isRealIsoDate } from '../ledger/dates';
import { FAMILY_SERVICES } from '../meeting/decision';
import { MEETING_KINDS } from '../meeting/types';
import { HistoryAt, type StatsCase, type StatsInput, type StatsMeeting } from './inputs';
import {
  AGE_BANDS,
  NO_CLASSIFICATION,
  NO_REASON,
  NO_RISK,
  type AgeBand,
  type CentreSupportFigures,
  type Counts,
  type FamilySupportFigures,
  type FiscalYearFigures,
  type YearFigures,
} from './types';

/** Meetings that were run (会議を開始): the only statuses that say a meeting took place. */
export const HELD_STATUSES: readonly string[] = ['進行中', '終了'];

/** The first and last day of a fiscal year: 2024 → 2024-04-01 … 2025-03-31. */
export function fiscalYearRange(fiscalYear: number): { from: string; to: string } {
  return { from: `${fiscalYear}-04-01`, to: `${fiscalYear + 1}-03-31` };
}

/** The twelve months of a fiscal year, April first: 2024-04 … 2025-03. */
export function fiscalMonths(fiscalYear: number): string[] {
  return Array.from({ length: 12 }, (_, i) => {
    const year = i < 9 ? fiscalYear : fiscalYear + 1;
    return `${year}-${String(((i + 3) % 12) + 1).padStart(2, '0')}`;
  });
}

/** The day a case counts as registered: 登録日, or 受理日 when 登録日 is empty; null when neither is a real day. */
export function registrationDate(c: Pick<StatsCase, 'registeredDate' | 'receivedDate'>): string | null {
  const day = c.registeredDate ?? c.receivedDate;
  return day !== null && isRealIsoDate(day) ? day : null;
}

/** Whole-year age band at a day. A birth after that day (registered before birth) is an infant: 0-2. */
export function ageBand(birthDate: string | null, on: string): AgeBand {
  if (birthDate === null || !isRealIsoDate(birthDate)) return '不明';
  const age = ageAt(birthDate, on) ?? 0;
  if (age <= 2) return '0-2';
  if (age <= 5) return '3-5';
  if (age <= 11) return '6-11';
  if (age <= 14) return '12-14';
  if (age <= 17) return '15-17';
  return '18+';
}

/** The figures of one fiscal year, with the family support services its meetings decided. */
export function fiscalYearFigures(input: StatsInput): YearFigures {
  const { fiscalYear } = input;
  const { from, to } = fiscalYearRange(fiscalYear);
  const within = (day: string | null): day is string => day !== null && day >= from && day <= to && isRealIsoDate(day);
  const history = new HistoryAt(input.changes, input.timeZone);
  const months = new Map(fiscalMonths(fiscalYear).map((month) => [month, { month, new: 0, closed: 0 }]));

  const newByClassification = new Tally();
  const newByAbuse = new Tally();
  const newByAge = new Tally();
  let newTotal = 0;
  const closedByReason = new Tally();
  let closedTotal = 0;
  const openByClassification = new Tally();
  const openByRisk = new Tally();
  let openTotal = 0;
  const centre: CentreSupportFigures = { newCases: 0, closures: 0, openAtYearEnd: 0 };

  for (const c of input.cases) {
    // 登録区分 on the day that counts, like 種別: a family the centre supported until it was registered with the
    // 要対協 in the year is new for the 要対協 on its registration day if it was 要対協登録 by then.
    const centreOn = (day: string) =>
      history.valueAt(c.caseNo, 'registration', c.registration ?? null, day) === 'センター支援';
    const registered = registrationDate(c);
    if (within(registered) && centreOn(registered)) centre.newCases++;
    else if (within(registered)) {
      newTotal++;
      months.get(registered.slice(0, 7))!.new++;
      const classification = history.valueAt(c.caseNo, 'classification', c.classification, registered);
      newByClassification.add(classification ?? NO_CLASSIFICATION);
      for (const type of new Set(c.abuseTypes)) newByAbuse.add(type);
      if (classification !== '特定妊婦') newByAge.add(ageBand(c.birthDate, registered));
    }
    const closed = c.closedDate !== null && isRealIsoDate(c.closedDate) ? c.closedDate : null;
    if (within(closed) && centreOn(closed)) centre.closures++;
    else if (within(closed)) {
      closedTotal++;
      months.get(closed.slice(0, 7))!.closed++;
      const reason = c.closedReason?.trim() ?? '';
      closedByReason.add(reason === '' ? NO_REASON : reason);
    }
    const open = openAtEnd(c, registered, closed, to, history);
    if (open && centreOn(to)) centre.openAtYearEnd++;
    else if (open) {
      openTotal++;
      const classification = history.valueAt(c.caseNo, 'classification', c.classification, to);
      openByClassification.add(classification ?? NO_CLASSIFICATION);
      openByRisk.add(history.valueAt(c.caseNo, 'riskLevel', c.riskLevel, to) ?? NO_RISK);
    }
  }

  const meetings = heldMeetings(input.meetings, from, to);
  const byKind = new Tally();
  const bySubcommittee = new Tally();
  for (const m of meetings.values()) {
    byKind.add(m.kind);
    if (m.subcommittee !== null && m.subcommittee.trim() !== '') bySubcommittee.add(m.subcommittee.trim());
  }
  let casesConfirmed = 0;
  let casesDiscussed = 0;
  const recommended = new Map<string, Set<string>>();
  const provided = new Map<string, Set<string>>();
  for (const d of input.decisions) {
    if (!meetings.has(d.meetingId)) continue;
    if (d.outcome === 'confirmed') casesConfirmed++;
    else if (d.outcome === 'discussed') casesDiscussed++;
    for (const { service, mode } of d.services) {
      const target = mode === '利用勧奨' ? recommended : mode === '措置' ? provided : null;
      if (!target) continue;
      const cases = target.get(service) ?? new Set<string>();
      cases.add(d.caseNo);
      target.set(service, cases);
    }
  }

  const figures: FiscalYearFigures = {
    fiscalYear,
    from,
    to,
    newRegistrations: {
      total: newTotal,
      byClassification: newByClassification.counts([...CLASSIFICATIONS, NO_CLASSIFICATION]),
      byAbuseType: newByAbuse.counts(ABUSE_TYPES),
      byAgeBand: newByAge.counts(AGE_BANDS),
    },
    closures: { total: closedTotal, byReason: closedByReason.counts([]) },
    openAtYearEnd: {
      total: openTotal,
      byClassification: openByClassification.counts([...CLASSIFICATIONS, NO_CLASSIFICATION]),
      byRisk: openByRisk.counts([...RISK_LEVELS, NO_RISK]),
    },
    meetings: { byKind: byKind.counts(MEETING_KINDS), casesConfirmed, casesDiscussed },
    months: [...months.values()],
  };
  const familySupport: FamilySupportFigures = {
    recommended: distinctCounts(recommended),
    provided: distinctCounts(provided),
  };
  return { ...figures, familySupport, meetingsBySubcommittee: bySubcommittee.counts([]), centreSupport: centre };
}

/** Exactly the keys of FiscalYearFigures (what the CLI writes), in their order. */
export function figuresOnly(f: FiscalYearFigures): FiscalYearFigures {
  const { fiscalYear, from, to, newRegistrations, closures, openAtYearEnd, meetings, months } = f;
  return { fiscalYear, from, to, newRegistrations, closures, openAtYearEnd, meetings, months };
}

/**
 * Open at the year end: registered on or before it and no 終結日 on or before it; a closed case without 終結日
 * is not open. A case with neither 登録日 nor 受理日 counts from when it entered the ledger.
 */
function openAtEnd(
  c: StatsCase,
  registered: string | null,
  closed: string | null,
  to: string,
  history: HistoryAt,
): boolean {
  if (c.status === 'closed' && c.closedDate === null) return false;
  if (c.closedDate !== null && (closed === null || closed <= to)) {
    // A 終結日 that is not a real day cannot be placed after the year end: not open.
    return false;
  }
  if (registered !== null) return registered <= to;
  if (c.registeredDate !== null || c.receivedDate !== null) return false;
  return c.createdAt < history.endOfDay(to);
}

function heldMeetings(meetings: readonly StatsMeeting[], from: string, to: string): Map<number, StatsMeeting> {
  const held = new Map<number, StatsMeeting>();
  for (const m of meetings) if (m.date >= from && m.date <= to && HELD_STATUSES.includes(m.status)) held.set(m.id, m);
  return held;
}

function distinctCounts(byService: Map<string, Set<string>>): Counts {
  const tally = new Tally();
  for (const [service, cases] of byService) tally.add(service, cases.size);
  return tally.counts(FAMILY_SERVICES);
}

/** Counts by key; written out with the known keys first in their order, then the rest by count (then name). */
class Tally {
  private readonly map = new Map<string, number>();

  add(key: string, n = 1): void {
    this.map.set(key, (this.map.get(key) ?? 0) + n);
  }

  counts(known: readonly string[]): Counts {
    const out: Counts = {};
    for (const key of known) {
      const n = this.map.get(key);
      if (n) out[key] = n;
    }
    const rest = [...this.map].filter(([key, n]) => n > 0 && !known.includes(key));
    rest.sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
    for (const [key, n] of rest) out[key] = n;
    return out;
  }
}
