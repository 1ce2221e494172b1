// The year's figures as charts: one bar chart per breakdown and one line chart for the months, the SVG the
// 報告資料 draws too (shared/stats/chart-svg.ts, chart-line.ts). Drawn 1280 units wide, so at full width on a
// 1280×720 projector the type is at least 24 px; the normal layout puts two side by side for the desk.
import { barChartHeight, barChartSvg } from '../../../../shared/stats/chart-svg';
import { monthsChartSvg } from '../../../../shared/stats/chart-line';
import type { ShownTable } from '../../../../shared/stats/small-counts';

const CHART_UNITS = 1280;
const MONTHS_HEIGHT = 720;

interface Props {
  tables: readonly ShownTable[];
  currentLabel: string;
  previousLabel: string;
}

export function StatsCharts({ tables, currentLabel, previousLabel }: Props) {
  const byId = new Map(tables.map((t) => [t.id, t]));
  const fresh = byId.get('monthsNew');
  const closed = byId.get('monthsClosed');
  const charts: { id: string; svg: string }[] = [];
  for (const t of tables) {
    if (t === fresh || t === closed) continue;
    const options = { currentLabel, previousLabel, idPrefix: `stats-${t.id}-` };
    charts.push({
      id: t.id,
      svg: barChartSvg(t, { ...options, width: CHART_UNITS, height: barChartHeight(t, CHART_UNITS) }),
    });
  }
  if (fresh && closed)
    charts.push({
      id: 'months',
      svg: monthsChartSvg(fresh, closed, {
        currentLabel,
        previousLabel,
        idPrefix: 'stats-months-',
        width: CHART_UNITS,
        height: MONTHS_HEIGHT,
      }),
    });
  return (
    <div className="stats-charts">
      {charts.map((c) => (
        // The SVG is a string built by our own chart code, which escapes every text it writes (escapeXml from
        // the board's svg-primitives): no ledger text reaches it unescaped, so inserting it as markup is safe.
        <figure key={c.id} className="stats-chart" data-chart={c.id} dangerouslySetInnerHTML={{ __html: c.svg }} />
      ))}
    </div>
  );
}
