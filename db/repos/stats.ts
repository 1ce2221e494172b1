// The rows the year's figures are computed from, each in one bulk statement: the cases' few fields the
// figures read (picked out by SQLite, so no case is parsed whole and no name leaves the database), the
// history of 種別, 重症度 and 登録区分, the meetings of a date range and their recorded decisions.
import type { StatsCase, StatsChange, StatsDecision, StatsMeeting } from '../../shared/stats/inputs';
import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { Db } from '../open';

/** The statements, exported so the bench can time a bare read of exactly these rows and columns. */
export const STATS_SQL = {
  cases: `SELECT case_no, json_extract(data, '$.classification'), json_extract(data, '$.birthDate'),
      json_extract(data, '$.abuseTypes'), json_extract(data, '$.riskLevel'), json_extract(data, '$.receivedDate'),
      json_extract(data, '$.registeredDate'), json_extract(data, '$.status'), json_extract(data, '$.closedDate'),
      json_extract(data, '$.closedReason'), created_at, json_extract(data, '$.registration')
    FROM cases`,
  // By id: the order the changes were written, which is what undoing them back to a date needs.
  changes: `SELECT case_no, field, at, old_value FROM case_history
    WHERE field IN ('classification', 'riskLevel', 'registration') ORDER BY id`,
  meetings: `SELECT id, kind, subcommittee, date, json_extract(data, '$.status') FROM meetings WHERE date BETWEEN ? AND ?`,
  decisions: `SELECT d.meeting_id, d.case_no, json_extract(d.data, '$.outcome'), json_extract(d.data, '$.services')
    FROM decisions d JOIN meetings m ON m.id = d.meeting_id
    WHERE d.state = 'recorded' AND m.date BETWEEN ? AND ?`,
} as const;

export class StatsRepo {
  // Prepared on first use: a store is made at every unlock, and most sessions never ask for the figures.
  private readonly statements = new Map<keyof typeof STATS_SQL, Statement<unknown[]>>();

  constructor(private readonly db: Db) {}

  private rows<R>(name: keyof typeof STATS_SQL, ...params: string[]): R[] {
    let statement = this.statements.get(name);
    if (!statement) {
      statement = this.db.prepare(STATS_SQL[name]).raw();
      this.statements.set(name, statement);
    }
    return statement.all(...params) as R[];
  }

  cases(): StatsCase[] {
    return this.rows<CaseRow>('cases').map((r) => ({
      caseNo: r[0],
      classification: r[1],
      birthDate: r[2],
      abuseTypes: r[3] === null || r[3] === '[]' ? [] : (JSON.parse(r[3]) as string[]),
      riskLevel: r[4],
      receivedDate: r[5],
      registeredDate: r[6],
      status: r[7],
      closedDate: r[8],
      closedReason: r[9],
      createdAt: r[10],
      registration: r[11],
    }));
  }

  /** Every change of 種別, 重症度 and 登録区分, oldest first. */
  changes(): StatsChange[] {
    return this.rows<ChangeRow>('changes').map((r) => ({
      caseNo: r[0],
      field: r[1],
      at: r[2],
      oldValue: r[3],
    }));
  }

  /** Meetings dated from `from` to `to` (days, inclusive), whatever their status. */
  meetings(from: string, to: string): StatsMeeting[] {
    return this.rows<MeetingRow>('meetings', from, to).map((r) => ({
      id: r[0],
      kind: r[1],
      subcommittee: r[2],
      date: r[3],
      status: r[4],
    }));
  }

  /** The recorded decisions of the meetings dated from `from` to `to`. */
  decisions(from: string, to: string): StatsDecision[] {
    return this.rows<DecisionRow>('decisions', from, to).map((r) => ({
      meetingId: r[0],
      caseNo: r[1],
      outcome: r[2],
      services: r[3] === null || r[3] === '[]' ? [] : (JSON.parse(r[3]) as StatsDecision['services']),
    }));
  }
}

type Text = string | null;
type CaseRow = [string, Text, Text, Text, Text, Text, Text, string, Text, Text, string, Text];
type ChangeRow = [string, StatsChange['field'], string, string | null];
type MeetingRow = [number, string, string | null, string, string];
type DecisionRow = [number, string, string, string | null];
