// The board's drag smoothness, for `npm run bench`:
//   board.drag500.p95ms     95th percentile of the frame times (requestAnimationFrame deltas) while one
//                           person is dragged in small steps on a board of 500 shapes, in headless Chromium
//                           (goal < 16.7: no frame longer than one 60 Hz frame)
//   board.drag500.median.ms the median of the same frame times
//   board.idle.p95ms        the same pointer moves without pressing the button: the page's own frame pace
//   board.drag500.ratio     board.drag500.p95ms / board.idle.p95ms (1.0 = dragging costs no frames)
//   board.drag500.long.pct  the share of those frames longer than 20 ms (a missed frame shows as ~33 ms; at
//                           60 Hz the deltas of frames on time jitter around 16.67 by ±0.1 ms, so a p95 of
//                           16.8 still means fewer than 5 % of the frames were missed)
// The real renderer build (built here when dist/renderer is missing) against the test host, as the e2e runs
// it: a one-case ledger, its board replaced through the API by 500 shapes (persons, agencies, notes), then
// page.mouse drags a person while the page records its frame times.
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { relayoutCommand } from '../../shared/board/layout';
import { applyCommand } from '../../shared/board/commands';
import type { BoardDoc } from '../../shared/board/types';
import { openBoardFromLedger, personPoint } from '../e2e/board-steps';
import { callApi } from '../e2e/steps';
import { REPO, spawnHost, STATIC_DIR } from '../e2e/host-process';
import config from '../e2e/playwright.config';
import { largeFamily } from '../unit/board-families';
import { median } from './stats';

const CASE = 'BENCH-1';
const PERSONS = 300;
const AGENCIES = 100;
const NOTES = 100;
const STEPS = 240;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** 300 persons of a laid-out extended family, 100 agencies linked to them, 100 notes in and beside the columns. */
function boardOf500(caseNo: string): BoardDoc {
  const family = largeFamily(PERSONS);
  const doc = applyCommand(family, relayoutCommand(family)).doc;
  const xs = doc.persons.map((p) => p.position.x);
  const left = Math.min(...xs);
  const agencies = Array.from({ length: AGENCIES }, (_, i) => ({
    id: `a${i}`,
    name: `架空の関係機関${i + 1}`,
    position: { x: left - 260 - (i % 4) * 170, y: Math.floor(i / 4) * 70 },
  }));
  const agencyLinks = agencies.map((a, i) => ({
    id: `l${i}`,
    agency: a.id,
    target: doc.persons[(i * 7) % doc.persons.length]!.id,
    strength: (['strong', 'normal', 'weak', 'stressful'] as const)[i % 4]!,
    direction: 'toFamily' as const,
    role: null,
  }));
  const notes = Array.from({ length: NOTES }, (_, i) => ({
    id: `n${i}`,
    column: null,
    text: `架空の付箋${i + 1}`,
    position: { x: Math.max(...xs) + 200 + (i % 5) * 230, y: Math.floor(i / 5) * 90 },
  }));
  return { ...doc, caseNo, agencies, agencyLinks, notes };
}

/**
 * Drags the person nearest the view's centre in STEPS small moves; returns the frame times (ms) meanwhile.
 * With drag false the pointer makes the same moves without pressing: the page's own frame pace, the baseline.
 */
async function dragFrames(page: Page, personId: string, drag = true): Promise<number[]> {
  const from = await personPoint(page, personId);
  await page.evaluate(() => {
    const w = window as unknown as { frames_: number[]; framing_: boolean };
    w.frames_ = [];
    w.framing_ = true;
    let last = performance.now();
    const tick = (now: number) => {
      w.frames_.push(now - last);
      last = now;
      if (w.framing_) requestAnimationFrame(tick);
    };
    requestAnimationFrame((now) => {
      last = now;
      requestAnimationFrame(tick);
    });
  });
  await page.mouse.move(from.x, from.y);
  if (drag) await page.mouse.down();
  for (let i = 1; i <= STEPS; i++) {
    // A slow circle, so the dragged person's lines change direction as they would under a hand.
    const a = (i / STEPS) * Math.PI * 2;
    await page.mouse.move(from.x + Math.sin(a) * 120, from.y + (1 - Math.cos(a)) * 60);
  }
  if (drag) await page.mouse.up();
  return page.evaluate(() => {
    const w = window as unknown as { frames_: number[]; framing_: boolean };
    w.framing_ = false;
    return w.frames_.slice(2); // the first frames include the drag's start (lifting to the drag layer)
  });
}

