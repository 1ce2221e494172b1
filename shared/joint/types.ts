// The 合同ケース会議's proposals (提案) and its standing list (名簿), kept by the 統括支援員. Plain data for the
// backend, the screens and the CLI; the rules that work on it live beside this file.
import { z } from 'zod';
import { isoDate } from '../ledger/case';
import { birthDateSchema } from '../ledger/date-rules';
import { caseNoSchema } from '../ledger/case-no';

/** The function a proposal comes from: one of the centre's two (a proposal is never from 両機能). */
export const PROPOSAL_FUNCTIONS = ['母子保健', '児童福祉'] as const;
export type ProposalFunction = (typeof PROPOSAL_FUNCTIONS)[number];

export const PROPOSAL_REASONS = [
  'リスクアセスメントシート',
  '特定妊婦の可能性',
  '新規の相談',
  '継続支援（要対協終結後）',
  'その他',
] as const;
export type ProposalReason = (typeof PROPOSAL_REASONS)[number];

/** 提案中 → 名簿に追加 (accepted) / 見送り (declined, with a reason). */
export const PROPOSAL_STATUSES = ['open', 'accepted', 'declined'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];
export const PROPOSAL_STATUS_LABELS: Readonly<Record<ProposalStatus, string>> = {
  open: '提案中',
  accepted: '名簿に追加',
  declined: '見送り',
};

const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .transform((v) => (v === '' ? null : v));

/** A family not (yet) in the ledger: the child's or the pregnant woman's name, and what identifies them. */
export const proposedFamilySchema = z.object({
  name: text(100).min(1, '子ども（または妊婦）の氏名を入力してください'),
  kana: optionalText(100),
  birthDate: birthDateSchema.nullable(),
  /** 出産予定日, for a pregnant woman. */
  dueDate: isoDate.nullable(),
  district: optionalText(100),
  guardianName: optionalText(100),
});
export type ProposedFamily = z.infer<typeof proposedFamilySchema>;

export const proposalInputSchema = z
  .object({
    /** Who proposes (the staff member's name). */
    proposer: text(100).min(1, '提案者を入力してください'),
    function: z.enum(PROPOSAL_FUNCTIONS),
    proposedOn: isoDate,
    reason: z.enum(PROPOSAL_REASONS),
    reasonText: optionalText(2000),
    /** A registered ledger case; or null with `family` set. */
    caseNo: caseNoSchema.nullable(),
    family: proposedFamilySchema.nullable(),
  })
  .refine((p) => (p.caseNo === null) !== (p.family === null), {
    message: '台帳のケースか、台帳にない世帯のどちらか一方を指定してください',
  });
export type ProposalInput = z.infer<typeof proposalInputSchema>;

export interface Proposal extends ProposalInput {
  id: number;
  status: ProposalStatus;
  /** When it was accepted or declined, by whom, and (見送り) why. */
  decidedAt: string | null;
  decidedBy: string | null;
  declineReason: string | null;
  createdAt: string;
}

/** A case on the list: since when, by whom, why, and from which proposal (null: added by hand). */
export interface ListEntry {
  caseNo: string;
  joinedOn: string;
  joinedBy: string;
  reason: string;
  proposalId: number | null;
}

export const LIST_EVENT_KINDS = ['joined', 'left', 'returned'] as const;
export type ListEventKind = (typeof LIST_EVENT_KINDS)[number];
export const LIST_EVENT_LABELS: Readonly<Record<ListEventKind, string>> = {
  joined: '名簿に追加',
  left: '名簿から外す',
  returned: '外したことを取り消し',
};

/** The list's history: who moved a case on or off it, when (the day it counts from, and the instant), why. */
export interface ListEvent {
  id: number;
  caseNo: string;
  kind: ListEventKind;
  /** The day it took effect. */
  on: string;
  at: string;
  by: string;
  reason: string | null;
  /** The write-back that made it (a decision's 名簿から外す), so its undo finds it; null when made by hand. */
  applicationId: number | null;
}

/** What the write-back passes when a decision takes a case off the list. */
export interface LeaveInput {
  /** The day it takes effect (the meeting's). */
  at: string;
  by: string;
  reason: string;
  applicationId?: number | null;
}
