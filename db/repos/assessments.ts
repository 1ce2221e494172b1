// Requests to agencies, the secretariat's questions, the assessment answers that come back (with every re-send
// kept) and the 聞き取り after a worry. Every SQL statement of shared/assessment's records is here.
import type { AssessmentItem } from '../../shared/assessment/sheet';
import type {
  AnswerData,
  AssessmentRequest,
  Hearing,
  HearingInput,
  Question,
  QuestionInput,
  RequestInput,
  StoredAnswer,
} from '../../shared/assessment/types';
import type { Db } from '../open';

interface RequestRow {
  id: number;
  meeting_id: number | null;
  due_date: string;
  items: string;
  created_at: string;
  created_by: string;
}

interface AnswerRow {
  id: number;
  request_id: number;
  agency: string;
  case_no: string;
  data: string;
  file_name: string;
  imported_at: string;
  imported_by: string;
  replaced_at: string | null;
}

interface HearingRow {
  request_id: number;
  case_no: string;
  agency: string;
  item_id: string;
  status: Hearing['status'];
  heard_by: string | null;
  heard_on: string | null;
  heard: string | null;
  updated_at: string;
  updated_by: string;
}

interface QuestionRow {
  id: number;
  meeting_id: number;
  agency: string;
  case_no: string;
  text: string;
  updated_at: string;
  updated_by: string;
}

export class AssessmentsRepo {
  constructor(private readonly db: Db) {}

  // --- requests ---

  createRequest(input: RequestInput, items: readonly AssessmentItem[], at: string, by: string): AssessmentRequest {
    const { lastInsertRowid } = this.db
      .prepare(
        'INSERT INTO assessment_requests (meeting_id, due_date, items, created_at, created_by) VALUES (?, ?, ?, ?, ?)',
      )
      .run(input.meetingId, input.dueDate, JSON.stringify(items), at, by);
    const id = Number(lastInsertRowid);
    const insert = this.db.prepare(
      'INSERT INTO assessment_request_agencies (request_id, agency, case_nos) VALUES (?, ?, ?)',
    );
    for (const a of input.agencies) insert.run(id, a.agency, JSON.stringify(a.caseNos));
    return this.request(id)!;
  }

  request(id: number): AssessmentRequest | null {
    const row = this.db.prepare('SELECT * FROM assessment_requests WHERE id = ?').get(id) as RequestRow | undefined;
    return row ? this.toRequest(row) : null;
  }

  /** A meeting's requests (null: those between meetings), oldest first. */
  requestsFor(meetingId: number | null): AssessmentRequest[] {
    const rows = (
      meetingId === null
        ? this.db.prepare('SELECT * FROM assessment_requests WHERE meeting_id IS NULL ORDER BY id')
        : this.db.prepare('SELECT * FROM assessment_requests WHERE meeting_id = ? ORDER BY id')
    ).all(...(meetingId === null ? [] : [meetingId])) as RequestRow[];
    return rows.map((r) => this.toRequest(r));
  }

  /** Every request, newest first. */
  allRequests(): AssessmentRequest[] {
    const rows = this.db.prepare('SELECT * FROM assessment_requests ORDER BY id DESC').all() as RequestRow[];
    return rows.map((r) => this.toRequest(r));
  }

  private toRequest(row: RequestRow): AssessmentRequest {
    const agencies = this.db
      .prepare('SELECT agency, case_nos FROM assessment_request_agencies WHERE request_id = ? ORDER BY rowid')
      .all(row.id) as { agency: string; case_nos: string }[];
    return {
      id: row.id,
      meetingId: row.meeting_id,
      dueDate: row.due_date,
      items: JSON.parse(row.items) as AssessmentItem[],
      agencies: agencies.map((a) => ({ agency: a.agency, caseNos: JSON.parse(a.case_nos) as string[] })),
      createdAt: row.created_at,
      createdBy: row.created_by,
    };
  }

  // --- questions (説明してほしいこと) ---

  questions(meetingId: number): Question[] {
    const rows = this.db
      .prepare('SELECT * FROM assessment_questions WHERE meeting_id = ? ORDER BY agency, case_no, id')
      .all(meetingId) as QuestionRow[];
    return rows.map(toQuestion);
  }

  saveQuestion(input: QuestionInput & { id?: number }, at: string, by: string): Question | null {
    if (input.id === undefined) {
      const { lastInsertRowid } = this.db
        .prepare(
          'INSERT INTO assessment_questions (meeting_id, agency, case_no, text, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?)',
        )
        .run(input.meetingId, input.agency, input.caseNo, input.text, at, by);
      return this.question(Number(lastInsertRowid));
    }
    const { changes } = this.db
      .prepare(
        'UPDATE assessment_questions SET agency = ?, case_no = ?, text = ?, updated_at = ?, updated_by = ? WHERE id = ? AND meeting_id = ?',
      )
      .run(input.agency, input.caseNo, input.text, at, by, input.id, input.meetingId);
    return changes === 0 ? null : this.question(input.id);
  }

