// 台帳への反映: previews, applies and undoes a meeting's recorded decisions in the ledger. Apply makes a
// backup first, then changes the cases, writes their history rows and records the application in ONE
// transaction, so a crash leaves the ledger entirely before or entirely after.
import { AppError } from '../../shared/contract';
import type { LedgerCase } from '../../shared/ledger/case';
import { fieldLabel } from '../../shared/ledger/fields';
import {
  fieldValue, isFromMeeting, planWriteback, resolvePlan, withChanges, WritebackError, writebackDetail, WRITEBACK_FIELDS,
  type AppliedChange, type ConflictResolution, type FieldEdit, type WritebackApplication, type WritebackApplyResult,
  type WritebackCasePlan, type WritebackField, type WritebackPreview, type WritebackSkip, type WritebackUndoResult,
} from '../../shared/meeting/writeback';
import { CasesRepo } from '../ledger/cases-repo';
import { readSettings } from '../ledger/settings-repo';
import type { Db } from '../open';
import { backupBeforeWriteback } from './writeback-backup';
import { meetingStore } from './store';

interface ApplicationRow {
  id: number;
  meeting_id: number;
  applied_at: string;
  by: string;
  backup_path: string;
  case_nos: string;
  undone_at: string | null;
}

interface ChangeRow { case_no: string; field: string; old_value: string | null; new_value: string | null }

export interface ApplyChoices { excludeCaseNos: readonly string[]; resolutions: readonly ConflictResolution[] }

export class WritebackService {
  private readonly cases: CasesRepo;

  constructor(private readonly db: Db, private readonly now: () => Date) {
    this.cases = new CasesRepo(db);
  }

  preview(meetingId: number): WritebackPreview {
    return { cases: this.plan(meetingId), applications: this.applications(meetingId) };
  }

  /** Backup, then the one transaction. The two halves are public so the bench can time them apart. */
  apply(meetingId: number, choices: ApplyChoices): WritebackApplyResult & { caseNos: string[] } {
    this.requireEnded(meetingId);
    // Refuse an unresolved conflict before spending time on the backup; nothing to apply, no backup and no record.
    if (this.resolve(meetingId, choices).length === 0) return { applicationId: null, changed: 0, backupPath: null, caseNos: [] };
    const backupPath = this.backup(meetingId);
    return this.commit(meetingId, choices, backupPath);
  }

  backup(meetingId: number): string {
    return backupBeforeWriteback(this.db, meetingId, this.now(), readSettings(this.db).timeZone);
  }

  commit(meetingId: number, choices: ApplyChoices, backupPath: string): WritebackApplyResult & { caseNos: string[] } {
    const at = this.now().toISOString();
    return this.db.transaction(() => {
      // Planned again inside the transaction: what the user saw may be stale by a hand edit since.
      const resolved = this.resolve(meetingId, choices);
      const detail = writebackDetail(meetingStore(this.db).meetings.get(meetingId));
      const caseNos = resolved.map((r) => r.caseNo);
      if (caseNos.length === 0) return { applicationId: null, changed: 0, backupPath, caseNos };
      const { lastInsertRowid } = this.db.prepare(`INSERT INTO writeback_applications (meeting_id, applied_at, by, backup_path, case_nos)
        VALUES (?, ?, ?, ?, ?)`).run(meetingId, at, readSettings(this.db).operatorName, backupPath, JSON.stringify(caseNos));
      const applicationId = Number(lastInsertRowid);
      const record = this.db.prepare('INSERT INTO writeback_changes (application_id, case_no, field, old_value, new_value) VALUES (?, ?, ?, ?, ?)');
      let changed = 0;
      for (const { caseNo, changes } of resolved) {
        if (changes.length === 0) continue;
        const before = this.caseOrThrow(caseNo);
        this.cases.replace(this.updated(before, changes), at);
        for (const change of changes) {
          this.cases.addHistory({ caseNo, source: 'meeting', field: change.field, oldValue: change.oldValue, newValue: change.newValue, detail }, at);
          record.run(applicationId, caseNo, change.field, change.oldValue, change.newValue);
          changed++;
        }
      }
      return { applicationId, changed, backupPath, caseNos };
    }).immediate();
  }

