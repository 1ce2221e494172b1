// 年度実績: the figures of a fiscal year beside the year before, as charts and tables, and their files for the
// 代表者会議. Opens on the last year that has ended (the 前年度実績 the 代表者会議 hears; shared/stats/year-choice.ts).
// 「投影用に大きく表示」 puts one chart per row at the full width, so the type is projector-sized.
import { useId, useMemo, useState } from 'react';
import { fiscalYearLabel } from '../../../shared/stats/chart-labels';
import { statsReport } from '../../../shared/stats/chart-tables';
import { shownTables } from '../../../shared/stats/small-counts';
import { lastEndedFiscalYear, offeredFiscalYears } from '../../../shared/stats/year-choice';
import { StatsCharts } from '../components/stats/StatsCharts';
import { StatsExport } from '../components/stats/StatsExport';
import { StatsTables } from '../components/stats/StatsTables';
import { FamilyServiceRecordsTable } from '../components/stats/FamilyServiceRecordsTable';
import '../components/stats/stats.css';
import { useBackendQuery } from '../hooks/useBackendQuery';
import type { SettingsState } from '../hooks/useSettings';
import { todayIso } from '../lib/today';

export function StatsScreen({ settings }: { settings: SettingsState }) {
  const id = useId();
  const today = todayIso();
  const years = useMemo(() => offeredFiscalYears(today), [today]);
  const [fiscalYear, setFiscalYear] = useState(() => lastEndedFiscalYear(today));
  const [large, setLarge] = useState(false);
  // The figures change with the ledger and with meetings run or decided.
  const query = useBackendQuery(
    'stats.year',
    { fiscalYear },
    { refetchOn: ['ledger.changed', 'agenda.changed', 'live.changed'] },
  );
  // On screen nothing is hidden: the counts are the office's own.
  const tables = useMemo(() => (query.data ? shownTables(statsReport(query.data), null) : null), [query.data]);
  const currentLabel = fiscalYearLabel(fiscalYear);
  const previousLabel = fiscalYearLabel(fiscalYear - 1);

  return (
    <main className={`stats-screen${large ? ' stats-large' : ''}`} aria-labelledby={`${id}-title`}>
      <div className="stats-toolbar">
        <h1 id={`${id}-title`}>年度実績</h1>
        <span className="stats-year">
          <label htmlFor={`${id}-year`}>年度</label>
          <select id={`${id}-year`} value={fiscalYear} onChange={(e) => setFiscalYear(Number(e.target.value))}>
            {years.map((y) => (
              <option key={y} value={y}>
                {fiscalYearLabel(y)}（{y}年4月〜{y + 1}年3月）
              </option>
            ))}
          </select>
        </span>
        <span className="stats-period">前年度（{previousLabel}）と比べて表示</span>
        <label className="check">
          <input type="checkbox" checked={large} onChange={(e) => setLarge(e.target.checked)} />
          投影用に大きく表示
        </label>
        <StatsExport
          fiscalYear={fiscalYear}
          threshold={settings.settings.smallCountThreshold}
          onThreshold={(smallCountThreshold) => settings.update({ smallCountThreshold })}
        />
      </div>
      {query.error && (
        <p role="alert" className="error">
          {query.error}
        </p>
      )}
      {tables ? (
        <div className="stats-body" aria-busy={query.loading}>
          <StatsCharts tables={tables} currentLabel={currentLabel} previousLabel={previousLabel} />
          <h2>表</h2>
          <StatsTables tables={tables} currentLabel={currentLabel} previousLabel={previousLabel} />
          {query.data && (
            <FamilyServiceRecordsTable
              comparison={query.data}
              currentLabel={currentLabel}
              previousLabel={previousLabel}
            />
          )}
        </div>
      ) : (
        !query.error && <p aria-busy="true">読み込み中…</p>
      )}
    </main>
  );
}
