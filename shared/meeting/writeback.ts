// Write-back: what a meeting's recorded decisions change in the 進行管理台帳, case by case. Values are
// serialized as history rows store them (diff.ts), so a change, its history row and its undo all compare
// the same strings. A field someone else changed after the decision is a conflict the user settles.
import { caseFieldsSchema, registrationOf, type LedgerCase, type Registration } from '../ledger/case';
import { serializeFieldValue } from '../ledger/diff';
import { fieldLabel } from '../ledger/fields';
import type { Decision, DecisionInput } from './decision';
import type { DateStyle } from '../time/date-style';
import { maskedLabel } from './mask';
import { actionViews, type ActionView, type WritebackAction } from './writeback-actions';

/** The ledger fields a decision can change, in the order the preview lists them. */
export const WRITEBACK_FIELDS = [
  'classification',
  'registration',
  'registeredDate',
  'riskLevel',
  'leadAgency',
  'agencies',
  'policy',
  'nextReview',
  'status',
  'closedDate',
  'closedReason',
] as const;
export type WritebackField = (typeof WRITEBACK_FIELDS)[number];

export interface WritebackChange {
  field: WritebackField;
  label: string;
  oldValue: string | null;
  newValue: string | null;
}

export interface WritebackConflict {
  field: WritebackField;
  label: string;
  /** What the ledger holds now (after the hand edit). */
  ledgerValue: string | null;
  /** What the meeting decided. */
  meetingValue: string | null;
}

export interface WritebackCasePlan {
  caseNo: string;
  /** caseNo + romaji initials: the plan may be saved to a report file. */
  label: string;
  changes: WritebackChange[];
  conflicts: WritebackConflict[];
  /** What it makes or changes outside the ledger's fields (writeback-actions.ts). */
  actions: ActionView[];
}

export type KeepChoice = 'ledger' | 'meeting';
export interface ConflictResolution {
  caseNo: string;
  field: string;
  keep: KeepChoice;
}

/** A change to a case's field made outside this meeting's write-back (a hand edit, an import, another meeting). */
export interface FieldEdit {
  caseNo: string;
  field: string;
  at: string;
}

export class WritebackError extends Error {}

/**
 * What the decision sets, per field (serialized); agencies are added to those the case already has.
 * A 合同ケース会議's 判定 registers the family with the 要対協 (its 種別, 登録区分 and, on the meeting's day, 登録日)
 * or keeps it a センター支援 family; a closure handed over to 母子保健 keeps the family open as センター支援
 * instead of closing it.
 */
export function decidedValues(
  decision: DecisionInput,
  current: LedgerCase,
  meetingDate: string | null = null,
): Partial<Record<WritebackField, string | null>> {
  const values: Partial<Record<WritebackField, string | null>> = {};
  const register = (to: Registration) => {
    if (registrationOf(current) === to) return;
    values.registration = to;
    if (to === '要対協登録' && meetingDate !== null) values.registeredDate = meetingDate;
  };
  const judged = decision.judgement?.kind;
  if (judged === '要保護児童' || judged === '要支援児童' || judged === '特定妊婦') {
    values.classification = judged;
    register('要対協登録');
  } else if (judged === 'センター支援のみ') register('センター支援');
  if (decision.classification !== null) values.classification = decision.classification;
  if (decision.riskLevel !== null) values.riskLevel = decision.riskLevel;
  const lead = decision.leadAgency?.trim();
  if (lead) values.leadAgency = lead;
  const added = decision.roles.map((r) => r.agency.trim()).filter((a) => a !== '' && !current.agencies.includes(a));
  if (added.length > 0) values.agencies = serializeFieldValue([...new Set([...current.agencies, ...added])]);
  if (decision.policy !== null && decision.policy.trim() !== '') values.policy = decision.policy;
  if (decision.nextReview !== null) values.nextReview = decision.nextReview;
  if (decision.closure !== null && decision.handOverToMaternal) register('センター支援');
  else if (decision.closure !== null) {
    values.status = 'closed';
    values.closedDate = decision.closure.date;
    values.closedReason = decision.closure.reason;
  }
  return values;
}

export function fieldValue(c: LedgerCase, field: WritebackField): string | null {
  if (field === 'registration') return registrationOf(c);
  return serializeFieldValue(c[field]);
}

/**
 * One case's changes and conflicts. `editedFields` are the fields changed by someone else after the
 * decision was recorded: where the ledger now differs from the decision there, the user must choose.
 * Agencies only ever gain names, so they are merged with whatever the ledger holds and never conflict.
 */
export function planCase(
  c: LedgerCase,
  decision: DecisionInput,
  editedFields: ReadonlySet<string>,
  meetingDate: string | null = null,
  actions: readonly WritebackAction[] = [],
  style?: DateStyle,
): WritebackCasePlan {
  const changes: WritebackChange[] = [];
  const conflicts: WritebackConflict[] = [];
  const decided = decidedValues(decision, c, meetingDate);
  for (const field of WRITEBACK_FIELDS) {
    if (!(field in decided)) continue;
    const newValue = decided[field] ?? null;
    const oldValue = fieldValue(c, field);
    if (oldValue === newValue) continue;
    const label = fieldLabel(field);
    if (field !== 'agencies' && editedFields.has(field))
      conflicts.push({ field, label, ledgerValue: oldValue, meetingValue: newValue });
    else changes.push({ field, label, oldValue, newValue });
  }
  return { caseNo: c.caseNo, label: maskedLabel(c), changes, conflicts, actions: actionViews(actions, style) };
}

/**
 * The whole meeting's plan: every recorded decision on a case in the ledger that is not already in an
 * application of this meeting (applying again changes nothing). Cases with nothing to change are left out.
 */
