// casesheets.*: ケースごとの集約 — the merged assessment sheet of each case asked about in a meeting's requests
// (shared/assessment/merge.ts) and the 聞き取り after each worry. Masked (the default) gives the masked label
// and every free text passed through the case's masking policy.
import { z } from 'zod';
import type { CaseSheetSummary, MergedSheet } from '../assessment/merge';
import { hearingInputSchema, type Hearing } from '../assessment/types';
import { caseNoSchema } from '../ledger/case-no';
import type { Group } from '../meeting/types';
import { method, result } from './method';

/** One case of the meeting's list: its summary, its label and where it sits on the agenda (null: not on it). */
export interface CaseSheetListRow extends CaseSheetSummary {
  label: string;
  group: Group | null;
}

export type CaseSheetView = MergedSheet & { label: string };

const meetingId = z.number().int().positive();
const masked = z.boolean().default(true);

export const casesheetsMethods = {
  /** Every case asked about in the meeting's requests, in 登録番号 order. */
  'casesheets.forMeeting': method(z.object({ meetingId, masked }).strict(), result<{ cases: CaseSheetListRow[] }>()),
  'casesheets.forCase': method(z.object({ meetingId, caseNo: caseNoSchema, masked }).strict(), result<CaseSheetView>()),
  /** Only for an existing worry (a check answered はい in the current answer); 済 needs 誰が and いつ. */
  'casesheets.setHearing': method(hearingInputSchema, result<Hearing>()),
} as const;
