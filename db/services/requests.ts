// Requests to agencies: the plan (who is asked about which case), creating a request against the current
// sheet, and the data each agency's two files are written from. Shared by the requests.* handlers and the
// CLI, so both ask the same agencies about the same cases.
import { askedItems } from '../../shared/assessment/sheet';
import {
  agencyKey,
  casesForRequest,
  compareCaseNo,
  planRequest,
  suggestedDueDate,
  type PlannedAgency,
} from '../../shared/assessment/request-plan';
import type { AssessmentRequest, RequestInput } from '../../shared/assessment/types';
import { AppError } from '../../shared/contract';
import type { RequestPlanView, RequestSummary } from '../../shared/contract/requests';
import { formatDate } from '../../shared/ledger/dates';
import { maskedLabel } from '../../shared/meeting/mask';
import type { Meeting } from '../../shared/meeting/types';
import type { Store } from '../repos/store';
import type { RequestLetterData } from '../documents/request-letter-docx';
import type { RequestWorkbookData } from '../documents/request-xlsx';

/** The agencies and cases a new request for `meetingId` (null: between meetings) would ask. */
export function planFor(store: Store, meetingId: number | null): PlannedAgency[] {
  const meeting = meetingId === null ? null : store.meetings.get(meetingId);
  return planRequest({
    cases: store.cases.all(),
    meeting,
    agencies: store.agencies.list(),
    questions: meeting ? store.assessments.questions(meeting.id) : [],
    ...jointOf(store, meeting),
  });
}

/** A 合同ケース会議 asks about the cases on its standing list. */
function jointOf(store: Store, meeting: Meeting | null): { jointCaseNos?: ReadonlySet<string> } {
  return meeting?.kind === '合同ケース会議' ? { jointCaseNos: new Set(store.joint.caseNos()) } : {};
}

export function planView(store: Store, meetingId: number | null, today: string): RequestPlanView {
  const meeting = meetingId === null ? null : store.meetings.get(meetingId);
  const masked = (caseNo: string) => maskedLabel({ caseNo, kana: store.cases.get(caseNo)?.kana ?? null });
  return {
    cases: casesForRequest({ cases: store.cases.all(), meeting, ...jointOf(store, meeting) })
      .map((c) => ({ caseNo: c.caseNo, label: maskedLabel(c) }))
      .sort((a, b) => compareCaseNo(a.caseNo, b.caseNo)),
    agencies: planFor(store, meetingId).map((a) => ({
      agency: a.agency,
      kind: a.kind,
      cases: a.cases.map((c) => ({
        caseNo: c.caseNo,
        label: masked(c.caseNo),
        reasons: c.reasons,
      })),
    })),
    suggestedDue: suggestedDueDate(meeting?.date ?? null, today),
  };
}

/**
 * A request for the chosen agencies and cases, asking the sheet's current items. A case must be one the
 * request could ask about (open, in the meeting's scope); an agency with no case is refused, not sent empty.
 */
export function createRequest(store: Store, input: RequestInput, at: string, by: string): AssessmentRequest {
  const meeting = input.meetingId === null ? null : store.meetings.get(input.meetingId);
  const open = new Set(
    casesForRequest({
      cases: store.cases.all(),
      meeting,
      ...jointOf(store, meeting),
    }).map((c) => c.caseNo),
  );
  const seen = new Set<string>();
  const agencies = input.agencies.map((a) => {
    const key = agencyKey(a.agency);
    if (seen.has(key)) throw new AppError('invalid_input', `「${a.agency}」が二度選ばれています。`);
    seen.add(key);
    const caseNos = [...new Set(a.caseNos.map((n) => store.cases.storedCaseNo(n)))].sort(compareCaseNo);
    for (const caseNo of caseNos) {
      if (!open.has(caseNo)) {
        throw new AppError(
          'invalid_input',
          `${caseNo} は${meeting ? 'この会議で' : ''}依頼できるケースではありません（終結・対象外・未登録）。一覧を開き直してください。`,
        );
      }
    }
    if (caseNos.length === 0) throw new AppError('invalid_input', `「${a.agency}」に依頼するケースがありません。`);
    return { agency: a.agency, caseNos };
  });
  const items = askedItems(store.settings.read().assessmentItems);
  return store.assessments.createRequest({ ...input, agencies }, items, at, by);
}

