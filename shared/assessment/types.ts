// Requests to agencies (依頼), the questions the secretariat wants explained at the meeting, the assessment
// sheets that come back (回答) and the 聞き取り that follows a filled-in worry.
import { z } from 'zod';
import { isoDate } from '../ledger/case';
import { caseNoSchema } from '../ledger/case-no';
import type { AssessmentItem, CheckAnswer } from './sheet';

/** One request: the sheet as it was sent, to some agencies, each about its own cases. */
export interface AssessmentRequest {
  id: number;
  /** The meeting it prepares; null for a request between meetings. */
  meetingId: number | null;
  /** ISO day the answers are due (回答期限). */
  dueDate: string;
  /** The items as sent: a returned workbook is read against these, whatever the settings say since. */
  items: AssessmentItem[];
  agencies: RequestAgency[];
  createdAt: string;
  createdBy: string;
}

export interface RequestAgency {
  agency: string;
  /** The cases this agency was asked about, in the workbook's order. */
  caseNos: string[];
}

export const requestInputSchema = z
  .object({
    meetingId: z.number().int().positive().nullable(),
    dueDate: isoDate,
    agencies: z
      .array(
        z.object({
          agency: z.string().trim().min(1).max(200),
          caseNos: z.array(caseNoSchema).min(1, '依頼するケースを選んでください').max(2000),
        }),
      )
      .min(1, '依頼する機関を選んでください')
      .max(300),
  })
  .strict();
export type RequestInput = z.infer<typeof requestInputSchema>;

/** 「説明してほしいこと」: what the secretariat wants an agency to explain or comment on for one case. */
export interface Question {
  id: number;
  meetingId: number;
  agency: string;
  caseNo: string;
  text: string;
  updatedAt: string;
  updatedBy: string;
}

export const questionInputSchema = z
  .object({
    meetingId: z.number().int().positive(),
    agency: z.string().trim().min(1, '機関を選んでください').max(200),
    caseNo: caseNoSchema,
    text: z.string().trim().min(1, '説明してほしいことを入力してください').max(2000),
  })
  .strict();
export type QuestionInput = z.infer<typeof questionInputSchema>;

/** One answered cell: a check's word, a number (scale, days) or text. */
export type AnswerValue = CheckAnswer | number | string;

/** What an agency wrote for one case: every cell kept, the unreadable and the unknown ones too. */
export interface AnswerData {
  /** By item id, the answers read. */
  answers: Record<string, AnswerValue>;
  /** By item id, a cell that could not be read as its kind (「たぶん」 in a はい／いいえ column), kept as written. */
  unread: Record<string, string>;
  /** Columns the request did not have (an agency's own 備考 …), header and text, in the file's order. */
  extra: { header: string; value: string }[];
  /** 記入日 (ISO day) and 記入者, when written. */
  filledOn: string | null;
  filledBy: string | null;
}

export interface StoredAnswer extends AnswerData {
  id: number;
  requestId: number;
  agency: string;
  caseNo: string;
  fileName: string;
  importedAt: string;
  importedBy: string;
  /** Set when a corrected re-send replaced it; the current answer has null. */
  replacedAt: string | null;
}

export const HEARING_STATUSES = ['未', '済'] as const;
export type HearingStatus = (typeof HEARING_STATUSES)[number];

/** 聞き取り about one worry (a check item answered はい) one agency wrote about one case. */
export interface Hearing {
  requestId: number;
  caseNo: string;
  agency: string;
  itemId: string;
  status: HearingStatus;
  /** Who heard, on which ISO day, and what. */
  by: string | null;
  on: string | null;
  heard: string | null;
  updatedAt: string;
  updatedBy: string;
}

export const hearingInputSchema = z
  .object({
    requestId: z.number().int().positive(),
    caseNo: caseNoSchema,
    agency: z.string().trim().min(1).max(200),
    itemId: z.string().min(1).max(40),
    status: z.enum(HEARING_STATUSES),
    by: z.string().trim().max(100).nullable(),
    on: isoDate.nullable(),
    heard: z.string().trim().max(4000).nullable(),
  })
  .strict();
export type HearingInput = z.infer<typeof hearingInputSchema>;
