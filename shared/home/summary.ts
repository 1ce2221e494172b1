// The home view's figures from plain rows (db/repos/home.ts reads them; a test builds them by hand): reviews
// due this month and overdue by 主担当機関, open cases by 重症度 and 種別, the upcoming meetings and what each
// still lacks, and the latest changes. "Overdue" is the ledger's own rule (review-due.ts); "open" is the
// ledger's 継続 status, the same case set the ledger shows with the 状態 filter 継続.
import { CLASSIFICATIONS, RISK_LEVELS } from '../ledger/case';
import { isRealIsoDate } from '../ledger/dates';
import { fieldLabel } from '../ledger/fields';
import { isReviewOverdue } from '../ledger/review-due';

export const NO_VALUE = '未設定';
export const RECENT_LIMIT = 8;

/** Cases sharing these six fields (the database groups them: 10,000 cases are a few thousand groups). */
export interface HomeCase {
  count: number;
  classification: string | null;
  riskLevel: string | null;
  leadAgency: string | null;
  nextReview: string | null;
  status: string;
  /** 登録区分; absent or null (a case without the field) = 要対協登録. */
  registration?: string | null;
}

export interface HomeMeetingRow {
  id: number;
  title: string;
  kind: string;
  date: string;
  startTime: string;
  status: string;
  /** Case cards on its agenda. */
  caseCards: number;
  /** Its 次第 has the 確認 / 協議 case blocks (a 代表者会議's usually has none). */
  hasCaseBlocks: boolean;
  /** 次第 items with content of their own (報告, 協議事項, 研修, 連絡): not 開会, 閉会 or 休憩. */
  topics: number;
  invitedAgencies: readonly string[];
  /** Agencies with a report in the meeting's report window (the triage's window). */
  reportedAgencies: readonly string[];
  /** A handout was ever written or printed for it (the 操作ログ has a handout.export / handout.model row). */
  handoutMade: boolean;
}

export interface HomeHistoryRow {
  caseNo: string;
  at: string;
  field: string;
  source: string;
  changedBy: string | null;
}

export interface HomeInput {
  /** The council's today, YYYY-MM-DD. */
  today: string;
  cases: readonly HomeCase[];
  /** Meetings not yet 終了, dated today or later. */
  meetings: readonly HomeMeetingRow[];
  /** The latest history rows, newest first. */
  history: readonly HomeHistoryRow[];
}

export interface ReviewRow {
  /** The 主担当機関, or 未設定. */
  agency: string;
  overdue: number;
  thisMonth: number;
}

export interface CountRow {
  label: string;
  count: number;
}

export interface UpcomingMeeting {
  id: number;
  title: string;
  kind: string;
  date: string;
  startTime: string;
  /** What it still lacks, in the screen's words: 議題なし, 報告未着 2機関, 資料未作成. */
  lacks: string[];
  missingAgencies: string[];
}

export interface RecentChange {
  caseNo: string;
  at: string;
  who: string;
  /** Field labels of the change (one edit may change several fields at one instant). */
  fields: string[];
  source: string;
}

export interface HomeSummary {
  today: string;
  /** The last day of today's month: the ledger's 次回確認がこの日まで filter for "this month and overdue". */
  monthEnd: string;
  openCases: number;
  /** The open cases that are センター支援 families (the rest, openCases minus these, are the 要対協's). */
  openCentreSupport: number;
  reviews: ReviewRow[];
  byRisk: CountRow[];
  byClassification: CountRow[];
  meetings: UpcomingMeeting[];
  recent: RecentChange[];
}

