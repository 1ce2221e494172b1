// The running meeting's state (one JSON document per meeting) and the decisions taken in it.
import { decisionSchema, type Decision, type DecisionInput, type DecisionState } from '../../shared/meeting/decision';
import { initialLiveState, type LiveState } from '../../shared/meeting/live';
import type { Db } from '../open';

interface DecisionRow {
  meeting_id: number;
  case_no: string;
  state: DecisionState;
  data: string;
  recorded_at: string | null;
  updated_at: string;
}

export class LiveRepo {
  private readonly selectState;
  private readonly upsertState;
  private readonly selectDecisions;
  private readonly upsertDecision;

  constructor(private readonly db: Db) {
    this.selectState = db.prepare('SELECT state FROM meeting_live WHERE meeting_id = ?').pluck();
    this.upsertState = db.prepare(`
      INSERT INTO meeting_live (meeting_id, state, updated_at) VALUES (?, ?, ?)
      ON CONFLICT(meeting_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`);
    this.selectDecisions = db.prepare('SELECT * FROM decisions WHERE meeting_id = ? ORDER BY case_no');
    this.upsertDecision = db.prepare(`
      INSERT INTO decisions (meeting_id, case_no, state, data, recorded_at, updated_at)
      VALUES (@meetingId, @caseNo, @state, @data, @recordedAt, @at)
      ON CONFLICT(meeting_id, case_no) DO UPDATE SET
        state = excluded.state, data = excluded.data, recorded_at = excluded.recorded_at, updated_at = excluded.updated_at`);
  }

  /** The stored state, or the state of a meeting not started yet. */
  state(meetingId: number): LiveState {
    const json = this.selectState.get(meetingId) as string | undefined;
    return json ? { ...initialLiveState(meetingId), ...(JSON.parse(json) as LiveState) } : initialLiveState(meetingId);
  }

  saveState(state: LiveState, at: string): void {
    this.upsertState.run(state.meetingId, JSON.stringify(state), at);
  }

  /** Whether the meeting was ever started (its record exists). */
  hasRecord(meetingId: number): boolean {
    return this.selectState.get(meetingId) !== undefined;
  }

  decisions(meetingId: number): Decision[] {
    return (this.selectDecisions.all(meetingId) as DecisionRow[]).map(toDecision);
  }

  decision(meetingId: number, caseNo: string): Decision | null {
    const row = this.db
      .prepare('SELECT * FROM decisions WHERE meeting_id = ? AND case_no = ?')
      .get(meetingId, caseNo) as DecisionRow | undefined;
    return row ? toDecision(row) : null;
  }

  /** A recorded decision stays recorded when saved again (an edit after the fact keeps its first record time). */
  saveDecision(meetingId: number, caseNo: string, input: DecisionInput, state: DecisionState, at: string): Decision {
    const before = this.decision(meetingId, caseNo);
    const recordedAt = state === 'recorded' ? (before?.recordedAt ?? at) : null;
    this.upsertDecision.run({ meetingId, caseNo, state, data: JSON.stringify(input), recordedAt, at });
    return { ...input, meetingId, caseNo, state, recordedAt, updatedAt: at };
  }

  removeDecision(meetingId: number, caseNo: string): void {
    this.db.prepare('DELETE FROM decisions WHERE meeting_id = ? AND case_no = ?').run(meetingId, caseNo);
  }

  /** The newest recorded decision on a case in a meeting held before `beforeDate` (or an earlier meeting that day). */
  lastDecision(caseNo: string, meetingId: number): (Decision & { meetingDate: string; meetingTitle: string }) | null {
    const row = this.db
      .prepare(
        `
      SELECT d.*, m.date AS meeting_date, json_extract(m.data, '$.title') AS meeting_title
      FROM decisions d JOIN meetings m ON m.id = d.meeting_id
      WHERE d.case_no = ? AND d.state = 'recorded' AND d.meeting_id <> ?
        AND m.date <= (SELECT date FROM meetings WHERE id = ?)
      ORDER BY m.date DESC, d.recorded_at DESC LIMIT 1`,
      )
      .get(caseNo, meetingId, meetingId) as (DecisionRow & { meeting_date: string; meeting_title: string }) | undefined;
    return row ? { ...toDecision(row), meetingDate: row.meeting_date, meetingTitle: row.meeting_title } : null;
  }
}

function toDecision(row: DecisionRow): Decision {
  return {
    ...decisionSchema.parse(JSON.parse(row.data)),
    meetingId: row.meeting_id,
    caseNo: row.case_no,
    state: row.state,
    recordedAt: row.recorded_at,
    updatedAt: row.updated_at,
  };
}
