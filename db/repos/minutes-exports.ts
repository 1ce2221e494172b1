// The log of every minutes file that left the app (migration 6): format, masked, draft, file name, who, when.
import type { MinutesExportRecord, MinutesFormat } from '../../shared/meeting/minutes';
import type { Db } from '../open';

interface ExportRow {
  id: number;
  meeting_id: number;
  format: MinutesFormat;
  masked: number;
  draft: number;
  file_name: string;
  operator_name: string;
  exported_at: string;
}

export class MinutesExportsRepo {
  constructor(private readonly db: Db) {}

  add(entry: Omit<MinutesExportRecord, 'id'>): void {
    this.db
      .prepare(
        `
      INSERT INTO minutes_exports (meeting_id, format, masked, draft, file_name, operator_name, exported_at)
      VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        entry.meetingId,
        entry.format,
        entry.masked ? 1 : 0,
        entry.draft ? 1 : 0,
        entry.fileName,
        entry.operatorName,
        entry.exportedAt,
      );
  }

  /** Newest first. */
  list(meetingId: number): MinutesExportRecord[] {
    const rows = this.db
      .prepare('SELECT * FROM minutes_exports WHERE meeting_id = ? ORDER BY id DESC')
      .all(meetingId) as ExportRow[];
    return rows.map(toRecord);
  }
}

function toRecord(row: ExportRow): MinutesExportRecord {
  return {
    id: row.id,
    meetingId: row.meeting_id,
    format: row.format,
    masked: row.masked === 1,
    draft: row.draft === 1,
    fileName: row.file_name,
    operatorName: row.operator_name,
    exportedAt: row.exported_at,
  };
}
