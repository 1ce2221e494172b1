// A virtualized grid: fixed row height, only the rows in view (plus overscan, plus the focused row so
// keyboard focus survives scrolling) are in the DOM, absolutely positioned inside a full-height body.
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { LedgerCase } from '../../../shared/ledger/case';
import { isReviewOverdue } from '../../../shared/ledger/review-due';
import { LEDGER_COLUMNS, type CellContext } from '../lib/columns';

export const ROW_HEIGHT = 36;
const HEADER_HEIGHT = 40;
const OVERSCAN = 8;

export interface SortState {
  columnId: string;
  direction: 'asc' | 'desc';
}

interface Props {
  rows: LedgerCase[];
  context: CellContext;
  sort: SortState | null;
  onSort(columnId: string): void;
  selectedCaseNo: string | null;
  onOpen(caseNo: string): void;
  emptyMessage: string;
}

const template = LEDGER_COLUMNS.map((c) => c.width).join(' ');

export function LedgerGrid({ rows, context, sort, onSort, selectedCaseNo, onOpen, emptyMessage }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(600);
  const [active, setActive] = useState(0);
  const focusPending = useRef(false);

  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setViewport(element.clientHeight));
    observer.observe(element);
    setViewport(element.clientHeight);
    return () => observer.disconnect();
  }, []);

  const activeIndex = Math.min(active, Math.max(rows.length - 1, 0));
  const bodyTop = Math.max(scrollTop - HEADER_HEIGHT, 0);
  const first = Math.max(Math.floor(bodyTop / ROW_HEIGHT) - OVERSCAN, 0);
  const last = Math.min(Math.ceil((bodyTop + viewport) / ROW_HEIGHT) + OVERSCAN, rows.length - 1);

  const indexes = useMemo(() => {
    const list: number[] = [];
    for (let i = first; i <= last; i++) list.push(i);
    if (rows.length > 0 && (activeIndex < first || activeIndex > last)) list.push(activeIndex);
    return list;
  }, [first, last, activeIndex, rows.length]);

  useLayoutEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    scroller.current?.querySelector<HTMLElement>(`[data-index="${activeIndex}"]`)?.focus({ preventScroll: true });
  });

  const moveTo = (index: number) => {
    const element = scroller.current;
    if (!element || rows.length === 0) return;
    const target = Math.min(Math.max(index, 0), rows.length - 1);
    const rowTop = HEADER_HEIGHT + target * ROW_HEIGHT;
    if (rowTop < element.scrollTop + HEADER_HEIGHT) element.scrollTop = rowTop - HEADER_HEIGHT;
    else if (rowTop + ROW_HEIGHT > element.scrollTop + element.clientHeight) {
      element.scrollTop = rowTop + ROW_HEIGHT - element.clientHeight;
    }
    setScrollTop(element.scrollTop);
    setActive(target);
    focusPending.current = true;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const page = Math.max(Math.floor(viewport / ROW_HEIGHT) - 1, 1);
    const moves: Record<string, number> = {
      ArrowDown: activeIndex + 1,
      ArrowUp: activeIndex - 1,
      PageDown: activeIndex + page,
      PageUp: activeIndex - page,
      Home: 0,
      End: rows.length - 1,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    moveTo(next);
  };

  return (
    <div
      ref={scroller}
      className="grid"
      role="grid"
      aria-label="ケース一覧"
      aria-rowcount={Math.max(rows.length, 1) + 1}
      aria-colcount={LEDGER_COLUMNS.length}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
    >
      <div role="rowgroup" className="grid-head">
        <div
          role="row"
          aria-rowindex={1}
          className="grid-row"
          style={{ gridTemplateColumns: template, height: HEADER_HEIGHT }}
        >
          {LEDGER_COLUMNS.map((column, i) => {
            const direction = sort?.columnId === column.id ? sort.direction : null;
            return (
              <div
                key={column.id}
                role="columnheader"
                aria-colindex={i + 1}
                aria-sort={direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none'}
                className={column.numeric ? 'numeric' : undefined}
              >
                <button type="button" className="sort-button" onClick={() => onSort(column.id)}>
                  {column.label}
                  <span aria-hidden="true" className="sort-mark">
                    {direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : ''}
                  </span>
                </button>
              </div>
            );
          })}
        </div>
      </div>
      <div
        role="rowgroup"
        className="grid-body"
        style={{ height: Math.max(rows.length, 1) * ROW_HEIGHT }}
        onKeyDown={onKeyDown}
      >
        {rows.length === 0 && (
          <div role="row" aria-rowindex={2} className="grid-empty">
            <div role="gridcell" aria-colindex={1}>
              {emptyMessage}
            </div>
          </div>
        )}
        {indexes.map((index) => {
          const c = rows[index];
          return c ? (
            <GridRow
              key={c.caseNo}
              index={index}
              c={c}
              context={context}
              active={index === activeIndex}
              selected={c.caseNo === selectedCaseNo}
              onActive={setActive}
              onOpen={onOpen}
            />
          ) : null;
        })}
      </div>
    </div>
  );
}

interface RowProps {
  index: number;
  c: LedgerCase;
  context: CellContext;
  active: boolean;
  selected: boolean;
  onActive(index: number): void;
  onOpen(caseNo: string): void;
}

// Memoized: while scrolling, rows that stay in view are not rendered again, only the ones coming in.
const GridRow = memo(function GridRow({ index, c, context, active, selected, onActive, onOpen }: RowProps) {
  return (
    <div
      role="row"
      data-index={index}
      aria-rowindex={index + 2}
      aria-selected={selected}
      tabIndex={active ? 0 : -1}
      className={`grid-row${index % 2 ? ' odd' : ''}`}
      style={{ gridTemplateColumns: template, height: ROW_HEIGHT, transform: `translateY(${index * ROW_HEIGHT}px)` }}
      onFocus={() => onActive(index)}
      onClick={() => onOpen(c.caseNo)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          onOpen(c.caseNo);
        }
      }}
    >
      {LEDGER_COLUMNS.map((column, i) =>
        column.id === 'nextReview' && isReviewOverdue(c, context.today) ? (
          // Not colour alone: a mark, bold text and the words 期限超過 (read out; the column is too narrow to
          // print them beside a 和暦 date, so sighted users get the mark, the tooltip and the toolbar's count).
          <div key={column.id} role="gridcell" aria-colindex={i + 1} className="overdue" title="次回確認の期限超過">
            <span aria-hidden="true" className="overdue-mark">
              ⚠
            </span>
            {column.text(c, context)}
            <span className="visually-hidden">（期限超過）</span>
          </div>
        ) : (
          <div key={column.id} role="gridcell" aria-colindex={i + 1} className={column.numeric ? 'numeric' : undefined}>
            {column.text(c, context)}
          </div>
        ),
      )}
    </div>
  );
});
