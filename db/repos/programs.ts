// Meetings' 次第 (agenda_programs, one JSON document per meeting) and the 次第 templates per meeting kind
// (the settings table, key 'programTemplates'). Reached as store.meetings.programs.
import { programSchema, type ProgramEntry } from '../../shared/meeting/program';
import { mergeTemplates, programTemplatesSchema, type ProgramTemplates } from '../../shared/meeting/program-templates';
import type { MeetingKind } from '../../shared/meeting/types';
import type { Db } from '../open';

const TEMPLATES_KEY = 'programTemplates';

export class ProgramsRepo {
  constructor(private readonly db: Db) {}

  /** The stored program, or null for a meeting whose 次第 was never written (laid out from its template). */
  get(meetingId: number): ProgramEntry[] | null {
    const raw = this.db.prepare('SELECT entries FROM agenda_programs WHERE meeting_id = ?').pluck().get(meetingId) as
      string | undefined;
    return raw === undefined ? null : (programSchema.parse(JSON.parse(raw)) as ProgramEntry[]);
  }

  save(meetingId: number, entries: readonly ProgramEntry[], at: string): void {
    this.db
      .prepare(
        `INSERT INTO agenda_programs (meeting_id, entries, updated_at) VALUES (?, ?, ?)
         ON CONFLICT(meeting_id) DO UPDATE SET entries = excluded.entries, updated_at = excluded.updated_at`,
      )
      .run(meetingId, JSON.stringify(entries), at);
  }

  /** Every kind's template: the stored ones, the defaults for the rest (and for a value that no longer parses). */
  templates(): ProgramTemplates {
    const raw = this.db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(TEMPLATES_KEY) as
      string | undefined;
    const parsed = raw === undefined ? null : programTemplatesSchema.safeParse(JSON.parse(raw));
    return mergeTemplates(parsed?.success ? parsed.data : {});
  }

  /** Read-merge-write of one kind; call in an immediate transaction. */
  saveTemplate(kind: MeetingKind, template: ProgramTemplates[MeetingKind]): ProgramTemplates {
    const next = { ...this.templates(), [kind]: template };
    this.db
      .prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value')
      .run(TEMPLATES_KEY, JSON.stringify(next));
    return next;
  }
}
