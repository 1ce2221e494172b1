// The agenda reads the assessment sheets that came back: the items that feed a report field (欠席日数, 連絡のない
// 欠席, 外傷, 安全スケール, 所見) become a report-shaped fact, so the report rules (REPORT_INJURY, SAFETY_LOW …)
// fire from a sheet as they do from an imported report; the worry items answered はい become
// ASSESSMENT_WORRY. Pure: db/services/suggestion-context.ts gathers the answers and requests.
import type { AgencyReport } from '../meeting/types';
import { dayInZone } from '../time/zone';
import type { AssessmentItem } from './sheet';
import type { AnswerValue, StoredAnswer } from './types';

/** Which answers an agenda reads: see `countingAnswers`. */
export interface AnswerWindow {
  /** The requests made for this meeting: their current answers always count. */
  meetingRequestIds: ReadonlySet<number>;
  /** ISO day after which (exclusive) any other current answer counts, by its import day; the report window start. */
  after: string;
  /** The meeting's ISO day: an answer imported later belongs to the next meeting. */
  until: string;
  timeZone: string;
}

/**
 * The current answers the agenda of a meeting reads: every answer to a request made for this meeting, and
 * any other current answer (a request between meetings, or one for another meeting) imported after the
 * window's start and no later than the meeting's day, both in the council's time zone. Duplicates (the same
 * answer from both lists) are kept once.
 */
export function countingAnswers(answers: readonly StoredAnswer[], w: AnswerWindow): StoredAnswer[] {
  const seen = new Set<number>();
  const out: StoredAnswer[] = [];
  for (const a of answers) {
    if (a.replacedAt !== null || seen.has(a.id)) continue;
    const day = dayInZone(a.importedAt, w.timeZone);
    if (w.meetingRequestIds.has(a.requestId) || (day > w.after && day <= w.until)) {
      seen.add(a.id);
      out.push(a);
    }
  }
  return out;
}

const checkFact = (v: AnswerValue | undefined): boolean | null => (v === 'はい' ? true : v === 'いいえ' ? false : null);
const intFact = (v: AnswerValue | undefined, max: number): number | null =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max ? v : null;
const textFact = (v: AnswerValue | undefined): string | null =>
  typeof v === 'string' && v.trim() !== '' ? v.trim().slice(0, 4000) : null;

/**
 * The report an answer amounts to, read through the items that feed a report field (the request's items as
 * sent, so a later edit of the sheet does not change what an old answer says). Null when no fed item gives a
 * fact: a 不明, an empty or unreadable cell is no fact, and a sheet with no fact is not a report (it would
 * put every requested case on the agenda as 関係機関からの報告). The report date is the 記入日 when it lies in
 * (after, until], else the import day when it does, else the meeting's day: an answer that counts for this
 * meeting must not be dropped by the report window.
 */
export function answerReport(
  answer: StoredAnswer,
  items: readonly AssessmentItem[],
  w: Pick<AnswerWindow, 'after' | 'until' | 'timeZone'>,
): AgencyReport | null {
  const fed = (feed: AssessmentItem['feeds']) => {
    const item = items.find((i) => i.feeds === feed);
    return item ? answer.answers[item.id] : undefined;
  };
  const facts = {
    daysAbsent: intFact(fed('daysAbsent'), 366),
    unexplainedAbsence: checkFact(fed('unexplainedAbsence')),
    injury: checkFact(fed('injury')),
    safetyScale: intFact(fed('safetyScale'), 10),
    note: textFact(fed('note')),
  };
  if (Object.values(facts).every((v) => v === null)) return null;
  const inWindow = (day: string | null): day is string => day !== null && day > w.after && day <= w.until;
  const imported = dayInZone(answer.importedAt, w.timeZone);
  const reportDate = inWindow(answer.filledOn) ? answer.filledOn : inWindow(imported) ? imported : w.until;
  return {
    // Negative: not a row of agency_reports, and never mistaken for one.
    id: -answer.id,
    createdAt: answer.importedAt,
    caseNo: answer.caseNo,
    agency: answer.agency,
    reportDate,
    periodFrom: null,
    periodTo: null,
    homeChange: null,
    ...facts,
  };
}

/**
 * Per case, the worry items (settings `worryItems`, retired or not: an answer to a retired worry is still a
 * worry) some agency's answer marked はい, in the settings' order, each once.
 */
export function answerWorries(answers: readonly StoredAnswer[], worryItems: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const a of answers) {
    const hits = worryItems.filter((id) => a.answers[id] === 'はい');
    if (hits.length === 0) continue;
    const had = out.get(a.caseNo) ?? [];
    out.set(
      a.caseNo,
      worryItems.filter((id) => had.includes(id) || hits.includes(id)),
    );
  }
  return out;
}

/** Adds the sheets' reports to the imported ones, per case (a new map; the given one is not changed). */
export function mergeReports(
  reports: ReadonlyMap<string, readonly AgencyReport[]>,
  extra: readonly AgencyReport[],
): Map<string, AgencyReport[]> {
  const out = new Map<string, AgencyReport[]>();
  for (const [caseNo, list] of reports) out.set(caseNo, [...list]);
  for (const r of extra) out.set(r.caseNo, [...(out.get(r.caseNo) ?? []), r]);
  return out;
}
