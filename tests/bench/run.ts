// `npm run bench [-- --json FILE]`: the performance figures the ledger issue asks for.
//   import.bare.ms     exceljs reading the generated 10,000-row workbook, nothing else (the baseline)
//   import.full.ms     the whole import through the backend: read and parse in the file worker, compare,
//                      one write transaction
//   import.ratio       full / bare (goal ≤ 1.0)
//   import.read.ms, import.parse.ms  of that import: reading the xlsx into grids and parsing them into
//                      cases (both in the file worker); import.plan.ms comparing with the ledger (preview),
//                      import.commit.ms the write transaction (see import-bench.ts)
//   import.mainStall.ms  the longest stall of the backend's event loop during a 10,000-row import and
//                      a 10,000-row xlsx export (goal < 50)
//   import50k.rss.mb, export50k.rss.mb  peak RSS (file worker included) importing / exporting 50,000 rows
//                      as xlsx, each in a process of its own (goal < 1,000); import50k.ms, export50k.ms
//   ledger.filter10k.ms  search + filters + sort of 10,000 cases with the table's query function (goal < 100)
//   agenda.ms          agenda suggestion + triage over the 10,000 cases with 3,000 reports, context read
//                      from the database, ledger already in memory (goal < 50)
//   agenda.bare.ms     `SELECT data FROM cases` + JSON.parse of every row (the baseline)
//   agenda.full.ms     the whole agenda.suggest path: that read + agenda.ms
//   agenda.ratio       agenda.full.ms / agenda.bare.ms (goal ≤ 3)
//   stats.ms           the year's figures (FY2024) over those cases with 200,000 history rows, read from the
//                      database (see stats-bench.ts); stats.bare.ms the same statements' rows into arrays;
//                      stats.ratio stats.ms / stats.bare.ms (goal ≤ 2)
//   home.ms            the home view's data over those cases (see home-bench.ts; goal < 100)
//   genogram.layout150.ms, genogram.relayout150.ms  see board-bench.ts (goal < 16)
//   board.drag500.p95ms, board.drag500.median.ms  frame times dragging on 500 shapes, see board-drag-bench.ts (goal < 16.7)
//   writeback150.ms, writeback150.backup.ms  see writeback-bench.ts (goal < 200)
//   minutes.docx150.ms  see minutes-bench.ts (goal < 1000)
// Each figure is the median of several runs after a warm-up; the machine is shared, so medians, not minima.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { createBackend } from '../../db/backend';
import { createApi } from '../../shared/api-client';
import { queryCases, type LedgerQuery } from '../../shared/ledger/filter';
import { makeLedgerWorkbook } from '../fixtures';
import { benchAgenda } from './agenda-bench';
import { benchStats } from './stats-bench';
import { benchHome } from './home-bench';
import { importSplit, longestStall, runBigBench } from './import-bench';
import { runBoardBench } from './board-bench';
import { runBoardDragBench } from './board-drag-bench';
import { runWritebackBench } from './writeback-bench';
import { runMinutesBench } from './minutes-bench';
import { median } from './stats';

const ROWS = 10_000;
const PASSPHRASE = 'bench passphrase 2026';

async function timed(fn: () => Promise<unknown> | unknown): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** A fresh ledger, set up (the KDF and the migrations are not part of an import). */
async function freshLedger(dir: string, run: number) {
  const backend = createBackend({ dbPath: join(dir, `bench-${run}.db`) });
  const api = createApi(backend);
  await api.call('session.setup', { passphrase: PASSPHRASE });
  return { backend, api };
}

async function importInto(api: ReturnType<typeof createApi>, bytes: Buffer): Promise<void> {
  const dataBase64 = bytes.toString('base64');
  const preview = await api.call('ledger.importPreview', { fileName: '台帳.xlsx', dataBase64 });
  await api.call('ledger.importCommit', { token: preview.token });
}

async function importOnce(dir: string, run: number, bytes: Buffer) {
  const { backend, api } = await freshLedger(dir, run);
  const ms = await timed(() => importInto(api, bytes));
  return { ms, api, backend };
}

