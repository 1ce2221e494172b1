// What the year's figures are computed from: plain rows the backend reads in a few bulk queries (or a test
// builds by hand). Only the fields the figures need; no name ever reaches the computation.
import { startOfDayAfter } from '../time/zone';

/** One ledger case as it stands now. */
export interface StatsCase {
  caseNo: string;
  classification: string | null;
  birthDate: string | null;
  abuseTypes: readonly string[];
  riskLevel: string | null;
  receivedDate: string | null;
  registeredDate: string | null;
  status: string;
  closedDate: string | null;
  closedReason: string | null;
  /** 登録区分 as it stands now; absent or null = 要対協登録 (a ledger from before the field). */
  registration?: string | null;
  /** When the case entered this ledger (an ISO instant): places a case with neither 登録日 nor 受理日. */
  createdAt: string;
}

/** A field whose value at a past date is read back from the history. */
export type TrackedField = 'classification' | 'riskLevel' | 'registration';
export const TRACKED_FIELDS: readonly TrackedField[] = ['classification', 'riskLevel', 'registration'];

/** One history row of a tracked field, in the order they were written (oldest first). */
export interface StatsChange {
  caseNo: string;
  field: TrackedField;
  /** ISO instant of the change. */
  at: string;
  oldValue: string | null;
}

export interface StatsMeeting {
  id: number;
  kind: string;
  subcommittee: string | null;
  /** The council's calendar day, YYYY-MM-DD. */
  date: string;
  status: string;
}

/** A recorded decision (drafts are not passed). */
export interface StatsDecision {
  meetingId: number;
  caseNo: string;
  outcome: string;
  services: readonly { service: string; mode: string }[];
}

export interface StatsInput {
  /** 2024 = 2024-04-01 … 2025-03-31. */
  fiscalYear: number;
  /** The council's time zone: history instants are compared with the end of its calendar days. */
  timeZone: string;
  cases: readonly StatsCase[];
  changes: readonly StatsChange[];
  meetings: readonly StatsMeeting[];
  decisions: readonly StatsDecision[];
}

/**
 * A tracked field's value at the end of given days, from the current value and the history: the value
 * before the first change made after that day, or the current value when nothing changed since. A case
 * entered after the day (an import of an older ledger) has no history before it: its first known value
 * stands, which is what that rule gives too.
 */
export class HistoryAt {
  private readonly byCase = new Map<string, StatsChange[]>();
  private readonly dayEnds = new Map<string, string>();

  constructor(
    changes: readonly StatsChange[],
    private readonly timeZone: string,
  ) {
    for (const change of changes) {
      const list = this.byCase.get(change.caseNo);
      if (list) list.push(change);
      else this.byCase.set(change.caseNo, [change]);
    }
  }

  valueAt(caseNo: string, field: TrackedField, current: string | null, day: string): string | null {
    const list = this.byCase.get(caseNo);
    if (!list) return current;
    const end = this.endOfDay(day);
    for (const change of list) if (change.field === field && change.at >= end) return change.oldValue;
    return current;
  }

  /** The first instant after the council's day (cached: a year has at most 366 of them). */
  endOfDay(day: string): string {
    let end = this.dayEnds.get(day);
    if (end === undefined) {
      end = startOfDayAfter(day, this.timeZone);
      this.dayEnds.set(day, end);
    }
    return end;
  }
}
