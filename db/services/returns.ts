// 回収状況 from the database: each request's status (shared/assessment/returns-status.ts) with the cases masked
// for the meeting page, an agency's answer history, and the reminder list's rows with the names the
// secretariat needs to phone (the DOCX only; never the screen).
import { answerHistory, requestReturns, type RequestReturns } from '../../shared/assessment/returns-status';
import type { AssessmentRequest } from '../../shared/assessment/types';
import { AppError } from '../../shared/contract/errors';
import type { AnswerHistoryView, RequestReturnsView } from '../../shared/contract/returns';
import { maskedLabel } from '../../shared/meeting/mask';
import { dayInZone } from '../../shared/time/zone';
import type { Store } from '../repos/store';

export function todayOf(store: Store, now: Date): string {
  return dayInZone(now, store.settings.read().timeZone);
}

export function requireRequest(store: Store, requestId: number): AssessmentRequest {
  const request = store.assessments.request(requestId);
  if (!request) throw new AppError('not_found', `依頼番号${requestId}の依頼が見つかりません。`);
  return request;
}

function masker(store: Store) {
  const labels = new Map<string, string>();
  return (caseNo: string) => {
    let label = labels.get(caseNo);
    if (label === undefined)
      labels.set(caseNo, (label = maskedLabel({ caseNo, kana: store.cases.get(caseNo)?.kana ?? null })));
    return { caseNo, caseLabel: label };
  };
}

export function returnsStatus(store: Store, meetingId: number | null, today: string): RequestReturnsView[] {
  const mask = masker(store);
  return store.assessments.requestsFor(meetingId).map((request) => {
    const status = requestReturns(request, store.assessments.answers(request.id, true), today);
    return { ...status, agencies: status.agencies.map((a) => ({ ...a, unanswered: a.unanswered.map(mask) })) };
  });
}

export function returnsHistory(
  store: Store,
  input: { requestId: number; agency: string; caseNo?: string },
): AnswerHistoryView[] {
  const request = requireRequest(store, input.requestId);
  const mask = masker(store);
  const entries = answerHistory(request, store.assessments.answers(request.id, true), input.agency, input.caseNo);
  return entries.map((e) => ({ ...e, caseLabel: mask(e.caseNo).caseLabel }));
}

/** The reminder list's content: the request's status, and per case not answered its 氏名 and 所属. */
export interface ReminderData {
  request: AssessmentRequest;
  status: RequestReturns;
  meeting: { title: string; date: string } | null;
  today: string;
  dateStyle: ReturnType<Store['settings']['read']>['dateStyle'];
  cases: Map<string, { name: string | null; affiliation: string | null }>;
}

export function reminderData(store: Store, requestId: number, today: string): ReminderData {
  const request = requireRequest(store, requestId);
  const status = requestReturns(request, store.assessments.answers(request.id, true), today);
  const cases = new Map<string, { name: string | null; affiliation: string | null }>();
  for (const caseNo of status.agencies.flatMap((a) => a.unanswered)) {
    const c = store.cases.get(caseNo);
    cases.set(caseNo, { name: c?.name ?? null, affiliation: c?.affiliation ?? null });
  }
  const meeting = request.meetingId === null ? null : store.meetings.get(request.meetingId);
  return {
    request,
    status,
    meeting: meeting ? { title: meeting.title, date: meeting.date } : null,
    today,
    dateStyle: store.settings.read().dateStyle,
    cases,
  };
}