export function planWriteback(input: {
  decisions: readonly Decision[];
  cases: ReadonlyMap<string, LedgerCase>;
  edits: readonly FieldEdit[];
  applied: ReadonlySet<string>;
  /** The meeting's day: a family registered with the 要対協 by its 判定 is registered on it. */
  meetingDate?: string;
  /** The actions outside the ledger's fields each decision asks for (none when absent). */
  actionsFor?: (decision: Decision, c: LedgerCase) => WritebackAction[];
  /** How the actions' days are written (the council's setting). */
  dateStyle?: DateStyle;
}): WritebackCasePlan[] {
  const plans: WritebackCasePlan[] = [];
  for (const decision of input.decisions) {
    if (decision.state !== 'recorded' || input.applied.has(decision.caseNo)) continue;
    const c = input.cases.get(decision.caseNo);
    if (!c) continue;
    const since = decision.recordedAt ?? '';
    const edited = new Set(input.edits.filter((e) => e.caseNo === decision.caseNo && e.at > since).map((e) => e.field));
    const actions = input.actionsFor?.(decision, c) ?? [];
    const plan = planCase(c, decision, edited, input.meetingDate ?? null, actions, input.dateStyle);
    if (plan.changes.length > 0 || plan.conflicts.length > 0 || plan.actions.length > 0) plans.push(plan);
  }
  return plans;
}

/**
 * The changes to apply: excluded cases dropped, each conflict settled by the user's choice. Throws a
 * WritebackError (Japanese) when a conflict of an included case has no choice: never overwrite silently.
 */
export function resolvePlan(
  plans: readonly WritebackCasePlan[],
  choices: { excludeCaseNos: readonly string[]; resolutions: readonly ConflictResolution[] },
): { caseNo: string; changes: WritebackChange[] }[] {
  const excluded = new Set(choices.excludeCaseNos);
  const keep = new Map(choices.resolutions.map((r) => [`${r.caseNo}\u0000${r.field}`, r.keep]));
  const unresolved: string[] = [];
  const result = plans
    .filter((p) => !excluded.has(p.caseNo))
    .map((plan) => {
      const changes = [...plan.changes];
      for (const conflict of plan.conflicts) {
        const choice = keep.get(`${plan.caseNo}\u0000${conflict.field}`);
        if (choice === undefined) unresolved.push(`${plan.label} の${conflict.label}`);
        else if (choice === 'meeting') {
          changes.push({
            field: conflict.field,
            label: conflict.label,
            oldValue: conflict.ledgerValue,
            newValue: conflict.meetingValue,
          });
        }
      }
      changes.sort((a, b) => WRITEBACK_FIELDS.indexOf(a.field) - WRITEBACK_FIELDS.indexOf(b.field));
      return { caseNo: plan.caseNo, changes };
    });
  if (unresolved.length > 0) {
    throw new WritebackError(
      `台帳が会議の後に変更された項目があります（${unresolved.join('、')}）。` +
        '「台帳の値を残す」か「会議の決定にする」を選んでから反映してください。',
    );
  }
  return result;
}

/** The case with `changes` set (values as serialized); throws WritebackError when the result is not a valid case. */
export function withChanges(c: LedgerCase, changes: readonly { field: string; newValue: string | null }[]): LedgerCase {
  const next: Record<string, unknown> = { ...c };
  for (const { field, newValue } of changes) {
    if (!(WRITEBACK_FIELDS as readonly string[]).includes(field))
      throw new WritebackError(`反映できない項目です: ${field}`);
    if (field === 'agencies') next.agencies = newValue === null ? [] : newValue.split('、');
    else if (field === 'registration') next.registration = newValue ?? undefined;
    else if (field === 'status') next.status = newValue ?? 'active';
    else next[field] = newValue;
  }
  const parsed = caseFieldsSchema.safeParse(next);
  if (!parsed.success) throw new WritebackError(`登録番号「${c.caseNo}」に反映できない値があります。`);
  return parsed.data;
}

/** The history rows' detail: which meeting the change came from, e.g. `会議#12 第3回実務者会議`. */
export function writebackDetail(meeting: { id: number; title: string }): string {
  return `会議#${meeting.id} ${meeting.title}`;
}

/** Whether a history row's detail names this meeting (its own write-back and undo rows are not edits by others). */
export function isFromMeeting(detail: string | null, meetingId: number): boolean {
  return detail !== null && (detail === `会議#${meetingId}` || detail.startsWith(`会議#${meetingId} `));
}

/** One field an application changed, as the applications list shows it. */
export interface AppliedChange {
  caseNo: string;
  field: string;
  label: string;
  oldValue: string | null;
  newValue: string | null;
}

/** A write-back already done: when, by whom, the backup made before it, and (once undone) when it was undone. */
export interface WritebackApplication {
  id: number;
  meetingId: number;
  appliedAt: string;
  by: string;
  backupPath: string;
  undoneAt: string | null;
  caseNos: string[];
  changes: AppliedChange[];
  /** What it made or changed outside the ledger's fields, in words. */
  actions: { caseNo: string; label: string }[];
}

export interface WritebackPreview {
  cases: WritebackCasePlan[];
  applications: WritebackApplication[];
}
/** applicationId and backupPath are null when there was nothing to apply (no backup, no record). */
export interface WritebackApplyResult {
  applicationId: number | null;
  changed: number;
  backupPath: string | null;
}
export interface WritebackSkip {
  caseNo: string;
  field: string;
  reason: string;
}
export interface WritebackUndoResult {
  reverted: number;
  skipped: WritebackSkip[];
}
