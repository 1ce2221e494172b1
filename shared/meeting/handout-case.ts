// One case of the handout: its ledger facts as of the meeting day, the 事務局案 of a 確認 case and the
// newest agency reports, every free text passed through the masking scrub.
import type { LedgerCase } from '../ledger/case';
import { ageAt, displayDate, formatDate } from '../ledger/dates';
import type { DateStyle } from '../time/date-style';
import { maskedLabel } from './mask';
import { MAX_REPORTS_PER_CASE, NONE, type HandoutCase, type HandoutReport } from './handout-types';
import { REASON_LABELS, type AgencyReport, type AgendaItem } from './types';

export function handoutCase(
  item: AgendaItem,
  no: number | null,
  c: LedgerCase | undefined,
  reports: readonly AgencyReport[],
  meetingDate: string,
  masked: boolean,
  style: DateStyle,
  scrub: (text: string) => string,
): HandoutCase {
  const sorted = [...reports].sort(newestFirst);
  const shown = sorted.slice(0, MAX_REPORTS_PER_CASE).map((r) => handoutReport(r, style, scrub));
  const reasons = item.reasons.map((code) => REASON_LABELS[code]);
  const draft =
    item.group === 'quick' && item.draft
      ? {
          policy: scrub(item.draft.policy),
          nextReview: formatDate(item.draft.nextReview, style),
          leadAgency: item.draft.leadAgency ?? NONE,
          note: item.draft.note ? scrub(item.draft.note) : null,
        }
      : null;
  const base = {
    no,
    caseNo: item.caseNo,
    group: item.group,
    reasons,
    draft,
    reports: shown,
    olderReports: sorted.length - shown.length,
  };
  if (!c) {
    return {
      ...base,
      label: item.caseNo,
      found: false,
      classification: NONE,
      age: NONE,
      dueDate: null,
      risk: NONE,
      abuseTypes: NONE,
      leadAgency: NONE,
      policy: '（台帳にありません）',
      nextReview: NONE,
    };
  }
  const age = ageAt(c.birthDate, meetingDate);
  return {
    ...base,
    label: masked ? maskedLabel(c) : c.name ? `${c.caseNo} ${c.name}` : c.caseNo,
    found: true,
    classification: c.classification ?? NONE,
    age: age === null ? NONE : `${age}歳`,
    dueDate: c.classification === '特定妊婦' && c.dueDate ? displayDate(c.dueDate, style) : null,
    risk: c.riskLevel ?? NONE,
    abuseTypes: c.abuseTypes.length > 0 ? c.abuseTypes.join('・') : NONE,
    leadAgency: c.leadAgency ?? NONE,
    policy: c.policy ? scrub(c.policy) : NONE,
    nextReview: c.nextReview ? displayDate(c.nextReview, style) : NONE,
  };
}

function handoutReport(r: AgencyReport, style: DateStyle, scrub: (text: string) => string): HandoutReport {
  const period =
    r.periodFrom || r.periodTo
      ? `${periodDay(r.periodFrom, r.reportDate, style)}〜${periodDay(r.periodTo, r.reportDate, style)}`
      : null;
  const absences = [
    r.daysAbsent === null ? null : `${r.daysAbsent}日`,
    r.unexplainedAbsence === true
      ? '連絡のない欠席あり'
      : r.unexplainedAbsence === false && r.daysAbsent === null
        ? '連絡のない欠席なし'
        : null,
  ].filter((s): s is string => s !== null);
  const note = [r.homeChange ? `家庭状況の変化：${scrub(r.homeChange)}` : null, r.note ? scrub(r.note) : null].filter(
    (s): s is string => s !== null,
  );
  return {
    date: formatDate(r.reportDate, style),
    period,
    agency: r.agency,
    absences: absences.length > 0 ? absences.join('・') : NONE,
    injury: r.injury === null ? NONE : r.injury ? 'あり' : 'なし',
    safety: r.safetyScale === null ? NONE : String(r.safetyScale),
    note: note.length > 0 ? note.join('\n') : NONE,
  };
}

/** A period's day without its year when it is the report's year: the date column stays narrow. */
function periodDay(iso: string | null, reportDate: string, style: DateStyle): string {
  if (iso === null) return '';
  if (iso.slice(0, 4) !== reportDate.slice(0, 4)) return formatDate(iso, style);
  return `${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
}

export function groupReports(reports: readonly AgencyReport[]): Map<string, AgencyReport[]> {
  const out = new Map<string, AgencyReport[]>();
  for (const r of reports) {
    const list = out.get(r.caseNo);
    if (list) list.push(r);
    else out.set(r.caseNo, [r]);
  }
  return out;
}

function newestFirst(a: AgencyReport, b: AgencyReport): number {
  if (a.reportDate !== b.reportDate) return a.reportDate < b.reportDate ? 1 : -1;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return b.id - a.id;
}
