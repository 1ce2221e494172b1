// The home view part of `npm run bench`: over the 10,000-case ledger (already imported; after the stats bench
// it also holds 200,000 history rows) with upcoming meetings that have invited agencies, reports and a long
// 操作ログ, then
//   home.ms   the home view's data (home.summary: the repo's reads + the pure summary), median of 15 runs
//             (goal < 100)
// Run alone with `npx tsx tests/bench/home-bench.ts`: it then imports its own generated ledger first.
import { isMain, runAlone } from './alone';
import { migrate } from '../../db/migrate';
import { openDatabase } from '../../db/open';
import { createStore } from '../../db/repos/store';
import { homeData } from '../../db/services/home';
import { EMPTY_SCOPE } from '../../shared/meeting/types';
import { median } from './stats';

const NOW = new Date('2026-02-10T01:00:00.000Z');
const AUDIT_ROWS = 50_000;
const AGENCIES = ['小学校', '中学校', '保育所', '保健センター', '児童相談所'];

export async function benchHome(
  dbPath: string,
  passphrase: string,
  timed: (fn: () => unknown) => Promise<number>,
): Promise<Record<string, number>> {
  const db = openDatabase(dbPath, { passphrase });
  try {
    migrate(db);
    const store = createStore(db);
    const caseNos = db.prepare('SELECT case_no FROM cases LIMIT 500').pluck().all() as string[];
    db.transaction(() => {
      for (let i = 0; i < 8; i++) {
        store.meetings.create(
          {
            kind: '実務者会議',
            subcommittee: i % 2 ? '乳幼児部会' : '児童生徒部会',
            title: `今後の会議 ${i}`,
            date: `2026-0${2 + (i >> 2)}-${String(12 + i).padStart(2, '0')}`,
            startTime: '14:00',
            place: null,
            plannedMinutes: 120,
            facilitator: null,
            invitedAgencies: AGENCIES,
            invitedPeople: [],
            status: '準備中',
            scope: EMPTY_SCOPE,
          },
          '2026-01-05T00:00:00.000Z',
        );
      }
      const report = db.prepare(
        `INSERT OR IGNORE INTO agency_reports (case_no, report_date, agency, data, created_at) VALUES (?, ?, ?, '{}', ?)`,
      );
      caseNos.forEach((caseNo, i) =>
        report.run(caseNo, `2026-01-${String(1 + (i % 28)).padStart(2, '0')}`, AGENCIES[i % 3]!, NOW.toISOString()),
      );
      const audit = db.prepare(
        `INSERT INTO audit_log (at, last_at, actor, kind, action, summary, target) VALUES (?, ?, '事務局', 'change', 'ledger.update', '台帳を変更', ?)`,
      );
      const start = Date.parse('2025-04-01T00:00:00Z');
      for (let i = 0; i < AUDIT_ROWS; i++) {
        const at = new Date(start + i * 600_000).toISOString();
        audit.run(at, at, caseNos[i % caseNos.length]!);
      }
    })();

    const runs: number[] = [];
    let open = 0;
    for (let run = 0; run < 17; run++) {
      const ms = await timed(() => {
        open = homeData(store, NOW).openCases;
      });
      if (run >= 2) runs.push(ms); // two warm-ups
    }
    console.log(`home: ${open} open cases, ${AUDIT_ROWS} 操作ログ rows added`);
    return { 'home.ms': Number(median(runs).toFixed(1)) };
  } finally {
    db.close();
  }
}

if (isMain(import.meta.url)) runAlone('home', benchHome, 'home.ms < 100');
