// The main screen: toolbar, filters, the virtualized table, and the case panel beside it.
import { useDeferredValue, useId, useMemo, useRef, useState } from 'react';
import { queryCases, type LedgerQuery } from '../../../shared/ledger/filter';
import { CaseEditor } from '../components/CaseEditor';
import { DateStyleToggle } from '../components/DateStyleToggle';
import { ExportMenu } from '../components/ExportMenu';
import { ImportWizard } from '../components/ImportWizard';
import { LedgerFilters, NO_FILTERS, type FilterState } from '../components/LedgerFilters';
import { LedgerGrid, type SortState } from '../components/LedgerGrid';
import { isReviewOverdue } from '../../../shared/ledger/review-due';
import { useLedgerCases } from '../hooks/useLedgerCases';
import type { SettingsState } from '../hooks/useSettings';
import { LEDGER_COLUMNS } from '../lib/columns';
import { todayIso } from '../lib/today';
import './ledger-screen.css';

/** How the ledger opens: from a figure of the home view, with its filters; from its start button, importing. */
export interface LedgerStart {
  filters?: FilterState;
  importing?: boolean;
}

export function LedgerScreen({ settings, start }: { settings: SettingsState; start?: LedgerStart }) {
  const id = useId();
  const main = useRef<HTMLElement>(null);
  const ledger = useLedgerCases();
  const [text, setText] = useState('');
  const [filters, setFilters] = useState<FilterState>(start?.filters ?? NO_FILTERS);
  const [sort, setSort] = useState<SortState | null>(null);
  const [openCaseNo, setOpenCaseNo] = useState<string | null>(null);
  const [importing, setImporting] = useState(start?.importing ?? false);
  const [exportError, setExportError] = useState<string | null>(null);
  // Typing stays immediate; the 10,000-row filter runs at React's lower priority.
  const deferredText = useDeferredValue(text);
  const today = todayIso();
  const dateStyle = settings.settings.dateStyle;
  const context = useMemo(() => ({ dateStyle, today }), [dateStyle, today]);

  const agencies = useMemo(() => {
    const names = new Set<string>();
    for (const c of ledger.cases) if (c.leadAgency) names.add(c.leadAgency);
    return [...names].sort((a, b) => a.localeCompare(b, 'ja'));
  }, [ledger.cases]);

  const rows = useMemo(
    () => queryCases(ledger.cases, toQuery(deferredText, filters, sort)),
    [ledger.cases, deferredText, filters, sort],
  );

  const shownCaseNos = useMemo(() => rows.map((c) => c.caseNo), [rows]);
  const overdue = useMemo(() => rows.filter((c) => isReviewOverdue(c, today)), [rows, today]);
  const narrowed = deferredText.trim() !== '' || JSON.stringify(filters) !== JSON.stringify(NO_FILTERS);

  const onSort = (columnId: string) =>
    setSort((current) =>
      current?.columnId !== columnId
        ? { columnId, direction: 'asc' }
        : current.direction === 'asc'
          ? { columnId, direction: 'desc' }
          : null,
    );

  const total = ledger.cases.length;
  return (
    <div className={`ledger${openCaseNo ? ' with-panel' : ''}`}>
      <main ref={main} className="ledger-main" aria-labelledby={`${id}-title`}>
        <div className="toolbar">
          <h1 id={`${id}-title`}>進行管理台帳</h1>
          <p className="count" aria-live="polite">
            {ledger.loading && total === 0
              ? '読み込み中…'
              : `${rows.length.toLocaleString('ja-JP')} 件 / 全 ${total.toLocaleString('ja-JP')} 件`}
            {overdue.length > 0 && (
              <span className="overdue-count">
                <span aria-hidden="true">⚠ </span>次回確認の期限超過 {overdue.length.toLocaleString('ja-JP')} 件
              </span>
            )}
          </p>
          <div className="search">
            <label htmlFor={`${id}-search`}>検索（氏名・ふりがな・登録番号）</label>
            <input id={`${id}-search`} type="search" value={text} onChange={(e) => setText(e.target.value)} />
          </div>
          <div className="toolbar-actions">
            <button type="button" className="primary" onClick={() => setImporting(true)}>
              取り込み
            </button>
            <ExportMenu shown={shownCaseNos} total={total} narrowed={narrowed} onError={setExportError} />
            <DateStyleToggle
              value={settings.settings.dateStyle}
              onChange={(dateStyle) => settings.update({ dateStyle })}
            />
          </div>
        </div>
        <LedgerFilters filters={filters} agencies={agencies} onChange={setFilters} />
        {[ledger.error, exportError, settings.error].filter(Boolean).map((message) => (
          <p key={message} role="alert" className="error banner">
            {message}
          </p>
        ))}
        <LedgerGrid
          rows={rows}
          context={context}
          sort={sort}
          onSort={onSort}
          selectedCaseNo={openCaseNo}
          onOpen={setOpenCaseNo}
          emptyMessage={
            ledger.loading
              ? '読み込み中…'
              : total === 0
                ? '台帳にケースがありません。「取り込み」から Excel または CSV の台帳を読み込んでください。'
                : '条件に合うケースはありません。'
          }
        />
      </main>
      {openCaseNo && (
        <CaseEditor
          key={openCaseNo}
          caseNo={openCaseNo}
          dateStyle={settings.settings.dateStyle}
          onSaved={ledger.replace}
          onClose={() => {
            setOpenCaseNo(null);
            // Back to the row the panel was opened from, so the keyboard user keeps their place.
            main.current?.querySelector<HTMLElement>('[role="grid"] [role="row"][tabindex="0"]')?.focus();
          }}
        />
      )}
      {importing && <ImportWizard dateStyle={settings.settings.dateStyle} onClose={() => setImporting(false)} />}
    </div>
  );
}

function toQuery(text: string, f: FilterState, sort: SortState | null): LedgerQuery {
  const column = sort ? LEDGER_COLUMNS.find((c) => c.id === sort.columnId) : undefined;
  const flip = (d: 'asc' | 'desc') => (d === 'asc' ? 'desc' : 'asc');
  return {
    text: text.trim() || undefined,
    classification: f.classification.length ? f.classification : undefined,
    registration: f.registration.length ? f.registration : undefined,
    riskLevel: f.riskLevel.length ? f.riskLevel : undefined,
    status: f.status.length ? f.status : undefined,
    leadAgency: f.leadAgency ? [f.leadAgency] : undefined,
    reviewDueBy: f.reviewDueBy || undefined,
    sort:
      column && sort
        ? { field: column.sortField, direction: column.reverseSort ? flip(sort.direction) : sort.direction }
        : undefined,
  };
}
