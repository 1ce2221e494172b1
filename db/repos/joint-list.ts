// The 合同ケース会議's proposals, its standing list (名簿) and the list's history; and, read-only, the newest
// recorded decision of a 合同ケース会議 on each case, so the list shows the live decision (no copy to drift).
import { DEFAULT_SETTINGS } from '../../shared/contract';
import { decisionSchema, type Decision } from '../../shared/meeting/decision';
import type {
  LeaveInput,
  ListEntry,
  ListEvent,
  ListEventKind,
  Proposal,
  ProposalInput,
  ProposalStatus,
  ProposedFamily,
} from '../../shared/joint/types';
import type { Db } from '../open';

interface ProposalRow {
  id: number;
  proposer: string;
  function: Proposal['function'];
  proposed_on: string;
  reason: Proposal['reason'];
  reason_text: string | null;
  case_no: string | null;
  family: string | null;
  status: ProposalStatus;
  decided_at: string | null;
  decided_by: string | null;
  decline_reason: string | null;
  created_at: string;
}

interface EntryRow {
  case_no: string;
  joined_on: string;
  joined_by: string;
  reason: string;
  proposal_id: number | null;
}

interface EventRow {
  id: number;
  case_no: string;
  kind: ListEventKind;
  on_day: string;
  at: string;
  by: string;
  reason: string | null;
  application_id: number | null;
  entry: string | null;
}

/** A recorded decision of a 合同ケース会議 with the meeting it was taken in. */
export type JointDecision = Decision & { meetingDate: string; meetingTitle: string };

export class JointListRepo {
  constructor(private readonly db: Db) {}

  createProposal(p: ProposalInput, at: string): number {
    const { lastInsertRowid } = this.db
      .prepare(
        `INSERT INTO joint_proposals (proposer, function, proposed_on, reason, reason_text, case_no, family, status, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, 'open', ?)`,
      )
      .run(
        p.proposer,
        p.function,
        p.proposedOn,
        p.reason,
        p.reasonText,
        p.caseNo,
        p.family ? JSON.stringify(p.family) : null,
        at,
      );
    return Number(lastInsertRowid);
  }

  proposal(id: number): Proposal | null {
    const row = this.db.prepare('SELECT * FROM joint_proposals WHERE id = ?').get(id) as ProposalRow | undefined;
    return row ? toProposal(row) : null;
  }

  /** Every proposal, newest first. */
  proposals(): Proposal[] {
    return (this.db.prepare('SELECT * FROM joint_proposals ORDER BY id DESC').all() as ProposalRow[]).map(toProposal);
  }

  /** 名簿に追加 / 見送り; `caseNo` is the case an accepted family became. */
  decideProposal(
    id: number,
    d: {
      status: Exclude<ProposalStatus, 'open'>;
      at: string;
      by: string;
      declineReason: string | null;
      caseNo?: string;
    },
  ): void {
    this.db
      .prepare(
        `UPDATE joint_proposals SET status = ?, decided_at = ?, decided_by = ?, decline_reason = ?,
           case_no = COALESCE(?, case_no) WHERE id = ?`,
      )
      .run(d.status, d.at, d.by, d.declineReason, d.caseNo ?? null, id);
  }

  /** The list, in the order the cases joined. */
  entries(): ListEntry[] {
    return (this.db.prepare('SELECT * FROM joint_list ORDER BY joined_on, rowid').all() as EntryRow[]).map(toEntry);
  }

  entry(caseNo: string): ListEntry | null {
    const row = this.db.prepare('SELECT * FROM joint_list WHERE case_no = ?').get(caseNo) as EntryRow | undefined;
    return row ? toEntry(row) : null;
  }

  caseNos(): Set<string> {
    return new Set(this.db.prepare('SELECT case_no FROM joint_list').pluck().all() as string[]);
  }

  /** Puts a case on the list with its 'joined' event. The caller checks it is not on it already. */
  join(entry: ListEntry, at: string): void {
    this.db
      .prepare('INSERT INTO joint_list (case_no, joined_on, joined_by, reason, proposal_id) VALUES (?, ?, ?, ?, ?)')
      .run(entry.caseNo, entry.joinedOn, entry.joinedBy, entry.reason, entry.proposalId);
    this.addEvent(entry.caseNo, 'joined', entry.joinedOn, at, entry.joinedBy, entry.reason, null, null);
  }

  /**
   * Takes a case off the list (by hand, or inside the write-back's transaction for a decision's 名簿から外す),
   * recording who, when and why and keeping the removed row for undoLeave. `at` is the instant; `on`, the day
   * it counts from, defaults to `at`'s date. False when the case was not on the list (nothing changed).
   */
  leave(caseNo: string, input: LeaveInput & { on?: string }): boolean {
    const entry = this.entry(caseNo);
    if (!entry) return false;
    this.db.prepare('DELETE FROM joint_list WHERE case_no = ?').run(caseNo);
    const on = input.on ?? input.at.slice(0, 10);
    this.addEvent(caseNo, 'left', on, input.at, input.by, input.reason, input.applicationId ?? null, entry);
    return true;
  }

