// joint.*: the 合同ケース会議's proposals (提案) and its standing list (名簿), kept by the 統括支援員
// (shared/joint/). The list's rows carry the newest recorded decision of a 合同ケース会議 on each case.
import { z } from 'zod';
import { caseNoSchema } from '../ledger/case-no';
import { isoDate } from '../ledger/case';
import type { JointListRow } from '../joint/list-rows';
import { proposalInputSchema, type ListEvent, type Proposal } from '../joint/types';
import { filePasswordSchema } from '../text/file-password';
import { method, result, type ExportedFile } from './method';

/** A proposal with the ledger's name of its case (for a proposal about a registered case). */
export interface ProposalView extends Proposal {
  caseName: string | null;
}

export interface JointOverview {
  proposals: ProposalView[];
  rows: JointListRow[];
  /** The 登録番号 a family accepted today would get (new-case.ts); the screen lets the user change it. */
  nextCaseNo: string;
}

const id = z.number().int().positive();
const reason = z.string().trim().min(1, '理由を入力してください').max(500);

export const jointMethods = {
  'joint.overview': method(z.object({}).strict(), result<JointOverview>()),
  'joint.propose': method(z.object({ proposal: proposalInputSchema }).strict(), result<{ id: number }>()),
  /** 名簿に追加; a family not in the ledger becomes case `caseNo` (default: the next free number). */
  'joint.accept': method(z.object({ id, caseNo: caseNoSchema.optional() }).strict(), result<{ caseNo: string }>()),
  /** 見送り, with the reason. */
  'joint.decline': method(z.object({ id, reason }).strict(), result<{ ok: true }>()),
  /** A ledger case put on the list directly. */
  'joint.add': method(z.object({ caseNo: caseNoSchema, on: isoDate, reason }).strict(), result<{ ok: true }>()),
  /** A case taken off the list by hand (a decision's 名簿から外す goes through the write-back). */
  'joint.leave': method(z.object({ caseNo: caseNoSchema, on: isoDate, reason }).strict(), result<{ ok: true }>()),
  'joint.history': method(z.object({ caseNo: caseNoSchema }).strict(), result<{ events: ListEvent[] }>()),
  /** The list as a workbook (取扱注意), optionally with an open password. */
  'joint.export': method(z.object({ filePassword: filePasswordSchema.optional() }).strict(), result<ExportedFile>()),
} as const;
