// The agenda part of `npm run bench`: a 10,000-case ledger (already imported) gets 3,000 agencies'
// reports, a previous 実務者会議 with 保留 cards, closure proposals and plan reviews; then
//   agenda.ms       the suggestion over the ledger in memory: context from the database, suggest +
//                   triage, merge into the stored agenda (goal < 50)
//   agenda.bare.ms  a bare `SELECT data FROM cases` + JSON.parse of every row
//   agenda.ratio    the whole agenda.suggest path (that read + agenda.ms) / agenda.bare.ms (goal ≤ 3);
//                   the read is counted so the ratio says what a click costs over merely loading cases.
import { createStore } from '../../db/repos/store';
import { computeSuggestion, suggestFromCases } from '../../db/services/agenda';
import { migrate } from '../../db/migrate';
import { openDatabase } from '../../db/open';
import { mergeAgenda, moveItem } from '../../shared/meeting/suggest';
import { EMPTY_SCOPE, type AgencyReportInput, type MeetingInput } from '../../shared/meeting/types';
import { createRandom } from '../fixtures/random';

const REPORTS = 3_000;
const AGENCIES = ['小学校', '中学校', '保育所', '保健センター', '主任児童委員'];

function meeting(date: string): MeetingInput {
  return {
    kind: '実務者会議',
    subcommittee: null,
    title: `実務者会議 ${date}`,
    date,
    startTime: '14:00',
    place: null,
    plannedMinutes: 180,
    facilitator: null,
    invitedAgencies: [],
    invitedPeople: [],
    status: '準備中',
    scope: EMPTY_SCOPE,
  };
}

export async function benchAgenda(
  dbPath: string,
  passphrase: string,
  timed: (fn: () => unknown) => Promise<number>,
  median: (values: number[]) => number,
): Promise<Record<string, number>> {
  const db = openDatabase(dbPath, { passphrase });
  try {
    migrate(db);
    const store = createStore(db);
    const caseNos = db.prepare('SELECT case_no FROM cases').pluck().all() as string[];
    const random = createRandom(11);
    const at = '2026-01-05T00:00:00.000Z';
    db.transaction(() => {
      for (let i = 0; i < REPORTS; i++) {
        const report: AgencyReportInput = {
          caseNo: random.pick(caseNos),
          reportDate: `2026-0${random.int(1, 3)}-${String(random.int(1, 28)).padStart(2, '0')}`,
          agency: random.pick(AGENCIES),
          periodFrom: null,
          periodTo: null,
          daysAbsent: random.chance(0.5) ? random.int(0, 12) : null,
          unexplainedAbsence: random.chance(0.1),
          injury: random.chance(0.03),
          homeChange: null,
          safetyScale: random.chance(0.5) ? random.int(0, 10) : null,
          note: '架空の所見',
        };
        if (!store.reports.find(report)) store.reports.insert(report, at);
      }
      for (let i = 0; i < 200; i++) store.marks.setClosureProposed(random.pick(caseNos), true, '事務局', at);
      for (let i = 0; i < 500; i++) store.marks.setPlanReview(random.pick(caseNos), `2026-0${random.int(1, 6)}-15`, at);
    })();
    const previous = store.meetings.create(meeting('2025-12-10'), at);
    let prior = computeSuggestion(store, previous).items;
    for (const item of prior.filter((i) => i.group === 'quick').slice(0, 50)) {
      prior = moveItem(prior, item.caseNo, 'hold', 0, '事務局', at, null);
    }
    store.meetings.saveAgenda(previous.id, { since: null, items: prior }, at);
    const current = store.meetings.create(meeting('2026-03-10'), at);
    const stored = computeSuggestion(store, current).items;

    const bare: number[] = [];
    const pure: number[] = [];
    const full: number[] = [];
    let suggested = 0;
    const select = db.prepare('SELECT data FROM cases').pluck();
    for (let run = 0; run < 12; run++) {
      // Interleaved so all three see the same machine load; runs 0 and 1 are warm-ups.
      const b = await timed(() => (select.all() as string[]).map((data) => JSON.parse(data) as unknown));
      const cases = store.cases.all();
      const p = await timed(() => {
        suggested = mergeAgenda(stored, suggestFromCases(store, current, cases).items).length;
      });
      const f = await timed(() => mergeAgenda(stored, computeSuggestion(store, current).items));
      if (run >= 2) {
        bare.push(b);
        pure.push(p);
        full.push(f);
      }
    }
    console.log(`agenda: ${caseNos.length} cases, ${REPORTS} reports, ${suggested} cases suggested`);
    return {
      'agenda.ms': Number(median(pure).toFixed(1)),
      'agenda.bare.ms': Number(median(bare).toFixed(1)),
      'agenda.full.ms': Number(median(full).toFixed(1)),
      'agenda.ratio': Number((median(full) / median(bare)).toFixed(2)),
    };
  } finally {
    db.close();
  }
}
