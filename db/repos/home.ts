// The rows the home view is computed from, each in one statement: the cases' six fields the figures read
// (picked out and grouped by SQLite, so no case is parsed in JavaScript and no name leaves the database), the upcoming meetings
// with their agenda size and whether a handout was ever made, the agencies that reported in a window, and the
// latest history rows (newest first, by rowid: an indexed read of a few rows).
import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { HomeCase, HomeHistoryRow } from '../../shared/home/summary';
import type { MeetingKind } from '../../shared/meeting/types';
import type { Db } from '../open';

/** How many upcoming meetings the home view lists. */
export const UPCOMING_LIMIT = 6;
/** History rows read for the recent changes: one edit writes a row per field, so more than the entries shown. */
const HISTORY_ROWS = 200;

const SQL = {
  // One json_extract with six paths: the document is parsed once per case (six calls parse it again);
  // grouped, so a few thousand rows cross into JavaScript instead of every case.
  cases: `SELECT f, count(*) FROM (SELECT json_extract(data, '$.classification', '$.riskLevel', '$.leadAgency',
      '$.nextReview', '$.status', '$.registration') AS f FROM cases) GROUP BY f`,
  // The agenda: its case cards, and from the 次第 whether it has case blocks and how many items with content
  // of their own (not 開会, 閉会 or 休憩) it holds (shared/home/summary.ts says what "no agenda" is). A handout is
  // "made" once the 操作ログ has its Word export or its print view for the meeting; only rows since the
  // meeting was created can be about it, which keeps the read on the log's time index.
  meetings: `SELECT m.id, m.kind, m.subcommittee, m.date, json_extract(m.data, '$.title'),
      json_extract(m.data, '$.startTime'), json_extract(m.data, '$.status'),
      json_extract(m.data, '$.invitedAgencies'), a.since,
      COALESCE(json_array_length(a.items), 0),
      (SELECT count(*) FROM agenda_programs p, json_each(p.entries) e
        WHERE p.meeting_id = m.id AND json_extract(e.value, '$.block') IS NOT NULL),
      (SELECT count(*) FROM agenda_programs p, json_each(p.entries) e
        WHERE p.meeting_id = m.id AND json_extract(e.value, '$.kind') IN ('報告', '協議事項', '研修', '連絡')),
      EXISTS (SELECT 1 FROM audit_log l WHERE l.at >= m.created_at AND l.target = '会議#' || m.id
        AND l.action IN ('handout.export', 'handout.model') AND l.ok = 1)
    FROM meetings m LEFT JOIN agendas a ON a.meeting_id = m.id
    WHERE m.date >= ? AND json_extract(m.data, '$.status') != '終了'
    ORDER BY m.date, json_extract(m.data, '$.startTime'), m.id LIMIT ${UPCOMING_LIMIT}`,
  reported: `SELECT DISTINCT agency FROM agency_reports WHERE report_date > ? AND report_date <= ?`,
  history: `SELECT case_no, at, field, source, changed_by FROM case_history ORDER BY id DESC LIMIT ${HISTORY_ROWS}`,
} as const;

export interface HomeMeetingRead {
  id: number;
  kind: MeetingKind;
  subcommittee: string | null;
  date: string;
  title: string;
  startTime: string;
  status: string;
  invitedAgencies: string[];
  /** The agenda's "since" (the previous meeting's day when suggested), null when none is stored. */
  since: string | null;
  caseCards: number;
  hasCaseBlocks: boolean;
  topics: number;
  handoutMade: boolean;
}

export class HomeRepo {
  // Prepared on first use: a store is made at every unlock, and the statements need the later migrations.
  private readonly statements = new Map<keyof typeof SQL, Statement<unknown[]>>();

  constructor(private readonly db: Db) {}

  private rows<R>(name: keyof typeof SQL, ...params: string[]): R[] {
    let statement = this.statements.get(name);
    if (!statement) {
      statement = this.db.prepare(SQL[name]).raw();
      this.statements.set(name, statement);
    }
    return statement.all(...params) as R[];
  }

  cases(): HomeCase[] {
    return this.rows<[string, number]>('cases').map((r) => {
      const [classification, riskLevel, leadAgency, nextReview, status, registration] = JSON.parse(r[0]) as CaseFields;
      return { count: r[1], classification, riskLevel, leadAgency, nextReview, status, registration };
    });
  }

  /** Meetings not 終了 dated `from` or later, soonest first. */
  upcoming(from: string): HomeMeetingRead[] {
    return this.rows<MeetingRow>('meetings', from).map((r) => ({
      id: r[0],
      kind: r[1],
      subcommittee: r[2],
      date: r[3],
      title: r[4],
      startTime: r[5],
      status: r[6],
      invitedAgencies: r[7] === null ? [] : (JSON.parse(r[7]) as string[]),
      since: r[8],
      caseCards: r[9],
      hasCaseBlocks: r[10] > 0,
      topics: r[11],
      handoutMade: r[12] === 1,
    }));
  }

  /** Agencies with a report dated after `after` up to `to` (the triage's report window). */
  reportedAgencies(after: string, to: string): string[] {
    return this.rows<[string]>('reported', after, to).map((r) => r[0]);
  }

  history(): HomeHistoryRow[] {
    return this.rows<HistoryRow>('history').map((r) => ({
      caseNo: r[0],
      at: r[1],
      field: r[2],
      source: r[3],
      changedBy: r[4],
    }));
  }
}

type Text = string | null;
type CaseFields = [Text, Text, Text, Text, string, Text];
type MeetingRow = [
  number,
  MeetingKind,
  Text,
  string,
  string,
  string,
  string,
  Text,
  Text,
  number,
  number,
  number,
  number,
];
type HistoryRow = [string, string, string, string, Text];