export async function runBoardDragBench(): Promise<Record<string, number>> {
  if (!existsSync(join(STATIC_DIR, 'index.html'))) execSync('npm run build:renderer', { cwd: REPO, stdio: 'inherit' });
  const dir = mkdtempSync(join(tmpdir(), 'tsunagu-drag-bench-'));
  const host = await spawnHost(join(dir, 'bench.db'));
  const browser = await chromium.launch(config.use?.launchOptions);
  try {
    const page = await browser.newPage({
      viewport: config.use?.viewport ?? { width: 1440, height: 900 },
      locale: 'ja-JP',
    });
    await page.goto(host.url); // with the launch token: the page's calls then carry its cookie
    // tsx keeps function names with a __name helper the page does not have; give it a harmless one.
    await page.evaluate('globalThis.__name = (f) => f');
    await openBoardFromLedger(page, CASE);
    const doc = boardOf500(CASE);
    const shapes = doc.persons.length + doc.agencies.length + doc.notes.length;
    if (shapes !== 500) throw new Error(`ベンチマーク用のボードが500図形になりません（${shapes}）`);
    await callApi(page, 'board.save', { caseNo: CASE, doc });
    await page.getByRole('button', { name: 'ホワイトボードを閉じる' }).click();
    await page.getByRole('button', { name: 'ホワイトボード', exact: true }).click();
    await page.getByRole('button', { name: '全体を表示' }).waitFor();
    // Zoomed so the family fills the view at 1:1 around a person in the middle (all 500 shapes stay drawn).
    const target = doc.persons[Math.floor(doc.persons.length / 2)]!;
    await page.evaluate(({ x, y }) => {
      const stage = (
        window as unknown as {
          Konva: {
            stages: {
              width(): number;
              height(): number;
              scale(s: { x: number; y: number }): void;
              position(p: { x: number; y: number }): void;
              batchDraw(): void;
            }[];
          };
        }
      ).Konva.stages[0]!;
      stage.scale({ x: 1, y: 1 });
      stage.position({ x: stage.width() / 2 - x, y: stage.height() / 2 - y });
      stage.batchDraw();
    }, target.position);
    await page.waitForTimeout(500);
    await dragFrames(page, target.id); // warm-up: the JIT and the first drag-layer lift
    await page.keyboard.press('Control+z');
    await page.waitForTimeout(300);
    const frames = [...(await dragFrames(page, target.id)), ...(await dragFrames(page, target.id))];
    const idle = await dragFrames(page, target.id, false);
    return {
      'board.idle.p95ms': Number(percentile(idle, 95).toFixed(1)),
      'board.drag500.ratio': Number((percentile(frames, 95) / percentile(idle, 95)).toFixed(2)),
      'board.drag500.p95ms': Number(percentile(frames, 95).toFixed(1)),
      'board.drag500.median.ms': Number(median(frames).toFixed(1)),
      'board.drag500.long.pct': Number(((100 * frames.filter((f) => f > 20).length) / frames.length).toFixed(1)),
    };
  } finally {
    await browser.close().catch(() => undefined);
    await host.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

// Run alone: `npx tsx tests/bench/board-drag-bench.ts`.
if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  runBoardDragBench().then(
    (r) => console.log(r),
    (e: unknown) => {
      console.error(e);
      process.exit(2);
    },
  );
}