export function monthEnd(today: string): string {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${today.slice(0, 7)}-${String(last).padStart(2, '0')}`;
}

/** Due within today's month but not overdue (a month value "R7.12" in December is due, not yet overdue). */
function isDueThisMonth(nextReview: string | null, today: string): boolean {
  if (nextReview === null || !isRealIsoDate(nextReview, true)) return false;
  return nextReview.slice(0, 7) === today.slice(0, 7);
}

function counts(known: readonly string[], tally: Map<string, number>): CountRow[] {
  const rows = known.map((label) => ({ label, count: tally.get(label) ?? 0 }));
  const none = tally.get(NO_VALUE) ?? 0;
  return none > 0 ? [...rows, { label: NO_VALUE, count: none }] : rows;
}

export function homeSummary(input: HomeInput): HomeSummary {
  const { today } = input;
  const reviews = new Map<string, ReviewRow>();
  const risk = new Map<string, number>();
  const classification = new Map<string, number>();
  const thisMonth = today.slice(0, 7);
  let openCases = 0;
  let openCentreSupport = 0;
  for (const c of input.cases) {
    if (c.status === 'closed') continue;
    openCases += c.count;
    if (c.registration === 'センター支援') openCentreSupport += c.count;
    const r = c.riskLevel ?? NO_VALUE;
    risk.set(r, (risk.get(r) ?? 0) + c.count);
    const k = c.classification ?? NO_VALUE;
    classification.set(k, (classification.get(k) ?? 0) + c.count);
    // Most cases are due later: a string compare skips them before the date checks run.
    if (c.nextReview === null || c.nextReview.slice(0, 7) > thisMonth) continue;
    const overdue = isReviewOverdue({ nextReview: c.nextReview, status: 'active' }, today);
    const due = !overdue && isDueThisMonth(c.nextReview, today);
    if (!overdue && !due) continue;
    const agency = c.leadAgency ?? NO_VALUE;
    let row = reviews.get(agency);
    if (!row) reviews.set(agency, (row = { agency, overdue: 0, thisMonth: 0 }));
    if (overdue) row.overdue += c.count;
    else row.thisMonth += c.count;
  }
  return {
    today,
    monthEnd: monthEnd(today),
    openCases,
    openCentreSupport,
    reviews: [...reviews.values()].sort(
      (a, b) =>
        Number(a.agency === NO_VALUE) - Number(b.agency === NO_VALUE) ||
        b.overdue + b.thisMonth - (a.overdue + a.thisMonth) ||
        a.agency.localeCompare(b.agency, 'ja'),
    ),
    byRisk: counts(RISK_LEVELS, risk),
    byClassification: counts(CLASSIFICATIONS, classification),
    meetings: upcoming(input.meetings, today),
    recent: recentChanges(input.history),
  };
}

function upcoming(meetings: readonly HomeMeetingRow[], today: string): UpcomingMeeting[] {
  return meetings
    .filter((m) => m.date >= today && m.status !== '終了')
    .sort((a, b) => a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime) || a.id - b.id)
    .map((m) => {
      const reported = new Set(m.reportedAgencies);
      const missingAgencies = m.invitedAgencies.filter((a) => !reported.has(a));
      const lacks: string[] = [];
      // A meeting for cases lacks an agenda until its cases are on it (the template's 開会, 研修 … are
      // there from the start); a meeting without case blocks lacks one until it has a topic.
      if (m.hasCaseBlocks ? m.caseCards === 0 : m.topics === 0) lacks.push('議題なし');
      if (missingAgencies.length > 0) lacks.push(`報告未着 ${missingAgencies.length}機関`);
      if (!m.handoutMade) lacks.push('資料未作成');
      return { id: m.id, title: m.title, kind: m.kind, date: m.date, startTime: m.startTime, lacks, missingAgencies };
    });
}

/** One entry per edit: the rows one save (or one import of a case) wrote at the same instant are one change. */
function recentChanges(history: readonly HomeHistoryRow[]): RecentChange[] {
  const out: RecentChange[] = [];
  for (const h of history) {
    const last = out[out.length - 1];
    const label = fieldLabel(h.field);
    if (last && last.caseNo === h.caseNo && last.at === h.at) {
      if (!last.fields.includes(label)) last.fields.push(label);
      continue;
    }
    if (out.length === RECENT_LIMIT) break;
    out.push({ caseNo: h.caseNo, at: h.at, who: h.changedBy ?? '不明', fields: [label], source: h.source });
  }
  return out;
}
