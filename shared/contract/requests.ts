// requests.*: requests to agencies before a meeting (or between meetings), the secretariat's questions
// (説明してほしいこと) and the files a request sends: the assessment workbook and the 依頼文, one of each per agency.
import { z } from 'zod';
import type { PlanReason } from '../assessment/request-plan';
import { questionInputSchema, requestInputSchema, type AssessmentRequest, type Question } from '../assessment/types';
import type { AgencyKind } from '../meeting/types';
import { filePasswordSchema } from '../text/file-password';
import { method, result, type ExportedFile } from './method';

/** A case a plan proposes to ask about, as the screen shows it (masked: 登録番号 and initials). */
export interface PlanCaseView {
  caseNo: string;
  label: string;
  reasons: PlanReason[];
}

export interface PlanAgencyView {
  agency: string;
  kind: AgencyKind | null;
  cases: PlanCaseView[];
}

export interface RequestPlanView {
  agencies: PlanAgencyView[];
  /** Every case the request could ask about (for 説明してほしいこと), masked, by 登録番号. */
  cases: { caseNo: string; label: string }[];
  /** A due date to propose: 7 days before the meeting (never before today); between meetings, a week from today. */
  suggestedDue: string;
}

/** A request as listed: the agencies with how many cases each was asked about. */
export interface RequestSummary {
  id: number;
  meetingId: number | null;
  dueDate: string;
  createdAt: string;
  createdBy: string;
  itemCount: number;
  agencies: { agency: string; caseCount: number }[];
}

const meetingKey = z.object({ meetingId: z.number().int().positive().nullable() }).strict();
const fileInput = z
  .object({
    requestId: z.number().int().positive(),
    agency: z.string().trim().min(1).max(200),
    filePassword: filePasswordSchema.optional(),
  })
  .strict();

export const requestsMethods = {
  'requests.plan': method(meetingKey, result<RequestPlanView>()),
  /** Asks the current sheet's items (askedItems); refuses a case not open and an agency with no case. */
  'requests.create': method(requestInputSchema, result<{ request: AssessmentRequest }>()),
  'requests.list': method(meetingKey, result<{ requests: RequestSummary[] }>()),
  'requests.questions': method(
    z.object({ meetingId: z.number().int().positive() }).strict(),
    result<{ questions: Question[] }>(),
  ),
  'requests.saveQuestion': method(
    questionInputSchema.extend({ id: z.number().int().positive().optional() }).strict(),
    result<{ question: Question }>(),
  ),
  'requests.deleteQuestion': method(z.object({ id: z.number().int().positive() }).strict(), result<{ ok: true }>()),
  /** The agency's assessment workbook (xlsx), 取扱注意, with an open password when one is given. */
  'requests.exportWorkbook': method(fileInput, result<ExportedFile>()),
  /** The agency's 依頼文 (docx). */
  'requests.exportLetter': method(fileInput, result<ExportedFile>()),
} as const;
