// 継続中のケース: counts by 重症度 and by 種別 as short bars, and, once the ledger holds センター支援 families, how
// many of the open cases are the 要対協's and how many the centre's. Each count opens the ledger on those cases.
import { CLASSIFICATIONS, RISK_LEVELS, type Classification, type RiskLevel } from '../../../../shared/ledger/case';
import type { CountRow, HomeSummary } from '../../../../shared/home/summary';
import type { FilterState } from '../LedgerFilters';
import { classificationFilters, registrationFilters, riskFilters, type HomeLinks } from './home-links';

function Bars({
  title,
  rows,
  filtersOf,
  links,
}: {
  title: string;
  rows: CountRow[];
  filtersOf(label: string): FilterState | null;
  links: HomeLinks;
}) {
  const max = Math.max(1, ...rows.map((r) => r.count));
  return (
    <div className="home-bars" role="group" aria-label={title}>
      <h3>{title}</h3>
      {rows.map((r) => {
        const filters = filtersOf(r.label);
        return (
          <div key={r.label} className="home-bar-row">
            <span className="home-bar-label">{r.label}</span>
            <span className="home-bar-track" aria-hidden="true">
              <span className="home-bar" style={{ width: `${(r.count / max) * 100}%` }} />
            </span>
            {filters && r.count > 0 ? (
              <button
                type="button"
                className="home-figure"
                aria-label={`${title} ${r.label} ${r.count}件を台帳で開く`}
                onClick={() => links.openLedger(filters)}
              >
                {r.count}件
              </button>
            ) : (
              <span className="home-count">{r.count}件</span>
            )}
          </div>
        );
      })}
    </div>
  );
}

/** 要対協登録 / センター支援 among the open cases; a ledger without センター支援 families does not show it. */
function RegistrationSplit({ summary, links }: { summary: HomeSummary; links: HomeLinks }) {
  const rows = [
    ['要対協登録', summary.openCases - summary.openCentreSupport],
    ['センター支援', summary.openCentreSupport],
  ] as const;
  return (
    <p className="home-registration" role="group" aria-label="登録区分">
      うち{' '}
      {rows.map(([label, n], i) => (
        <span key={label}>
          {i > 0 && '・'}
          {label}{' '}
          <button
            type="button"
            className="home-figure"
            aria-label={`登録区分 ${label} ${n}件を台帳で開く`}
            onClick={() => links.openLedger(registrationFilters(label))}
          >
            {count(n)}件
          </button>
        </span>
      ))}
    </p>
  );
}

/** A count with digit grouping (10,000). */
const count = (v: number) => v.toLocaleString('ja-JP');

export function CountsCard({ summary, links }: { summary: HomeSummary; links: HomeLinks }) {
  return (
    <section className="home-card" aria-labelledby="home-counts">
      <h2 id="home-counts">継続中のケース {count(summary.openCases)}件</h2>
      {summary.openCentreSupport > 0 && <RegistrationSplit summary={summary} links={links} />}
      <div className="home-bars-pair">
        <Bars
          title="重症度"
          rows={summary.byRisk}
          links={links}
          filtersOf={(label) =>
            (RISK_LEVELS as readonly string[]).includes(label) ? riskFilters(label as RiskLevel) : null
          }
        />
        <Bars
          title="種別"
          rows={summary.byClassification}
          links={links}
          filtersOf={(label) =>
            (CLASSIFICATIONS as readonly string[]).includes(label)
              ? classificationFilters(label as Classification)
              : null
          }
        />
      </div>
    </section>
  );
}
