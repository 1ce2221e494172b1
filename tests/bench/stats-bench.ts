// The year's figures part of `npm run bench`: the 10,000-case ledger (already imported) gets history up to
// 200,000 rows in all (種別 and 重症度 changes among edits of other fields, over three years) and a year of
// meetings with recorded decisions; then
//   stats.ms        the figures of FY2024 from the database: the service's bulk reads + the pure function
//   stats.bare.ms   the same statements (same rows, same columns) read into arrays, nothing else
//   stats.ratio     stats.ms / stats.bare.ms (goal ≤ 2)
// Run alone with `npx tsx tests/bench/stats-bench.ts`: it then imports its own generated ledger first.
import { isMain, runAlone } from './alone';
import { migrate } from '../../db/migrate';
import { openDatabase } from '../../db/open';
import { STATS_SQL } from '../../db/repos/stats';
import { createStore } from '../../db/repos/store';
import { yearFigures } from '../../db/services/stats';
import { CLASSIFICATIONS, RISK_LEVELS } from '../../shared/ledger/case';
import { EMPTY_DECISION, FAMILY_SERVICES, SERVICE_MODES } from '../../shared/meeting/decision';
import { EMPTY_SCOPE } from '../../shared/meeting/types';
import { createRandom } from '../fixtures/random';
import { median } from './stats';

const HISTORY_ROWS = 200_000;
const FISCAL_YEAR = 2024;
const OTHER_FIELDS = ['policy', 'nextReview', 'leadAgency', 'agencies', 'district', 'closedReason'];

/** Fills the database at `dbPath` up to 200,000 history rows and a year of meetings; returns the figures. */
export async function benchStats(
  dbPath: string,
  passphrase: string,
  timed: (fn: () => unknown) => Promise<number>,
): Promise<Record<string, number>> {
  const db = openDatabase(dbPath, { passphrase });
  try {
    migrate(db);
    const store = createStore(db);
    const caseNos = db.prepare('SELECT case_no FROM cases').pluck().all() as string[];
    const existing = db.prepare('SELECT count(*) FROM case_history').pluck().get() as number;
    const random = createRandom(23);
    const insert = db.prepare(
      'INSERT INTO case_history (case_no, at, source, field, old_value, new_value, detail) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    const start = Date.parse('2023-04-01T00:00:00Z');
    const span = Date.parse('2026-03-31T00:00:00Z') - start;
    db.transaction(() => {
      for (let i = existing; i < HISTORY_ROWS; i++) {
        const roll = random.int(0, 99);
        const field = roll < 10 ? 'classification' : roll < 30 ? 'riskLevel' : random.pick(OTHER_FIELDS);
        const values: readonly string[] =
          field === 'classification' ? CLASSIFICATIONS : field === 'riskLevel' ? RISK_LEVELS : ['見守り継続', '訪問'];
        const at = new Date(start + Math.floor((random.int(0, 1_000_000) / 1_000_000) * span)).toISOString();
        insert.run(random.pick(caseNos), at, 'edit', field, random.pick(values), random.pick(values), null);
      }
    })();
    db.transaction(() => {
      for (let i = 0; i < 24; i++) {
        const date = `${FISCAL_YEAR + (i >= 18 ? 1 : 0)}-${String((((i >> 1) + 3) % 12) + 1).padStart(2, '0')}-10`;
        const meeting = store.meetings.create(
          {
            kind: i % 6 === 0 ? '代表者会議' : '実務者会議',
            subcommittee: i % 2 ? '乳幼児部会' : '児童生徒部会',
            title: `会議 ${i}`,
            date,
            startTime: '14:00',
            place: null,
            plannedMinutes: 120,
            facilitator: null,
            invitedAgencies: [],
            invitedPeople: [],
            status: '終了',
            scope: EMPTY_SCOPE,
          },
          '2025-01-01T00:00:00.000Z',
        );
        for (let k = 0; k < 40; k++) {
          const services = random.chance(0.2)
            ? [{ service: random.pick(FAMILY_SERVICES), mode: random.pick(SERVICE_MODES) }]
            : [];
          const outcome = random.chance(0.6) ? 'confirmed' : 'discussed';
          store.live.saveDecision(
            meeting.id,
            random.pick(caseNos),
            { ...EMPTY_DECISION, outcome, services },
            'recorded',
            '2025-01-01T00:00:00.000Z',
          );
        }
      }
    })();

    const raw = (sql: string) => db.prepare(sql).raw();
    const [cases, changes, meetings, decisions] = [
      STATS_SQL.cases,
      STATS_SQL.changes,
      STATS_SQL.meetings,
      STATS_SQL.decisions,
    ].map(raw);
    const range = [`${FISCAL_YEAR}-04-01`, `${FISCAL_YEAR + 1}-03-31`];
    const bareRead = () => [cases!.all(), changes!.all(), meetings!.all(...range), decisions!.all(...range)];
    const bare: number[] = [];
    const full: number[] = [];
    let total = 0;
    for (let run = 0; run < 12; run++) {
      // Interleaved so both see the same machine load; runs 0 and 1 are warm-ups.
      const b = await timed(bareRead);
      const f = await timed(() => {
        total = yearFigures(store, FISCAL_YEAR).openAtYearEnd.total;
      });
      if (run >= 2) {
        bare.push(b);
        full.push(f);
      }
    }
    const rows = db.prepare('SELECT count(*) FROM case_history').pluck().get() as number;
    const tracked = db.prepare(STATS_SQL.changes).all().length;
    console.log(
      `stats: ${caseNos.length} cases, ${rows} history rows (${tracked} of 種別/重症度), FY${FISCAL_YEAR} open at year end ${total}`,
    );
    return {
      'stats.ms': Number(median(full).toFixed(1)),
      'stats.bare.ms': Number(median(bare).toFixed(1)),
      'stats.ratio': Number((median(full) / median(bare)).toFixed(2)),
    };
  } finally {
    db.close();
  }
}

if (isMain(import.meta.url)) runAlone('stats', benchStats, 'stats.ratio ≤ 2');
