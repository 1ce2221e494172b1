// A small fictional meeting for the handout tests: every name, kana and date here is made up.
import { emptyCase, type LedgerCase } from '../../shared/ledger/case';
import type { HandoutInput } from '../../shared/meeting/handout';
import type { AgencyReport, AgendaItem, MeetingInput } from '../../shared/meeting/types';

export const MEETING: MeetingInput = {
  kind: '実務者会議',
  subcommittee: '乳幼児部会',
  title: '第3回 実務者会議（乳幼児部会）',
  date: '2026-12-01',
  startTime: '14:00',
  place: '市役所 第2会議室',
  plannedMinutes: 90,
  facilitator: '統括支援員',
  invitedAgencies: ['みどり保育園', '北保健センター'],
  invitedPeople: [],
  status: '確定',
  scope: { classifications: [], minAge: null, maxAge: 5, districts: [], leadAgencies: [], caseNos: [] },
};

function caseOf(caseNo: string, fields: Partial<LedgerCase>): LedgerCase {
  return { ...emptyCase(caseNo), ...fields };
}

/** Identifying values that must never appear in a masked handout. */
export const SECRETS = [
  '星野 陽葵',
  '星野陽葵',
  'ほしの ひまり',
  'ホシノ',
  '星野 健司',
  '2022-03-15',
  '令和4年3月15日',
  '森川 蒼',
  'もりかわ あおい',
  '森川 美咲',
  '2021-12-02',
  '岬 こはる',
  'みさき こはる',
  '岬 達也',
];

export const CASES: LedgerCase[] = [
  caseOf('R7-0003', {
    classification: '要保護児童',
    name: '星野 陽葵',
    kana: 'ほしの ひまり',
    birthDate: '2022-03-15',
    guardianName: '星野 健司',
    riskLevel: '重度',
    abuseTypes: ['身体的', '心理的'],
    leadAgency: 'こども家庭センター',
    // Free text naming the family, as real ledgers do.
    policy: '父 星野健司と月1回面談。ホシノ家の生活状況を確認する。',
    nextReview: '2026-12',
  }),
  caseOf('R7-0010', {
    classification: '要支援児童',
    name: '森川 蒼',
    kana: 'もりかわ あおい',
    birthDate: '2021-12-02',
    guardianName: '森川 美咲',
    riskLevel: '軽度',
    leadAgency: 'みどり保育園',
    policy: '見守り継続',
    nextReview: '2026-11-20',
  }),
  caseOf('R7-0002', {
    classification: '要支援児童',
    name: '岬 こはる',
    kana: 'みさき こはる',
    birthDate: '2023-06-30',
    guardianName: '岬 達也',
    riskLevel: '危惧',
    leadAgency: '北保健センター',
    policy: null,
  }),
  caseOf('R7-0020', {
    classification: '特定妊婦',
    name: '川辺 結衣',
    kana: 'かわべ ゆい',
    birthDate: '2003-08-08',
    dueDate: '2027-02-10',
    riskLevel: '中度',
    leadAgency: 'こども家庭センター',
  }),
];

const item = (
  caseNo: string,
  group: AgendaItem['group'],
  order: number,
  reasons: AgendaItem['reasons'],
  draft: AgendaItem['draft'] = null,
): AgendaItem => ({
  caseNo,
  group,
  ruleGroup: group === 'hold' ? 'quick' : group,
  reasons,
  order,
  deepMinutes: null,
  draft,
  override: null,
});

export const AGENDA: AgendaItem[] = [
  item('R7-0010', 'quick', 0, ['REVIEW_DUE', 'REPORT'], {
    policy: '現方針継続（森川美咲さんへの声かけを続ける）',
    nextReview: '2027-03-01',
    leadAgency: 'みどり保育園',
    note: null,
  }),
  item('R7-0003', 'deep', 1, ['RISK_HIGH', 'REPORT_INJURY']),
  item('R7-0020', 'deep', 0, ['NEW']),
  item('R7-0002', 'hold', 0, ['PLAN_REVIEW_DUE']),
];

let nextId = 1;
function report(caseNo: string, reportDate: string, fields: Partial<AgencyReport>): AgencyReport {
  return {
    id: nextId++,
    createdAt: `${reportDate}T09:00:00.000Z`,
    caseNo,
    reportDate,
    agency: 'みどり保育園',
    periodFrom: null,
    periodTo: null,
    daysAbsent: null,
    unexplainedAbsence: null,
    injury: null,
    homeChange: null,
    safetyScale: null,
    note: null,
    ...fields,
  };
}

export const REPORTS: AgencyReport[] = [
  report('R7-0003', '2026-09-01', { note: '一番古い報告' }),
  report('R7-0003', '2026-11-20', {
    daysAbsent: 8,
    unexplainedAbsence: true,
    injury: true,
    safetyScale: 3,
    note: '左腕にあざ。陽葵ちゃんは「転んだ」と話す。',
    homeChange: '星野 健司が失職',
    periodFrom: '2026-11-01',
    periodTo: '2026-11-15',
  }),
  report('R7-0003', '2026-10-15', { agency: '北保健センター', safetyScale: 6, note: '乳幼児健診は受診' }),
  report('R7-0003', '2026-11-01', { agency: 'こども家庭センター', injury: false, note: '家庭訪問' }),
  report('R7-0010', '2026-11-10', { daysAbsent: 2, unexplainedAbsence: false, note: 'おおむね安定' }),
  // Another case not on the agenda: must not show up.
  report('R7-9999', '2026-11-11', { note: '対象外' }),
];

export function handoutInput(overrides: Partial<HandoutInput> = {}): HandoutInput {
  return {
    meeting: MEETING,
    agenda: AGENDA,
    cases: CASES,
    reports: REPORTS,
    masked: false,
    copies: 3,
    today: '2026-11-24',
    ...overrides,
  };
}
