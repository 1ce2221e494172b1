// The projector's title card for a non-case 次第 item (開会, 報告, 研修 …): its kind, title, presenter, planned
// time and the running timer — nothing about any case. Title and presenter are free text the secretariat
// typed, so while the meeting is masked they go through the same masking policy as everything else the room
// reads. A 報告 item with figuresYear carries that year's figures (aggregate counts, small ones hidden by the
// handler) instead of the plain card.
import type { ShownTable } from '../stats/small-counts';
import type { ProgramItem, ProgramKind } from './program';

export interface PresentFigures {
  fiscalYear: number;
  currentLabel: string;
  previousLabel: string;
  tables: ShownTable[];
}

export interface ProgramItemView {
  kind: 'programItem';
  title: string;
  date: string;
  /** 1-based position in the run order (every 次第 item and case), and how many there are. */
  position: number;
  total: number;
  itemKind: ProgramKind;
  itemTitle: string;
  presenter: string | null;
  timer: { spentMs: number; runningSince: string | null; budgetMs: number };
  figures: PresentFigures | null;
}

export interface ProgramCardInput {
  title: string;
  date: string;
  item: ProgramItem;
  key: string;
  order: readonly string[];
  timer: { spentMs: Readonly<Record<string, number>>; runningSince: string | null };
  scrub(text: string): string;
  /** The figures of the item's figuresYear, when it has one (null otherwise or when they could not be read). */
  figures: PresentFigures | null;
}

export function programItemView(input: ProgramCardInput): ProgramItemView {
  const { item, key, order, scrub } = input;
  return {
    kind: 'programItem',
    title: input.title,
    date: input.date,
    position: order.indexOf(key) + 1,
    total: order.length,
    itemKind: item.kind,
    itemTitle: scrub(item.title),
    presenter: item.presenter === null ? null : scrub(item.presenter),
    timer: {
      spentMs: input.timer.spentMs[key] ?? 0,
      runningSince: input.timer.runningSince,
      budgetMs: item.minutes * 60_000,
    },
    figures: item.kind === '報告' && (item.figuresYear ?? null) !== null ? input.figures : null,
  };
}