  undo(applicationId: number): WritebackUndoResult & { meetingId: number; caseNos: string[] } {
    const at = this.now().toISOString();
    return this.db.transaction(() => {
      const row = this.db.prepare('SELECT * FROM writeback_applications WHERE id = ?').get(applicationId) as ApplicationRow | undefined;
      if (!row) throw new AppError('not_found', `反映の記録（#${applicationId}）が見つかりません。`);
      if (row.undone_at !== null) throw new AppError('invalid_input', 'この反映はすでに元に戻されています。');
      const detail = `${writebackDetail(meetingStore(this.db).meetings.get(row.meeting_id))}（反映の取り消し）`;
      const skipped: WritebackSkip[] = [];
      const reverts = new Map<string, { field: WritebackField; oldValue: string | null; newValue: string | null }[]>();
      for (const change of this.changeRows(applicationId)) {
        const c = this.cases.get(change.case_no);
        const field = change.field as WritebackField;
        const current = c ? fieldValue(c, field) : null;
        if (!c || current !== change.new_value) {
          skipped.push({ caseNo: change.case_no, field: change.field, reason: `反映の後に変更されています（いまの値: ${current ?? 'なし'}）` });
          continue;
        }
        const list = reverts.get(change.case_no) ?? [];
        list.push({ field, oldValue: change.new_value, newValue: change.old_value });
        reverts.set(change.case_no, list);
      }
      let reverted = 0;
      for (const [caseNo, changes] of reverts) {
        this.cases.replace(this.updated(this.caseOrThrow(caseNo), changes), at);
        for (const change of changes) {
          this.cases.addHistory({ caseNo, source: 'meeting', field: change.field, oldValue: change.oldValue, newValue: change.newValue, detail }, at);
          reverted++;
        }
      }
      this.db.prepare('UPDATE writeback_applications SET undone_at = ? WHERE id = ?').run(at, applicationId);
      return { reverted, skipped, meetingId: row.meeting_id, caseNos: [...reverts.keys()] };
    }).immediate();
  }

  applications(meetingId: number): WritebackApplication[] {
    const rows = this.db.prepare('SELECT * FROM writeback_applications WHERE meeting_id = ? ORDER BY id DESC').all(meetingId) as ApplicationRow[];
    return rows.map((row) => ({
      id: row.id,
      meetingId: row.meeting_id,
      appliedAt: row.applied_at,
      by: row.by,
      backupPath: row.backup_path,
      undoneAt: row.undone_at,
      caseNos: JSON.parse(row.case_nos) as string[],
      changes: this.changeRows(row.id).map((c): AppliedChange => ({
        caseNo: c.case_no, field: c.field, label: fieldLabel(c.field), oldValue: c.old_value, newValue: c.new_value,
      })),
    }));
  }

  private plan(meetingId: number): WritebackCasePlan[] {
    const { meetings, live } = meetingStore(this.db);
    meetings.get(meetingId);
    const decisions = live.decisions(meetingId).filter((d) => d.state === 'recorded');
    const cases = new Map<string, LedgerCase>();
    for (const d of decisions) {
      const c = this.cases.get(d.caseNo);
      if (c) cases.set(d.caseNo, c);
    }
    return planWriteback({ decisions, cases, edits: this.editsByOthers(meetingId, decisions.map((d) => d.caseNo)), applied: this.appliedCases(meetingId) });
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
    if (caseNos.length === 0) return [];
    const rows = this.db.prepare(`SELECT case_no, field, at, source, detail FROM case_history
      WHERE case_no IN (SELECT value FROM json_each(?)) AND field IN (SELECT value FROM json_each(?))`)
      .all(JSON.stringify(caseNos), JSON.stringify(WRITEBACK_FIELDS)) as { case_no: string; field: string; at: string; source: string; detail: string | null }[];
    return rows
      .filter((r) => !(r.source === 'meeting' && isFromMeeting(r.detail, meetingId)))
      .map((r) => ({ caseNo: r.case_no, field: r.field, at: r.at }));
  }

  private appliedCases(meetingId: number): Set<string> {
    const lists = this.db.prepare('SELECT case_nos FROM writeback_applications WHERE meeting_id = ? AND undone_at IS NULL').pluck().all(meetingId) as string[];
    return new Set(lists.flatMap((json) => JSON.parse(json) as string[]));
  }

  private changeRows(applicationId: number): ChangeRow[] {
    return this.db.prepare('SELECT case_no, field, old_value, new_value FROM writeback_changes WHERE application_id = ? ORDER BY rowid')
      .all(applicationId) as ChangeRow[];
  }

  private requireEnded(meetingId: number): void {
    const meeting = meetingStore(this.db).meetings.get(meetingId);
    if (meeting.status !== '終了') {
      throw new AppError('invalid_input', 'この会議はまだ終了していません。会議を終了してから台帳に反映してください。');
    }
  }

  private caseOrThrow(caseNo: string): LedgerCase {
    const c = this.cases.get(caseNo);
    if (!c) throw new AppError('not_found', `登録番号「${caseNo}」のケースが台帳にありません。`);
    return c;
  }
}
