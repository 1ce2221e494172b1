// 台帳への反映: previews, applies and undoes a meeting's recorded decisions in the ledger. Apply makes a
// backup first, then changes the cases, writes their history rows and records the application in ONE
// transaction, so a crash leaves the ledger entirely before or entirely after.
import { AppError } from '../../shared/contract';
import type { LedgerCase } from '../../shared/ledger/case';
import { fieldLabel } from '../../shared/ledger/fields';
import {
  fieldValue,
  isFromMeeting,
  planWriteback,
  resolvePlan,
  withChanges,
  WritebackError,
  writebackDetail,
  WRITEBACK_FIELDS,
  type AppliedChange,
  type ConflictResolution,
  type FieldEdit,
  type WritebackApplication,
  type WritebackApplyResult,
  type WritebackCasePlan,
  type WritebackField,
  type WritebackPreview,
  type WritebackSkip,
  type WritebackUndoResult,
} from '../../shared/meeting/writeback';
import { actionLabel, decidedActions, type WritebackAction } from '../../shared/meeting/writeback-actions';
import type { Decision } from '../../shared/meeting/decision';
import type { Store } from '../repos/store';
import { decisionStepNote } from './family-services';
import { targetOf, type ActionContext } from './writeback-targets';

export interface ApplyChoices {
  excludeCaseNos: readonly string[];
  resolutions: readonly ConflictResolution[];
}

export class WritebackService {
  constructor(
    private readonly store: Store,
    private readonly now: () => Date,
  ) {}

  preview(meetingId: number): WritebackPreview {
    return { cases: this.plan(meetingId), applications: this.applications(meetingId) };
  }

  /** Backup, then the one transaction. The two halves are public so the bench can time them apart. */
  apply(meetingId: number, choices: ApplyChoices): WritebackApplyResult & { caseNos: string[] } {
    this.requireEnded(meetingId);
    // Refuse an unresolved conflict before spending time on the backup; nothing to apply, no backup and no record.
    if (this.resolve(meetingId, choices).length === 0)
      return { applicationId: null, changed: 0, backupPath: null, caseNos: [] };
    const backupPath = this.backup(meetingId);
    return this.commit(meetingId, choices, backupPath);
  }

  backup(meetingId: number): string {
    return this.store.backups.beforeWriteback(meetingId, this.now(), this.store.settings.read().timeZone);
  }

  commit(meetingId: number, choices: ApplyChoices, backupPath: string): WritebackApplyResult & { caseNos: string[] } {
    const at = this.now().toISOString();
    const { cases, writebacks } = this.store;
    return this.store.tx(() => {
      // Planned again inside the transaction: what the user saw may be stale by a hand edit since.
      const resolved = this.resolve(meetingId, choices);
      const detail = writebackDetail(this.store.meetings.get(meetingId));
      const caseNos = resolved.map((r) => r.caseNo);
      if (caseNos.length === 0) return { applicationId: null, changed: 0, backupPath, caseNos };
      const applicationId = writebacks.addApplication({
        meetingId,
        appliedAt: at,
        by: this.store.settings.read().operatorName,
        backupPath,
        caseNos,
      });
      let changed = 0;
      const meeting = this.store.meetings.get(meetingId);
      const ctx: ActionContext = {
        at,
        by: this.store.settings.read().operatorName,
        detail,
        applicationId,
        meetingId,
        meetingDate: meeting.date,
      };
      const decisions = new Map(this.store.live.decisions(meetingId).map((d) => [d.caseNo, d]));
      for (const { caseNo, changes } of resolved) {
        const decision = decisions.get(caseNo);
        if (changes.length > 0) cases.replace(this.updated(this.caseOrThrow(caseNo), changes), at);
        // After the fields: a plan made for a family registered by this very decision names it as registered.
        if (decision) changed += this.applyActions(this.caseOrThrow(caseNo), decision, ctx);
        if (changes.length === 0) continue;
        for (const change of changes) {
          cases.addHistory(
            {
              caseNo,
              source: 'meeting',
              field: change.field,
              oldValue: change.oldValue,
              newValue: change.newValue,
              detail,
            },
            at,
          );
          writebacks.addChange(applicationId, {
            caseNo,
            field: change.field,
            oldValue: change.oldValue,
            newValue: change.newValue,
          });
          changed++;
        }
      }
      return { applicationId, changed, backupPath, caseNos };
    });
  }

