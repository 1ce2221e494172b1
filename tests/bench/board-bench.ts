// The board part of `npm run bench`:
//   genogram.layout150.ms  layoutGenogram over a 150-person extended family (several generations,
//                          remarriages, childless couples), median of 50 runs after 30 warm-ups (goal < 16)
//   genogram.relayout150.ms  the same plus building the movePersons command and applying it (what the
//                          「整列」 button costs)
import { applyCommand } from '../../shared/board/commands';
import { layoutGenogram, relayoutCommand } from '../../shared/board/layout';
import { largeFamily } from '../unit/board-families';
import { median } from './stats';

const WARMUP = 30;
const RUNS = 50;

function measure(fn: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return Number(median(times).toFixed(2));
}

export async function runBoardBench(): Promise<Record<string, number>> {
  const doc = largeFamily(150);
  if (doc.persons.length !== 150) throw new Error(`ベンチマーク用の家族が150人になりません（${doc.persons.length}人）`);
  const layout = () => layoutGenogram(doc);
  const relayout = () => applyCommand(doc, relayoutCommand(doc));
  // Both warmed up before either is timed: the first timed loop would otherwise pay for the JIT alone.
  for (let i = 0; i < WARMUP; i++) {
    layout();
    relayout();
  }
  return {
    'genogram.layout150.ms': measure(layout),
    'genogram.relayout150.ms': measure(relayout),
  };
}
