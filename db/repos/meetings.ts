// Meetings (the form's fields as one JSON document, with kind and date as columns for the
// "previous meeting" lookup) and their agendas (one JSON document per meeting, written whole).
import { AppError } from '../../shared/contract';
import { meetingSchema, type AgendaItem, type Meeting, type MeetingInput } from '../../shared/meeting/types';
import type { Db } from '../open';
import { ProgramsRepo } from './programs';

interface MeetingRow {
  id: number;
  data: string;
  created_at: string;
}

export interface StoredAgenda {
  since: string | null;
  items: AgendaItem[];
}

export const MEETING_NOT_FOUND = '会議が見つかりません。一覧を開き直してください。';

export class MeetingsRepo {
  private readonly selectOne;
  private readonly selectAgenda;
  private readonly upsertAgenda;
  /** The meetings' 次第 and its templates (programs.ts). */
  readonly programs: ProgramsRepo;

  constructor(private readonly db: Db) {
    this.programs = new ProgramsRepo(db);
    this.selectOne = db.prepare('SELECT id, data, created_at FROM meetings WHERE id = ?');
    this.selectAgenda = db.prepare('SELECT since, items FROM agendas WHERE meeting_id = ?');
    this.upsertAgenda = db.prepare(`
      INSERT INTO agendas (meeting_id, since, items, suggested_at, updated_at) VALUES (@meetingId, @since, @items, @at, @at)
      ON CONFLICT(meeting_id) DO UPDATE SET since = excluded.since, items = excluded.items, updated_at = excluded.updated_at`);
  }

  /** Newest first: the list screen starts with the meetings being prepared. */
  list(): Meeting[] {
    const rows = this.db
      .prepare('SELECT id, data, created_at FROM meetings ORDER BY date DESC, id DESC')
      .all() as MeetingRow[];
    return rows.map(toMeeting);
  }

  get(id: number): Meeting {
    const row = this.selectOne.get(id) as MeetingRow | undefined;
    if (!row) throw new AppError('not_found', MEETING_NOT_FOUND);
    return toMeeting(row);
  }

  create(input: MeetingInput, at: string): Meeting {
    const { lastInsertRowid } = this.db
      .prepare(
        'INSERT INTO meetings (kind, subcommittee, date, data, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(input.kind, input.subcommittee, input.date, JSON.stringify(input), at, at);
    return this.get(Number(lastInsertRowid));
  }

  replace(id: number, input: MeetingInput, at: string): Meeting {
    const { changes } = this.db
      .prepare('UPDATE meetings SET kind = ?, subcommittee = ?, date = ?, data = ?, updated_at = ? WHERE id = ?')
      .run(input.kind, input.subcommittee, input.date, JSON.stringify(input), at, id);
    if (changes === 0) throw new AppError('not_found', MEETING_NOT_FOUND);
    return this.get(id);
  }

  exists(id: number): boolean {
    return this.selectOne.get(id) !== undefined;
  }

  /** 「title（date）」 as stored, the label a meeting's end gives its board snapshots. */
  titleAndDate(id: number): string {
    return this.db
      .prepare("SELECT json_extract(data, '$.title') || '（' || date || '）' FROM meetings WHERE id = ?")
      .pluck()
      .get(id) as string;
  }

  /** The next meeting of the same kind and 部会: later by date, or later-created on the same day. */
  next(meeting: Pick<Meeting, 'id' | 'kind' | 'subcommittee' | 'date'>): MeetingInput | null {
    const data = this.db
      .prepare(
        `
      SELECT data FROM meetings
      WHERE kind = ? AND subcommittee IS ? AND (date > ? OR (date = ? AND id > ?))
      ORDER BY date, id LIMIT 1`,
      )
      .pluck()
      .get(meeting.kind, meeting.subcommittee, meeting.date, meeting.date, meeting.id) as string | undefined;
    return data === undefined ? null : (JSON.parse(data) as MeetingInput);
  }

  /**
   * The last meeting of the same kind and 部会 held before `meeting` (by date; the later-created one on
   * a tie), or null. Meetings on the same day are not "before": two 部会 may meet the same afternoon.
   */
  previous(meeting: Pick<Meeting, 'kind' | 'subcommittee' | 'date'> & { id?: number }): Meeting | null {
    const row = this.db
      .prepare(
        `
      SELECT id, data, created_at FROM meetings
      WHERE kind = ? AND subcommittee IS ? AND date < ? AND id IS NOT ?
      ORDER BY date DESC, id DESC LIMIT 1`,
      )
      .get(meeting.kind, meeting.subcommittee, meeting.date, meeting.id ?? null) as MeetingRow | undefined;
    return row ? toMeeting(row) : null;
  }

  /**
   * The 保留 cards of a meeting's agenda with the group they had before (the override's origin, else the
   * rules'). Picked out by SQLite: the next meeting needs a few cards of an agenda of thousands.
   */
  heldItems(meetingId: number): { caseNo: string; from: string }[] {
    return this.db
      .prepare(
        `
      SELECT json_extract(value, '$.caseNo') AS caseNo,
             coalesce(nullif(json_extract(value, '$.override.from'), 'hold'), json_extract(value, '$.ruleGroup')) AS "from"
      FROM agendas, json_each(agendas.items)
      WHERE agendas.meeting_id = ? AND json_extract(value, '$.group') = 'hold'`,
      )
      .all(meetingId) as { caseNo: string; from: string }[];
  }

  agenda(meetingId: number): StoredAgenda | null {
    const row = this.selectAgenda.get(meetingId) as { since: string | null; items: string } | undefined;
    return row ? { since: row.since, items: JSON.parse(row.items) as AgendaItem[] } : null;
  }

  saveAgenda(meetingId: number, agenda: StoredAgenda, at: string): void {
    this.upsertAgenda.run({ meetingId, since: agenda.since, items: JSON.stringify(agenda.items), at });
  }
}

function toMeeting(row: MeetingRow): Meeting {
  return { ...meetingSchema.parse(JSON.parse(row.data)), id: row.id, createdAt: row.created_at };
}