  /**
   * Undoes the leaves a write-back made: each case goes back on the list as it was, with a 'returned' event.
   * Returns the 登録番号 it could not put back (already back on the list, by hand or by a later proposal);
   * a leave already undone is skipped.
   */
  undoLeave(applicationId: number, undo: { at?: string; by?: string } = {}): string[] {
    const at = undo.at ?? new Date().toISOString();
    const by = undo.by ?? this.operatorName();
    const rows = this.db
      .prepare("SELECT * FROM joint_list_events WHERE application_id = ? AND kind = 'left' ORDER BY id")
      .all(applicationId) as EventRow[];
    const notUndone: string[] = [];
    for (const row of rows) {
      const undone = this.db
        .prepare("SELECT 1 FROM joint_list_events WHERE application_id = ? AND case_no = ? AND kind = 'returned'")
        .get(applicationId, row.case_no);
      if (undone) continue;
      if (this.entry(row.case_no) || row.entry === null) {
        notUndone.push(row.case_no);
        continue;
      }
      const entry = JSON.parse(row.entry) as ListEntry;
      this.db
        .prepare('INSERT INTO joint_list (case_no, joined_on, joined_by, reason, proposal_id) VALUES (?, ?, ?, ?, ?)')
        .run(entry.caseNo, entry.joinedOn, entry.joinedBy, entry.reason, entry.proposalId);
      this.addEvent(row.case_no, 'returned', row.on_day, at, by, '台帳への反映を取り消し', applicationId, null);
    }
    return notUndone;
  }

  /** The list's history, of one case or of all, oldest first. */
  events(caseNo?: string): ListEvent[] {
    const rows = (
      caseNo === undefined
        ? this.db.prepare('SELECT * FROM joint_list_events ORDER BY id').all()
        : this.db.prepare('SELECT * FROM joint_list_events WHERE case_no = ? ORDER BY id').all(caseNo)
    ) as EventRow[];
    return rows.map((r) => ({
      id: r.id,
      caseNo: r.case_no,
      kind: r.kind,
      on: r.on_day,
      at: r.at,
      by: r.by,
      reason: r.reason,
      applicationId: r.application_id,
    }));
  }

  /**
   * The newest recorded decision of a 合同ケース会議 on each case (latest meeting day, then the later meeting):
   * what the list shows as the meeting's result, read from the decisions themselves.
   */
  lastJointDecisions(): Map<string, JointDecision> {
    const rows = this.db
      .prepare(
        `SELECT d.*, m.date AS meeting_date, json_extract(m.data, '$.title') AS meeting_title FROM decisions d
           JOIN meetings m ON m.id = d.meeting_id
         WHERE m.kind = '合同ケース会議' AND d.state = 'recorded'
         ORDER BY m.date, m.id`,
      )
      .all() as {
      meeting_id: number;
      case_no: string;
      state: Decision['state'];
      data: string;
      recorded_at: string | null;
      updated_at: string;
      meeting_date: string;
      meeting_title: string;
    }[];
    const out = new Map<string, JointDecision>();
    for (const r of rows)
      out.set(r.case_no, {
        ...decisionSchema.parse(JSON.parse(r.data)),
        meetingId: r.meeting_id,
        caseNo: r.case_no,
        state: r.state,
        recordedAt: r.recorded_at,
        updatedAt: r.updated_at,
        meetingDate: r.meeting_date,
        meetingTitle: r.meeting_title,
      });
    return out;
  }

  /** The operator name set now (history rows record it), or the app's default. */
  private operatorName(): string {
    const stored = this.db
      .prepare("SELECT json_extract(value, '$') FROM settings WHERE key = 'operatorName'")
      .pluck()
      .get();
    return typeof stored === 'string' && stored !== '' ? stored : DEFAULT_SETTINGS.operatorName;
  }

  private addEvent(
    caseNo: string,
    kind: ListEventKind,
    on: string,
    at: string,
    by: string,
    reason: string | null,
    applicationId: number | null,
    entry: ListEntry | null,
  ): void {
    this.db
      .prepare(
        'INSERT INTO joint_list_events (case_no, kind, on_day, at, by, reason, application_id, entry) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(caseNo, kind, on, at, by, reason, applicationId, entry ? JSON.stringify(entry) : null);
  }
}

function toProposal(r: ProposalRow): Proposal {
  return {
    id: r.id,
    proposer: r.proposer,
    function: r.function,
    proposedOn: r.proposed_on,
    reason: r.reason,
    reasonText: r.reason_text,
    caseNo: r.case_no,
    family: r.family ? (JSON.parse(r.family) as ProposedFamily) : null,
    status: r.status,
    decidedAt: r.decided_at,
    decidedBy: r.decided_by,
    declineReason: r.decline_reason,
    createdAt: r.created_at,
  };
}

function toEntry(r: EntryRow): ListEntry {
  return {
    caseNo: r.case_no,
    joinedOn: r.joined_on,
    joinedBy: r.joined_by,
    reason: r.reason,
    proposalId: r.proposal_id,
  };
}
