// The record of every reopening of an ended meeting (migration 8): who, when, why and when it had ended.
import type { MeetingReopening } from '../../shared/meeting/status';
import type { Db } from '../open';

interface ReopeningRow {
  id: number;
  meeting_id: number;
  reason: string;
  operator_name: string;
  reopened_at: string;
  ended_at: string;
}

export class ReopeningsRepo {
  constructor(private readonly db: Db) {}

  add(entry: Omit<MeetingReopening, 'id'>): MeetingReopening {
    const { lastInsertRowid } = this.db
      .prepare(
        `
      INSERT INTO meeting_reopenings (meeting_id, reason, operator_name, reopened_at, ended_at) VALUES (?, ?, ?, ?, ?)`,
      )
      .run(entry.meetingId, entry.reason, entry.operatorName, entry.reopenedAt, entry.endedAt);
    return { id: Number(lastInsertRowid), ...entry };
  }

  list(meetingId: number): MeetingReopening[] {
    const rows = this.db
      .prepare('SELECT * FROM meeting_reopenings WHERE meeting_id = ? ORDER BY id')
      .all(meetingId) as ReopeningRow[];
    return rows.map((r) => ({
      id: r.id,
      meetingId: r.meeting_id,
      reason: r.reason,
      operatorName: r.operator_name,
      reopenedAt: r.reopened_at,
      endedAt: r.ended_at,
    }));
  }
}
