// The projector on a non-case 次第 item: a title card (kind, title, presenter, planned time, the running timer)
// and nothing about any case. A 報告 item with the year's figures shows them instead, one chart at a time at
// the full body (a chart shrunk to a quarter of a 1280×720 screen cannot be read from the back), turning every
// FIGURES_PAGE_SECONDS like the facts pages, so nothing waits for the console. The charts are the 年度実績
// screen's own (StatsCharts), given one breakdown at a time.
import { useEffect, useMemo, useState } from 'react';
import type { PresentView } from '../../../../shared/meeting/present';
import type { ShownTable } from '../../../../shared/stats/small-counts';
import { StatsCharts } from '../stats/StatsCharts';
import { PresentTimer } from './PresentTimer';
import './present-program.css';

export const FIGURES_PAGE_SECONDS = 15;

type View = Extract<PresentView, { kind: 'programItem' }>;

export function PresentProgramCard({ view }: { view: View }) {
  const percent = view.total > 0 ? Math.round((view.position / view.total) * 100) : 0;
  return (
    <main className={`present-item present-program${view.figures ? ' with-figures' : ''}`}>
      <header className="present-head">
        <span className="present-head-title">{view.title}</span>
        <span className="present-progress-text" aria-label={`議題 ${view.position} / ${view.total}`}>
          {view.position} / {view.total}
        </span>
        <div
          className="present-progress"
          role="progressbar"
          aria-label="会議の進み具合"
          aria-valuemin={0}
          aria-valuemax={view.total}
          aria-valuenow={view.position}
        >
          <div className="present-progress-fill" style={{ width: `${percent}%` }} />
        </div>
      </header>
      {view.figures ? (
        <>
          <section className="present-case" aria-label="投影中の議題">
            <span className="present-group">{view.itemKind}</span>
            <h1 className="present-program-headline">{view.itemTitle}</h1>
            <PresentTimer {...view.timer} />
          </section>
          <FiguresPages
            tables={view.figures.tables}
            currentLabel={view.figures.currentLabel}
            previousLabel={view.figures.previousLabel}
          />
        </>
      ) : (
        <section className="present-program-card" aria-label="投影中の議題">
          <span className="present-group">{view.itemKind}</span>
          <h1 className="present-program-title">{view.itemTitle}</h1>
          {view.presenter && <p className="present-program-presenter">{view.presenter}</p>}
          <div className="present-program-time">
            <span className="present-program-planned">予定 {Math.round(view.timer.budgetMs / 60_000)}分</span>
            <PresentTimer {...view.timer} />
          </div>
        </section>
      )}
    </main>
  );
}

/** One breakdown per page; the two month tables make one line chart, as on the 年度実績 screen. */
function chartPages(tables: readonly ShownTable[]): ShownTable[][] {
  const months = tables.filter((t) => t.id === 'monthsNew' || t.id === 'monthsClosed');
  const pages = tables.filter((t) => !months.includes(t)).map((t) => [t]);
  return months.length === 2 ? [...pages, months] : pages;
}

function FiguresPages(props: { tables: readonly ShownTable[]; currentLabel: string; previousLabel: string }) {
  const pages = useMemo(() => chartPages(props.tables), [props.tables]);
  const [page, setPage] = useState(0);
  const count = pages.length;
  useEffect(() => {
    if (count <= 1) return;
    const id = window.setInterval(() => setPage((p) => (p + 1) % count), FIGURES_PAGE_SECONDS * 1000);
    return () => window.clearInterval(id);
  }, [count]);
  const shown = pages[page % Math.max(1, count)] ?? [];
  return (
    <div className="present-figures" aria-label={`${props.currentLabel}の実績`}>
      <p className="present-figures-head">
        {props.currentLabel}の実績（前年度と比べて）
        {count > 1 && (
          <span className="present-figures-page">
            {(page % count) + 1} / {count}
          </span>
        )}
      </p>
      {shown.length > 0 ? (
        <StatsCharts tables={shown} currentLabel={props.currentLabel} previousLabel={props.previousLabel} />
      ) : (
        <p className="present-detail">この年度の実績はありません</p>
      )}
    </div>
  );
}