  undo(applicationId: number): WritebackUndoResult & { meetingId: number; caseNos: string[] } {
    const at = this.now().toISOString();
    const { cases, writebacks } = this.store;
    return this.store.tx(() => {
      const row = writebacks.application(applicationId);
      if (!row) throw new AppError('not_found', `反映の記録（#${applicationId}）が見つかりません。`);
      if (row.undoneAt !== null) throw new AppError('invalid_input', 'この反映はすでに元に戻されています。');
      const detail = `${writebackDetail(this.store.meetings.get(row.meetingId))}（反映の取り消し）`;
      const skipped: WritebackSkip[] = [];
      const reverts = new Map<string, { field: WritebackField; oldValue: string | null; newValue: string | null }[]>();
      for (const change of writebacks.changes(applicationId)) {
        const c = cases.get(change.caseNo);
        const field = change.field as WritebackField;
        const current = c ? fieldValue(c, field) : null;
        if (!c || current !== change.newValue) {
          skipped.push({
            caseNo: change.caseNo,
            field: change.field,
            reason: `反映の後に変更されています（いまの値: ${current ?? 'なし'}）`,
          });
          continue;
        }
        const list = reverts.get(change.caseNo) ?? [];
        list.push({ field, oldValue: change.newValue, newValue: change.oldValue });
        reverts.set(change.caseNo, list);
      }
      let reverted = 0;
      for (const [caseNo, changes] of reverts) {
        cases.replace(this.updated(this.caseOrThrow(caseNo), changes), at);
        for (const change of changes) {
          cases.addHistory(
            {
              caseNo,
              source: 'meeting',
              field: change.field,
              oldValue: change.oldValue,
              newValue: change.newValue,
              detail,
            },
            at,
          );
          reverted++;
        }
      }
      const ctx: ActionContext = {
        at,
        by: this.store.settings.read().operatorName,
        detail,
        applicationId,
        meetingId: row.meetingId,
        meetingDate: this.store.meetings.get(row.meetingId).date,
      };
      // Newest first: a record made by one action may be changed by a later one.
      for (const action of writebacks.actions(applicationId).reverse()) {
        const reason = targetOf(action.kind).undo(this.store, action, ctx);
        if (reason === null) reverted++;
        else skipped.push({ caseNo: action.caseNo, field: action.label, reason });
      }
      writebacks.markUndone(applicationId, at);
      return { reverted, skipped, meetingId: row.meetingId, caseNos: [...reverts.keys()] };
    });
  }

  applications(meetingId: number): WritebackApplication[] {
    return this.store.writebacks.applications(meetingId).map((row) => ({
      id: row.id,
      meetingId: row.meetingId,
      appliedAt: row.appliedAt,
      by: row.by,
      backupPath: row.backupPath,
      undoneAt: row.undoneAt,
      caseNos: row.caseNos,
      changes: this.store.writebacks.changes(row.id).map((c): AppliedChange => ({
        caseNo: c.caseNo,
        field: c.field,
        label: fieldLabel(c.field),
        oldValue: c.oldValue,
        newValue: c.newValue,
      })),
      actions: this.store.writebacks.actions(row.id).map((a) => ({ caseNo: a.caseNo, label: a.label })),
    }));
  }

  /** The actions outside the ledger's fields the decision asks for, given what the records hold now. */
  private actionsFor(decision: Decision): WritebackAction[] {
    const openPlan = this.store.plans.list({ caseNo: decision.caseNo }).find((p) => p.status !== 'closed') ?? null;
    const date = this.store.meetings.get(decision.meetingId).date;
    return decidedActions(decision, { openPlan, onList: this.store.joint.entry(decision.caseNo) !== null }).map((a) =>
      a.kind === 'service' ? { ...a, note: decisionStepNote(this.store, { caseNo: decision.caseNo, ...a, date }) } : a,
    );
  }

  private applyActions(c: LedgerCase, decision: Decision, ctx: ActionContext): number {
    const actions = this.actionsFor(decision);
    for (const action of actions) {
      const { targetId, before } = targetOf(action.kind).apply(this.store, c, action, ctx);
      this.store.writebacks.addAction(ctx.applicationId, {
        caseNo: c.caseNo,
        kind: action.kind,
        label: actionLabel(action, this.store.settings.read().dateStyle),
        targetId,
        before,
      });
    }
    return actions.length;
  }

  private plan(meetingId: number): WritebackCasePlan[] {
    const { meetings, live } = this.store;
    const decisions = live.decisions(meetingId).filter((d) => d.state === 'recorded');
    const cases = new Map<string, LedgerCase>();
    for (const d of decisions) {
      const c = this.store.cases.get(d.caseNo);
      if (c) cases.set(d.caseNo, c);
    }
    return planWriteback({
      decisions,
      cases,
      meetingDate: meetings.get(meetingId).date,
      actionsFor: (decision) => this.actionsFor(decision),
      dateStyle: this.store.settings.read().dateStyle,
      edits: this.editsByOthers(
        meetingId,
        decisions.map((d) => d.caseNo),
      ),
      applied: this.store.writebacks.appliedCases(meetingId),
    });
  }

  private resolve(meetingId: number, choices: ApplyChoices) {
    try {
      return resolvePlan(this.plan(meetingId), choices);
    } catch (err) {
      if (err instanceof WritebackError) throw new AppError('invalid_input', err.message);
      throw err;
    }
  }

  private updated(c: LedgerCase, changes: readonly { field: string; newValue: string | null }[]): LedgerCase {
    try {
      return withChanges(c, changes);
    } catch (err) {
      if (err instanceof WritebackError) throw new AppError('invalid_input', err.message);
      throw err;
    }
  }

  /** History rows of the written-back fields not made by this meeting's own write-backs and undos. */
  private editsByOthers(meetingId: number, caseNos: readonly string[]): FieldEdit[] {
    return this.store.cases
      .edits(caseNos, WRITEBACK_FIELDS)
      .filter((r) => !(r.source === 'meeting' && isFromMeeting(r.detail, meetingId)))
      .map((r) => ({ caseNo: r.caseNo, field: r.field, at: r.at }));
  }

  private requireEnded(meetingId: number): void {
    const meeting = this.store.meetings.get(meetingId);
    if (meeting.status !== '終了') {
      throw new AppError('invalid_input', 'この会議はまだ終了していません。会議を終了してから台帳に反映してください。');
    }
  }

  private caseOrThrow(caseNo: string): LedgerCase {
    const c = this.store.cases.get(caseNo);
    if (!c) throw new AppError('not_found', `登録番号「${caseNo}」のケースが台帳にありません。`);
    return c;
  }
}
