// A case's whiteboard (one JSON document per case, written whole by the autosave) and its snapshots.
// Documents are returned as stored text: the handlers parse (and migrate) them with parseBoard.
import { AppError, type SnapshotInfo } from '../../shared/contract';
import type { Db } from '../open';

interface SnapshotRow {
  id: number;
  case_no: string;
  meeting_id: number | null;
  label: string;
  created_at: string;
}

export const SNAPSHOT_NOT_FOUND = 'スナップショットが見つかりません。一覧を開き直してください。';

export class BoardsRepo {
  private readonly selectBoard;
  private readonly upsertBoard;
  private readonly selectSnapshots;
  private readonly selectSnapshot;
  private readonly insertSnapshot;

  constructor(private readonly db: Db) {
    this.selectBoard = db.prepare('SELECT doc, updated_at FROM boards WHERE case_no = ?');
    this.upsertBoard = db.prepare(`
      INSERT INTO boards (case_no, version, doc, updated_at) VALUES (@caseNo, @version, @doc, @at)
      ON CONFLICT(case_no) DO UPDATE SET version = excluded.version, doc = excluded.doc, updated_at = excluded.updated_at`);
    this.selectSnapshots = db.prepare(
      'SELECT id, case_no, meeting_id, label, created_at FROM board_snapshots WHERE case_no = ? ORDER BY id DESC',
    );
    this.selectSnapshot = db.prepare(
      'SELECT id, case_no, meeting_id, label, created_at, doc FROM board_snapshots WHERE id = ?',
    );
    this.insertSnapshot = db.prepare(`
      INSERT INTO board_snapshots (case_no, meeting_id, label, version, doc, created_at)
      SELECT case_no, @meetingId, @label, version, doc, @at FROM boards WHERE case_no = @caseNo`);
  }

  get(caseNo: string): { doc: string; updatedAt: string } | null {
    const row = this.selectBoard.get(caseNo) as { doc: string; updated_at: string } | undefined;
    return row ? { doc: row.doc, updatedAt: row.updated_at } : null;
  }

  save(caseNo: string, version: number, doc: string, at: string): void {
    this.upsertBoard.run({ caseNo, version, doc, at });
  }

  snapshots(caseNo: string): SnapshotInfo[] {
    return (this.selectSnapshots.all(caseNo) as SnapshotRow[]).map(toInfo);
  }

  /** Copies the stored board as it is now; null when the case has no board yet. */
  snapshot(caseNo: string, meetingId: number | null, label: string, at: string): SnapshotInfo | null {
    const { changes, lastInsertRowid } = this.insertSnapshot.run({ caseNo, meetingId, label, at });
    return changes === 0 ? null : this.snapshotGet(Number(lastInsertRowid)).info;
  }

  snapshotGet(id: number): { info: SnapshotInfo; doc: string } {
    const row = this.selectSnapshot.get(id) as (SnapshotRow & { doc: string }) | undefined;
    if (!row) throw new AppError('not_found', SNAPSHOT_NOT_FOUND);
    return { info: toInfo(row), doc: row.doc };
  }

  /** Every snapshot document a meeting took (masked outputs hide everyone in them). */
  meetingSnapshotDocs(meetingId: number): string[] {
    return this.db.prepare('SELECT doc FROM board_snapshots WHERE meeting_id = ?').pluck().all(meetingId) as string[];
  }

  /** The newest snapshot a meeting took of each case's board. */
  latestMeetingSnapshots(meetingId: number): { caseNo: string; doc: string }[] {
    return this.db
      .prepare(
        `
      SELECT case_no AS caseNo, doc FROM board_snapshots
      WHERE meeting_id = ? AND id IN (SELECT max(id) FROM board_snapshots WHERE meeting_id = ? GROUP BY case_no)`,
      )
      .all(meetingId, meetingId) as { caseNo: string; doc: string }[];
  }
}

function toInfo(row: SnapshotRow): SnapshotInfo {
  return { id: row.id, caseNo: row.case_no, meetingId: row.meeting_id, label: row.label, createdAt: row.created_at };
}
