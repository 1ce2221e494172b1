// The chosen facts on the projector, whole: each fact's label runs in front of its value and the text wraps;
// the facts fill column after column, and what does not fit goes on a following page that the projector
// turns to by itself (the room cannot scroll, and the facilitator's hands are on the console). The split
// into pages is present-pages.ts; this measures the space, and re-measures if the browser's line breaking
// needs a line more than estimated, so no column ever overflows. Beside the board, the board's guide (its
// safety scales and legend) comes first: as one page, or as its parts when one page cannot hold it.
// Over a board that has the whole screen (`board`), the first page is the board itself: this page is then
// see-through, and the guide and the facts take their turns over it.
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { PresentFact } from '../../../../shared/meeting/present';
import { pageFacts, type FactPage, type FactPageShape } from '../../../../shared/meeting/present-pages';
import { Phrased } from './Phrased';

/** How long each page stays up before the next one. */
export const FACT_PAGE_SECONDS = 12;
/** Below this width one column reads better than two. */
const TWO_COLUMNS_MIN_PX = 900;

export interface LeadPages {
  /** Everything on one page. */
  whole: ReactNode;
  /** The same on several pages, when the one page would overflow. */
  parts: readonly ReactNode[];
}

type Page = { kind: 'board' } | { kind: 'lead'; node: ReactNode } | { kind: 'facts'; columns: FactPage };

export function PresentFacts({
  facts,
  twoColumns,
  lead,
  board = false,
}: {
  facts: readonly PresentFact[];
  twoColumns: boolean;
  lead?: LeadPages;
  /** The board has the whole screen and is the first page. */
  board?: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [shape, setShape] = useState<FactPageShape | null>(null);
  const [slack, setSlack] = useState(0);
  const [leadSplit, setLeadSplit] = useState(false);
  const [page, setPage] = useState(0);

  // The space: columns, characters per line and lines per column, from a one-line probe in the page's type.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const probe = el.querySelector<HTMLElement>('.present-fact-probe');
      const body = el.querySelector<HTMLElement>('.present-fact-pages');
      if (!probe || !body) return;
      const style = getComputedStyle(probe);
      const fontPx = parseFloat(style.fontSize);
      const linePx = probe.getBoundingClientRect().height;
      const columns = twoColumns && el.clientWidth >= TWO_COLUMNS_MIN_PX ? 2 : 1;
      const gapPx = parseFloat(getComputedStyle(body).columnGap) || 0;
      const inset = parseFloat(style.paddingLeft) + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingRight);
      const columnWidth = (body.clientWidth - gapPx * (columns - 1)) / columns - inset;
      const factGap = parseFloat(getComputedStyle(body).rowGap) || 0;
      const next: FactPageShape = {
        columns,
        charsPerLine: Math.max(1, Math.floor(columnWidth / fontPx)),
        linesPerColumn: Math.max(1, Math.floor(body.clientHeight / linePx)),
        gapLines: factGap / linePx,
      };
      setShape((prev) => (prev && JSON.stringify(prev) === JSON.stringify(next) ? prev : next));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    // The page line appears under the facts when there is more than one page: the columns get shorter.
    const body = el.querySelector('.present-fact-pages');
    if (body) observer.observe(body);
    return () => observer.disconnect();
  }, [twoColumns]);

  const pages = useMemo((): Page[] => {
    const leads = lead ? (leadSplit ? lead.parts : [lead.whole]) : [];
    const factPages = shape
      ? pageFacts(facts, { ...shape, linesPerColumn: Math.max(1, shape.linesPerColumn - slack) })
      : [];
    return [
      ...(board ? [{ kind: 'board' } as const] : []),
      ...leads.map((node): Page => ({ kind: 'lead', node })),
      ...factPages.map((columns): Page => ({ kind: 'facts', columns })),
    ];
  }, [facts, shape, slack, lead, leadSplit, board]);
  const count = pages.length;
  const factsKey = `${board}:${JSON.stringify(facts)}`;
  // A new item (or new facts) starts on the first page, with the estimate trusted again.
  useEffect(() => {
    setPage(0);
    setSlack(0);
    setLeadSplit(false);
  }, [factsKey]);
  useEffect(() => {
    if (count <= 1) return;
    const id = window.setInterval(() => setPage((p) => (p + 1) % count), FACT_PAGE_SECONDS * 1000);
    return () => window.clearInterval(id);
  }, [count, factsKey]);

  const at = Math.min(page, Math.max(0, count - 1));
  const shown = pages[at];
  // The browser's line breaking (kinsoku) can need a line more than estimated: then one line less per
  // column. A guide too long for one page is shown in its parts.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || !shape) return;
    const over = (selector: string) =>
      [...el.querySelectorAll<HTMLElement>(selector)].some((c) => c.scrollHeight > c.clientHeight + 1);
    if (over('.present-fact-column') && slack < shape.linesPerColumn - 1) setSlack((s) => s + 1);
    if (shown?.kind === 'lead' && !leadSplit && over('.present-lead-page')) setLeadSplit(true);
  }, [shown, shape, slack, leadSplit]);

  return (
    <div ref={ref} className="present-facts" data-pages={count} data-page={at + 1} data-shows={shown?.kind}>
      <div
        className="present-fact-pages"
        style={{
          gridTemplateColumns: `repeat(${shown?.kind === 'facts' ? (shape?.columns ?? 1) : 1}, minmax(0, 1fr))`,
        }}
      >
        <div className="present-fact present-fact-probe" aria-hidden="true">
          あ
        </div>
        {shown?.kind === 'lead' && <div className="present-lead-page">{shown.node}</div>}
        {shown?.kind === 'facts' &&
          shown.columns.map((column, i) => (
            <dl key={i} className="present-fact-column">
              {column.map((fact) => (
                <div
                  key={`${fact.label}-${fact.value.slice(0, 12)}`}
                  className={`present-fact${fact.continued ? ' present-fact-continued' : ''}`}
                  data-fact={fact.key}
                >
                  <dt>{fact.label}</dt>
                  <dd>
                    <Phrased text={fact.value} />
                  </dd>
                </div>
              ))}
            </dl>
          ))}
      </div>
      {count > 1 && (
        <p className="present-fact-paging">
          {at + 1} / {count} ページ{at + 1 < count ? '　続きは次のページ' : ''}
        </p>
      )}
    </div>
  );
}