  question(id: number): Question | null {
    const row = this.db.prepare('SELECT * FROM assessment_questions WHERE id = ?').get(id) as QuestionRow | undefined;
    return row ? toQuestion(row) : null;
  }

  deleteQuestion(id: number): boolean {
    return this.db.prepare('DELETE FROM assessment_questions WHERE id = ?').run(id).changes > 0;
  }

  // --- answers ---

  /** The current answer (no re-send has replaced it) of one agency about one case, or null. */
  currentAnswer(requestId: number, agency: string, caseNo: string): StoredAnswer | null {
    const row = this.db
      .prepare(
        'SELECT * FROM assessment_answers WHERE request_id = ? AND agency = ? AND case_no = ? AND replaced_at IS NULL',
      )
      .get(requestId, agency, caseNo) as AnswerRow | undefined;
    return row ? toAnswer(row) : null;
  }

  /** Stores an answer; the current one of the same request, agency and case (a re-send) becomes history. */
  saveAnswer(
    key: { requestId: number; agency: string; caseNo: string },
    data: AnswerData,
    fileName: string,
    at: string,
    by: string,
  ): StoredAnswer {
    this.db
      .prepare(
        'UPDATE assessment_answers SET replaced_at = ? WHERE request_id = ? AND agency = ? AND case_no = ? AND replaced_at IS NULL',
      )
      .run(at, key.requestId, key.agency, key.caseNo);
    const { lastInsertRowid } = this.db
      .prepare(
        'INSERT INTO assessment_answers (request_id, agency, case_no, data, file_name, imported_at, imported_by) VALUES (?, ?, ?, ?, ?, ?, ?)',
      )
      .run(key.requestId, key.agency, key.caseNo, JSON.stringify(data), fileName, at, by);
    return { ...data, ...key, id: Number(lastInsertRowid), fileName, importedAt: at, importedBy: by, replacedAt: null };
  }

  /** A request's answers: current only, or with every replaced one (history), oldest first. */
  answers(requestId: number, withHistory = false): StoredAnswer[] {
    const rows = this.db
      .prepare(
        `SELECT * FROM assessment_answers WHERE request_id = ? ${withHistory ? '' : 'AND replaced_at IS NULL'} ORDER BY id`,
      )
      .all(requestId) as AnswerRow[];
    return rows.map(toAnswer);
  }

  /** One case's answers across requests (current only unless withHistory), oldest first. */
  answersForCase(caseNo: string, withHistory = false): StoredAnswer[] {
    const rows = this.db
      .prepare(
        `SELECT * FROM assessment_answers WHERE case_no = ? ${withHistory ? '' : 'AND replaced_at IS NULL'} ORDER BY id`,
      )
      .all(caseNo) as AnswerRow[];
    return rows.map(toAnswer);
  }

  /** Every current answer imported after `since` (ISO instant; every one when null), for the agenda's rules. */
  currentAnswersSince(since: string | null): StoredAnswer[] {
    const rows = this.db
      .prepare('SELECT * FROM assessment_answers WHERE replaced_at IS NULL AND imported_at > ? ORDER BY id')
      .all(since ?? '') as AnswerRow[];
    return rows.map(toAnswer);
  }

  // --- 聞き取り ---

  hearings(requestId: number): Hearing[] {
    const rows = this.db
      .prepare('SELECT * FROM assessment_hearings WHERE request_id = ?')
      .all(requestId) as HearingRow[];
    return rows.map(toHearing);
  }

  saveHearing(input: HearingInput, at: string, by: string): Hearing {
    this.db
      .prepare(
        `INSERT INTO assessment_hearings
           (request_id, case_no, agency, item_id, status, heard_by, heard_on, heard, updated_at, updated_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (request_id, case_no, agency, item_id) DO UPDATE SET
           status = excluded.status, heard_by = excluded.heard_by, heard_on = excluded.heard_on,
           heard = excluded.heard, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
      )
      .run(
        input.requestId,
        input.caseNo,
        input.agency,
        input.itemId,
        input.status,
        input.by,
        input.on,
        input.heard,
        at,
        by,
      );
    return { ...input, updatedAt: at, updatedBy: by };
  }
}

function toQuestion(row: QuestionRow): Question {
  return {
    id: row.id,
    meetingId: row.meeting_id,
    agency: row.agency,
    caseNo: row.case_no,
    text: row.text,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

function toAnswer(row: AnswerRow): StoredAnswer {
  const data = JSON.parse(row.data) as AnswerData;
  return {
    ...data,
    id: row.id,
    requestId: row.request_id,
    agency: row.agency,
    caseNo: row.case_no,
    fileName: row.file_name,
    importedAt: row.imported_at,
    importedBy: row.imported_by,
    replacedAt: row.replaced_at,
  };
}

function toHearing(row: HearingRow): Hearing {
  return {
    requestId: row.request_id,
    caseNo: row.case_no,
    agency: row.agency,
    itemId: row.item_id,
    status: row.status,
    by: row.heard_by,
    on: row.heard_on,
    heard: row.heard,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}