export function summaries(store: Store, meetingId: number | null): RequestSummary[] {
  return store.assessments
    .requestsFor(meetingId)
    .reverse()
    .map((r) => ({
      id: r.id,
      meetingId: r.meetingId,
      dueDate: r.dueDate,
      createdAt: r.createdAt,
      createdBy: r.createdBy,
      itemCount: r.items.length,
      agencies: r.agencies.map((a) => ({ agency: a.agency, caseCount: a.caseNos.length })),
    }));
}

/** The request and the one agency's part of it, or a Japanese not_found. */
export function requestPart(store: Store, requestId: number, agency: string) {
  const request = store.assessments.request(requestId);
  if (!request) throw new AppError('not_found', '依頼が見つかりません。一覧を開き直してください。');
  const part = request.agencies.find((a) => agencyKey(a.agency) === agencyKey(agency));
  if (!part) throw new AppError('not_found', `依頼番号 ${requestId} に「${agency}」への依頼はありません。`);
  return { request, part };
}

/** This agency's questions per case (meeting requests only). */
function questionsByCase(store: Store, request: AssessmentRequest, agency: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (request.meetingId === null) return out;
  for (const q of store.assessments.questions(request.meetingId)) {
    if (agencyKey(q.agency) !== agencyKey(agency)) continue;
    out.set(q.caseNo, [...(out.get(q.caseNo) ?? []), q.text]);
  }
  return out;
}

export function workbookData(store: Store, requestId: number, agency: string): RequestWorkbookData {
  const { request, part } = requestPart(store, requestId, agency);
  const questions = questionsByCase(store, request, part.agency);
  const dateStyle = store.settings.read().dateStyle;
  return {
    requestId: request.id,
    agency: part.agency,
    dueText: formatDate(request.dueDate, dateStyle),
    items: request.items,
    rows: part.caseNos.map((caseNo) => {
      const c = store.cases.get(caseNo);
      return {
        caseNo,
        name: c?.name ?? '',
        affiliation: c?.affiliation ?? '',
        questions: questions.get(caseNo) ?? [],
      };
    }),
  };
}

export function letterData(store: Store, requestId: number, agency: string, today: string): RequestLetterData {
  const { request, part } = requestPart(store, requestId, agency);
  const questions = questionsByCase(store, request, part.agency);
  const dateStyle = store.settings.read().dateStyle;
  const meeting: Meeting | null = request.meetingId === null ? null : store.meetings.get(request.meetingId);
  return {
    agency: part.agency,
    requestId: request.id,
    dateText: formatDate(today, dateStyle),
    dueText: formatDate(request.dueDate, dateStyle),
    meeting: meeting && {
      title: meeting.title,
      dateText: formatDate(meeting.date, dateStyle),
      startTime: meeting.startTime,
      place: meeting.place,
    },
    cases: part.caseNos.map((caseNo) => ({
      caseNo,
      name: store.cases.get(caseNo)?.name ?? '',
      questions: questions.get(caseNo) ?? [],
    })),
  };
}

/** `12_第一小学校_アセスメントシート.xlsx`: the agency's name made safe for a Windows file name. */
export function requestFileName(requestId: number, agency: string, what: 'アセスメントシート' | '依頼文'): string {
  const safe = agency
    .normalize('NFKC')
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_')
    .replace(/[. ]+$/, '')
    .slice(0, 60);
  return `${requestId}_${safe || '機関'}_${what}.${what === '依頼文' ? 'docx' : 'xlsx'}`;
}