async function main() {
  const jsonIndex = process.argv.indexOf('--json');
  const jsonPath = jsonIndex >= 0 ? process.argv[jsonIndex + 1] : undefined;
  const dir = mkdtempSync(join(tmpdir(), 'tsunagu-bench-'));
  try {
    const { buffer } = await makeLedgerWorkbook({
      rows: ROWS,
      seed: 7,
      twoRowHeader: true,
      titleRows: 1,
      totalsRow: true,
      blankRows: true,
      extraColumns: ['担当CW', '最終協議日'],
    });
    console.log(`workbook: ${ROWS} rows, ${(buffer.length / 1024).toFixed(0)} KiB`);

    const bare: number[] = [];
    const full: number[] = [];
    const split: ReturnType<typeof importSplit>[] = [];
    for (let run = 0; run < 4; run++) {
      // Interleaved so both see the same machine load; run 0 of each is a warm-up (it also starts the
      // file worker, which then lives as long as the process, as in the app).
      const b = await timed(() => new ExcelJS.Workbook().xlsx.load(buffer as never));
      const f = await importOnce(dir, run, buffer);
      f.backend.close();
      if (run > 0) {
        bare.push(b);
        full.push(f.ms);
        split.push(importSplit());
      }
    }
    const splitMedian = (key: keyof ReturnType<typeof importSplit>) => Math.round(median(split.map((s) => s[key])));

    const stalls: number[] = [];
    for (let run = 0; run < 3; run++) {
      const f = await freshLedger(dir, 50 + run);
      stalls.push(
        await longestStall(async () => {
          await importInto(f.api, buffer);
          await f.api.call('ledger.export', { format: 'xlsx' });
        }),
      );
      f.backend.close();
    }

    const { api, backend } = await importOnce(dir, 99, buffer);
    const { cases } = await api.call('ledger.list', {});
    backend.close();
    const queries: LedgerQuery[] = [
      { text: 'たなか', sort: { field: 'riskLevel', direction: 'desc' } },
      {
        classification: ['要保護児童'],
        riskLevel: ['重度', '中度'],
        status: ['active'],
        sort: { field: 'caseNo', direction: 'asc' },
      },
      { text: 'R7-', reviewDueBy: '2026-03-31', sort: { field: 'nextReview', direction: 'asc' } },
    ];
    const filter: number[] = [];
    for (let run = 0; run < 30; run++) {
      // A fresh array each run, as after a reload, so no per-object cache from an earlier run helps.
      const list = cases.map((c) => ({ ...c }));
      filter.push(await timed(() => queryCases(list, queries[run % queries.length]!)));
    }

    const agenda = await benchAgenda(join(dir, 'bench-99.db'), PASSPHRASE, timed, median);
    const stats = await benchStats(join(dir, 'bench-99.db'), PASSPHRASE, timed);
    const home = await benchHome(join(dir, 'bench-99.db'), PASSPHRASE, timed);
    const board = await runBoardBench();
    const writeback = await runWritebackBench(PASSPHRASE);
    const minutes = await runMinutesBench();

    const results: Record<string, number> = {
      'import.bare.ms': Math.round(median(bare)),
      'import.full.ms': Math.round(median(full)),
      'import.ratio': Number((median(full) / median(bare)).toFixed(2)),
      'import.read.ms': splitMedian('read'),
      'import.parse.ms': splitMedian('parse'),
      'import.plan.ms': splitMedian('plan'),
      'import.commit.ms': splitMedian('commit'),
      'import.mainStall.ms': Math.round(median(stalls)),
      'ledger.filter10k.ms': Number(median(filter.slice(3)).toFixed(1)),
      ...agenda,
      ...stats,
      ...home,
      ...board,
      ...(await runBoardDragBench()),
      ...writeback,
      ...minutes,
      ...runBigBench(dir, PASSPHRASE),
    };
    console.log(`cases imported: ${cases.length}`);
    for (const [name, value] of Object.entries(results)) console.log(`${name.padEnd(26)} ${value}`);
    console.log(
      'goals: import.ratio ≤ 1.0, import.mainStall.ms < 50, import50k.rss.mb < 1000, export50k.rss.mb < 1000, ledger.filter10k.ms < 100, agenda.ratio ≤ 3, agenda.ms < 50, stats.ratio ≤ 2, home.ms < 100, genogram.layout150.ms < 16, board.drag500.p95ms < 16.7, writeback150.ms < 200, minutes.docx150.ms < 1000',
    );
    if (jsonPath) writeFileSync(jsonPath, JSON.stringify(results, null, 2) + '\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(2);
});
