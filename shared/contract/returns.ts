// returns.*: 回収状況 — which agencies have sent their assessment sheets back for a request, who has not,
// each answer's history of re-sends, and the reminder list (督促一覧) the secretariat phones or mails from.
// Answers come in through reports.import (a returned request workbook); this namespace only reads them.
import { z } from 'zod';
import type { AgencyReturn, AnswerHistoryEntry, RequestReturns } from '../assessment/returns-status';
import { caseNoSchema } from '../ledger/case-no';
import { filePasswordSchema } from '../text/file-password';
import { method, result, type ExportedFile } from './method';

/** A case as the meeting page shows it: masked ('R7-0001 Y.H.'). */
export interface MaskedCase {
  caseNo: string;
  caseLabel: string;
}

export interface AgencyReturnView extends Omit<AgencyReturn, 'unanswered'> {
  unanswered: MaskedCase[];
}

export interface RequestReturnsView extends Omit<RequestReturns, 'agencies'> {
  agencies: AgencyReturnView[];
}

export interface AnswerHistoryView extends AnswerHistoryEntry {
  caseLabel: string;
}

const requestId = z.number().int().positive();

export const returnsMethods = {
  /** Per request of the meeting (null: those between meetings), per agency: asked, answered, state, late. */
  'returns.status': method(
    z.object({ meetingId: z.number().int().positive().nullable() }).strict(),
    result<{ today: string; requests: RequestReturnsView[] }>(),
  ),
  /** One agency's answers to a request (one case, or all its cases), every re-send with what it changed. */
  'returns.history': method(
    z.object({ requestId, agency: z.string().trim().min(1).max(200), caseNo: caseNoSchema.optional() }).strict(),
    result<{ entries: AnswerHistoryView[] }>(),
  ),
  /** 「回答のお願い（督促）一覧」 (DOCX, 取扱注意): per agency not fully answered, its cases without an answer. */
  'returns.reminder': method(
    z.object({ requestId, filePassword: filePasswordSchema.optional() }).strict(),
    result<ExportedFile>(),
  ),
} as const;
