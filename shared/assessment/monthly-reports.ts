// 月次報告の遅れ: a school or nursery is expected to report monthly on each child it has (the case's 所属). For
// every open case whose 所属 is one, the last report from that agency about that child — an imported agency
// report or a current assessment answer — and whether it is overdue (settings `monthlyReportDays`).
import type { LedgerCase } from '../ledger/case';
import { maskedLabel } from '../meeting/mask';
import type { AgencyKind } from '../meeting/types';
import { dayInZone } from '../time/zone';

/** Kinds of the managed agencies list that report monthly on the children they have. */
export const MONTHLY_KINDS: ReadonlySet<AgencyKind> = new Set<AgencyKind>(['学校', '保育所等']);
/** For a 所属 not in the agencies list: names ending so are schools or nurseries (学校 covers 小学校, 義務教育学校 …). */
export const MONTHLY_NAME_ENDINGS = ['学校', '保育園', '保育所', '保育室', '幼稚園', 'こども園', '子ども園'] as const;

/** One report about one child by one agency, on its ISO day. */
export interface ReportFact {
  caseNo: string;
  agency: string;
  day: string;
}

export interface OverdueRow {
  caseNo: string;
  /** 登録番号 and initials (maskedLabel): the list shows on the secretariat's screen and ホーム. */
  label: string;
  affiliation: string;
  /** The last report's ISO day from the 所属, or null when none came. */
  lastReportDay: string | null;
  /** Days since the last report (or since 登録日 when none came after it); null with neither. */
  daysSince: number | null;
}

export interface OverdueList {
  days: number;
  /** Open cases whose 所属 is a school or nursery (the children watched). */
  watched: number;
  /** The overdue ones: the unknown (no report, no 登録日) first, then the longest wait first, then 登録番号. */
  rows: OverdueRow[];
}

/** Names compared after NFKC and trimming (全角／半角 and stray spaces of a typed name). */
export const agencyKey = (name: string): string => name.normalize('NFKC').trim();

/** Whether a 所属 reports monthly: by its kind in the agencies list, else by how its name ends. */
export function isMonthlyReporter(
  affiliation: string,
  agencies: readonly { name: string; kind: AgencyKind }[],
): boolean {
  const key = agencyKey(affiliation);
  if (key === '') return false;
  const listed = agencies.find((a) => agencyKey(a.name) === key);
  if (listed) return MONTHLY_KINDS.has(listed.kind);
  return MONTHLY_NAME_ENDINGS.some((ending) => key.endsWith(ending));
}

/** The day an answer counts as a report: its 記入日, else the day it was imported, in the council's zone. */
export function answerDay(a: { filledOn: string | null; importedAt: string }, timeZone: string): string {
  return a.filledOn ?? dayInZone(a.importedAt, timeZone);
}

const dayNumber = (isoDay: string): number => {
  const [y, m, d] = isoDay.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
};

/**
 * Overdue when the last report from the 所属 (or, when none came since, the 登録日) is more than `days` days
 * before today in the council's zone: exactly `days` days is not yet overdue. A case registered less than
 * `days` ago with no report is not overdue; one with neither a report nor a 登録日 is (nothing says it is not).
 * A report dated after today (a typo) counts as today's.
 */
export function overdueMonthlyReports(input: {
  cases: readonly LedgerCase[];
  agencies: readonly { name: string; kind: AgencyKind }[];
  reports: readonly ReportFact[];
  days: number;
  now: Date | string;
  timeZone: string;
}): OverdueList {
  const today = dayInZone(input.now, input.timeZone);
  const last = new Map<string, string>();
  for (const r of input.reports) {
    const key = `${r.caseNo}\u0000${agencyKey(r.agency)}`;
    const had = last.get(key);
    if (had === undefined || r.day > had) last.set(key, r.day);
  }
  let watched = 0;
  const rows: OverdueRow[] = [];
  for (const c of input.cases) {
    if (c.status === 'closed' || c.affiliation === null || !isMonthlyReporter(c.affiliation, input.agencies)) continue;
    watched++;
    const lastReportDay = last.get(`${c.caseNo}\u0000${agencyKey(c.affiliation)}`) ?? null;
    const from =
      [lastReportDay, c.registeredDate]
        .filter((d): d is string => d !== null)
        .sort()
        .at(-1) ?? null;
    const daysSince = from === null ? null : Math.max(0, dayNumber(today) - dayNumber(from));
    if (daysSince !== null && daysSince <= input.days) continue;
    rows.push({ caseNo: c.caseNo, label: maskedLabel(c), affiliation: c.affiliation, lastReportDay, daysSince });
  }
  rows.sort(
    (a, b) =>
      (b.daysSince ?? Infinity) - (a.daysSince ?? Infinity) ||
      a.caseNo.localeCompare(b.caseNo, 'ja', { numeric: true }),
  );
  return { days: input.days, watched, rows };
}
