// What the suggestion needs beyond the ledger, read from the database: the date changes count from,
// new registrations, risk changes, reports, closure proposals, plan reviews and last meeting's 保留.
import { answerReport, answerWorries, countingAnswers, mergeReports } from '../../shared/assessment/answer-reports';
import type { AssessmentItem } from '../../shared/assessment/sheet';
import type { LedgerCase } from '../../shared/ledger/case';
import { reportWindowStart } from '../../shared/meeting/triage';
import type { Group, Meeting, SuggestionContext, TriageSettings } from '../../shared/meeting/types';
import { startOfDayAfter } from '../../shared/time/zone';
import type { Store } from '../repos/store';

export interface ContextOptions {
  /** undefined = the date of the previous meeting of the same kind and 部会; null = none. */
  since?: string | null;
  allActive?: boolean;
}

type MeetingKey = Pick<Meeting, 'kind' | 'subcommittee' | 'date'> & { id?: number };

export function buildSuggestionContext(
  store: Store,
  meeting: MeetingKey,
  cases: readonly LedgerCase[],
  settings: TriageSettings,
  options: ContextOptions = {},
): SuggestionContext {
  const previous = store.meetings.previous(meeting);
  const since = options.since !== undefined ? options.since : (previous?.date ?? null);
  const meetingDate = meeting.date;
  const windowStart = reportWindowStart({ since, meetingDate });
  // History rows are instants; meeting dates are the council's days: changes count from the midnight that
  // ends the meeting's day in the council's zone.
  const timeZone = store.settings.read().timeZone;
  const historyFrom = since === null ? null : startOfDayAfter(since, timeZone);
  const sheets = assessmentFacts(store, meeting.id, { after: windowStart, until: meetingDate, timeZone }, settings);
  return {
    meetingDate,
    since,
    settings,
    reports: mergeReports(store.reports.byCase(windowStart, meetingDate), sheets.reports),
    riskAtSince: historyFrom === null ? new Map() : riskAtSince(store, cases, historyFrom),
    registeredSince: registeredSince(store, cases, windowStart, historyFrom),
    closureProposed: store.marks.closureProposed(),
    carriedOver: previous ? carriedOver(store, previous.id) : new Map(),
    // A plan record's review day, or one set on the case's marks before the plan was kept in the app.
    planReviewDue: new Set([...store.marks.planReviewDueBy(meetingDate), ...store.plans.caseNosDueBy(meetingDate)]),
    allActive: options.allActive ?? false,
    ...(meeting.kind === '合同ケース会議' ? { onList: store.joint.caseNos() } : {}),
    assessmentWorries: sheets.worries,
  };
}

/**
 * The assessment answers this agenda reads (shared/assessment/answer-reports.ts, `countingAnswers`): the
 * current answers to this meeting's requests, and the others imported inside the report window. Each gives
 * its report-shaped facts (read through its own request's items) and its worries.
 */
function assessmentFacts(
  store: Store,
  meetingId: number | undefined,
  window: { after: string; until: string; timeZone: string },
  settings: TriageSettings,
) {
  const own = meetingId === undefined ? [] : store.assessments.requestsFor(meetingId);
  const candidates = [
    ...own.flatMap((r) => store.assessments.answers(r.id)),
    // The repository's bound is exclusive; an answer imported at the very midnight the window opens counts.
    ...store.assessments.currentAnswersSince(
      new Date(Date.parse(startOfDayAfter(window.after, window.timeZone)) - 1).toISOString(),
    ),
  ];
  const answers = countingAnswers(candidates, { ...window, meetingRequestIds: new Set(own.map((r) => r.id)) });
  const itemsOf = new Map<number, readonly AssessmentItem[]>(own.map((r) => [r.id, r.items]));
  const items = (requestId: number) => {
    if (!itemsOf.has(requestId)) itemsOf.set(requestId, store.assessments.request(requestId)?.items ?? []);
    return itemsOf.get(requestId)!;
  };
  const reports = answers.flatMap((a) => answerReport(a, items(a.requestId), window) ?? []);
  return { reports, worries: answerWorries(answers, settings.worryItems) };
}

/**
 * New since the last meeting: by the ledger's 登録日 when the case has one (a case imported today but
 * registered years ago is not new); otherwise by when the case appeared in the app. Without a previous
 * meeting there is no "appeared since", so only 登録日 inside the report window counts: a first
 * import must not turn the whole ledger into new cases.
 */
function registeredSince(
  store: Store,
  cases: readonly LedgerCase[],
  windowStart: string,
  historyFrom: string | null,
): Set<string> {
  const out = new Set<string>();
  const undated = new Set<string>();
  for (const c of cases) {
    if (c.registeredDate !== null) {
      if (c.registeredDate > windowStart) out.add(c.caseNo);
    } else {
      undated.add(c.caseNo);
    }
  }
  if (historyFrom !== null && undated.size > 0) {
    for (const caseNo of store.cases.createdSince(historyFrom)) if (undated.has(caseNo)) out.add(caseNo);
  }
  return out;
}

/** The risk level before the first change after `historyFrom`, for cases whose level is different now. */
function riskAtSince(store: Store, cases: readonly LedgerCase[], historyFrom: string): Map<string, string | null> {
  const first = new Map<string, string | null>();
  for (const row of store.cases.fieldChangesSince('riskLevel', historyFrom))
    if (!first.has(row.caseNo)) first.set(row.caseNo, row.oldValue);
  const out = new Map<string, string | null>();
  if (first.size === 0) return out;
  for (const c of cases) {
    const before = first.get(c.caseNo);
    if (before !== undefined && before !== c.riskLevel) out.set(c.caseNo, before);
  }
  return out;
}

/**
 * Cases the previous meeting put on 保留, with the group they had before, and the cases it did not take
 * up before it ended (次回へ), with the group they were in.
 */
function carriedOver(store: Store, previousId: number): Map<string, Exclude<Group, 'hold'>> {
  const out = new Map<string, Exclude<Group, 'hold'>>();
  for (const { caseNo, from } of store.meetings.heldItems(previousId))
    out.set(caseNo, from === 'deep' ? 'deep' : 'quick');
  const notTakenUp = store.live.state(previousId).carriedOver;
  if (notTakenUp.length > 0) {
    const groups = new Map((store.meetings.agenda(previousId)?.items ?? []).map((item) => [item.caseNo, item.group]));
    for (const caseNo of notTakenUp) out.set(caseNo, groups.get(caseNo) === 'deep' ? 'deep' : 'quick');
  }
  return out;
}
