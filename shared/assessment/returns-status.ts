// 回収状況: per request, which agencies have answered for which of their cases, and who is late. Pure: it is
// built from the request and its stored answers (with history), so the meeting page, the reminder list
// (督促一覧) and the CLI read the same counts.
import type { AnswerData, AssessmentRequest, StoredAnswer } from './types';

export const RETURN_STATES = ['回答済', '一部回答', '未回答'] as const;
export type ReturnState = (typeof RETURN_STATES)[number];

export interface AgencyReturn {
  agency: string;
  /** Cases asked of this agency. */
  asked: number;
  /** Cases with a current answer. */
  answered: number;
  state: ReturnState;
  /** The request is past due and this agency has not answered every case. */
  overdue: boolean;
  /** ISO instant of the agency's newest import, or null. */
  lastImportedAt: string | null;
  /** Imports that replaced an earlier answer (corrected re-sends). */
  resends: number;
  /** The cases without an answer, in the request's order. */
  unanswered: string[];
}

export interface RequestReturns {
  requestId: number;
  meetingId: number | null;
  dueDate: string;
  /** Past the due day (回答期限) with some agency not fully answered. */
  overdue: boolean;
  agencies: AgencyReturn[];
  /** Agencies not fully answered (未回答 or 一部回答). */
  waiting: number;
}

export function stateOf(asked: number, answered: number): ReturnState {
  if (answered >= asked) return '回答済';
  return answered === 0 ? '未回答' : '一部回答';
}

/** The status of one request on day `today` (ISO), from its answers with history. */
export function requestReturns(
  request: AssessmentRequest,
  answers: readonly StoredAnswer[],
  today: string,
): RequestReturns {
  const pastDue = today > request.dueDate;
  const agencies = request.agencies.map((a): AgencyReturn => {
    const own = answers.filter((x) => x.agency === a.agency && a.caseNos.includes(x.caseNo));
    const current = new Set(own.filter((x) => x.replacedAt === null).map((x) => x.caseNo));
    const answered = a.caseNos.filter((n) => current.has(n)).length;
    const state = stateOf(a.caseNos.length, answered);
    const imports = own.map((x) => x.importedAt).sort();
    return {
      agency: a.agency,
      asked: a.caseNos.length,
      answered,
      state,
      overdue: pastDue && state !== '回答済',
      lastImportedAt: imports.at(-1) ?? null,
      // A re-send stamps the answers it replaces with its own import instant.
      resends: new Set(own.flatMap((x) => (x.replacedAt === null ? [] : [x.replacedAt]))).size,
      unanswered: a.caseNos.filter((n) => !current.has(n)),
    };
  });
  const waiting = agencies.filter((a) => a.state !== '回答済').length;
  return {
    requestId: request.id,
    meetingId: request.meetingId,
    dueDate: request.dueDate,
    overdue: pastDue && waiting > 0,
    agencies,
    waiting,
  };
}

/** The labels of what differs between two answers to one request (items, 記入日, 記入者, その他の列). */
export function changedLabels(request: AssessmentRequest, before: AnswerData, after: AnswerData): string[] {
  const out: string[] = [];
  for (const item of request.items) {
    const a = before.answers[item.id] ?? before.unread[item.id] ?? null;
    const b = after.answers[item.id] ?? after.unread[item.id] ?? null;
    if (a !== b) out.push(item.label);
  }
  if (before.filledOn !== after.filledOn) out.push('記入日');
  if (before.filledBy !== after.filledBy) out.push('記入者');
  if (JSON.stringify(before.extra) !== JSON.stringify(after.extra)) out.push('その他の列');
  return out;
}

export interface AnswerHistoryEntry {
  caseNo: string;
  fileName: string;
  importedAt: string;
  importedBy: string;
  /** Null for the current answer. */
  replacedAt: string | null;
  /** Items answered (readable or kept as written) in this version. */
  answeredItems: number;
  /** What this version changed from the one before it (empty for the first). */
  changed: string[];
}

/** One agency's answers to a request (optionally one case), every version with what it changed, oldest first. */
export function answerHistory(
  request: AssessmentRequest,
  answers: readonly StoredAnswer[],
  agency: string,
  caseNo?: string,
): AnswerHistoryEntry[] {
  const own = answers
    .filter((a) => a.agency === agency && (caseNo === undefined || a.caseNo === caseNo))
    .sort((a, b) => a.id - b.id);
  const previous = new Map<string, StoredAnswer>();
  return own.map((a) => {
    const before = previous.get(a.caseNo);
    previous.set(a.caseNo, a);
    return {
      caseNo: a.caseNo,
      fileName: a.fileName,
      importedAt: a.importedAt,
      importedBy: a.importedBy,
      replacedAt: a.replacedAt,
      answeredItems: new Set([...Object.keys(a.answers), ...Object.keys(a.unread)]).size,
      changed: before ? changedLabels(request, before, a) : [],
    };
  });
}
