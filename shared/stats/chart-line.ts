// The twelve months (April first) as a line chart: new registrations and closures, this year solid and the
// previous year dashed, each series with its own marker shape (circle / square) and colour, so a greyscale
// print still tells the four lines apart. A month whose count is hidden (small-counts.ts) has no point and the
// line is broken there: a point's height would give the number back.
import {
  approxTextWidth,
  baseFont,
  emptyText,
  GRID,
  INK,
  legendLine,
  MUTED,
  n,
  niceScale,
  svgRoot,
  text,
  titleLift,
  titleText,
  type ChartOptions,
  type ChartSize,
  type LegendItem,
} from './chart-parts';
import type { Shown, ShownTable } from './small-counts';

export const NEW_COLOUR = '#1d4f91';
export const CLOSED_COLOUR = '#c2410c';
const DASH = '10 7';

interface Series {
  name: string;
  colour: string;
  marker: 'circle' | 'square';
  dashed: boolean;
  values: Shown[];
}

function marker(kind: Series['marker'], x: number, y: number, r: number, colour: string, hollow: boolean): string {
  const fill = hollow ? '#fff' : colour;
  return kind === 'circle'
    ? `<circle cx="${n(x)}" cy="${n(y)}" r="${n(r)}" fill="${fill}" stroke="${colour}" stroke-width="3"/>`
    : `<rect x="${n(x - r)}" y="${n(y - r)}" width="${n(2 * r)}" height="${n(2 * r)}" fill="${fill}" stroke="${colour}" stroke-width="3"/>`;
}

/** Line segments between neighbouring months that both have a count shown. */
function seriesPath(points: ({ x: number; y: number } | null)[]): string {
  let d = '';
  points.forEach((p, i) => {
    if (!p) return;
    d += `${points[i - 1] ? 'L' : 'M'}${n(p.x)},${n(p.y)} `;
  });
  return d.trim();
}

export function monthsChartSvg(
  newTable: ShownTable,
  closedTable: ShownTable,
  options: ChartOptions & { title?: string },
): string {
  const size: ChartSize = { width: options.width, height: options.height };
  const f = baseFont(size.width);
  const title = options.title ?? '月別の新規登録と終結';
  const series: Series[] = [
    {
      name: `新規 ${options.currentLabel}`,
      colour: NEW_COLOUR,
      marker: 'circle',
      dashed: false,
      values: newTable.rows.map((r) => r.current),
    },
    {
      name: `新規 ${options.previousLabel}`,
      colour: NEW_COLOUR,
      marker: 'circle',
      dashed: true,
      values: newTable.rows.map((r) => r.previous),
    },
    {
      name: `終結 ${options.currentLabel}`,
      colour: CLOSED_COLOUR,
      marker: 'square',
      dashed: false,
      values: closedTable.rows.map((r) => r.current),
    },
    {
      name: `終結 ${options.previousLabel}`,
      colour: CLOSED_COLOUR,
      marker: 'square',
      dashed: true,
      values: closedTable.rows.map((r) => r.previous),
    },
  ];
  const lift = titleLift(options, f);
  const parts: string[] = lift > 0 ? [] : [titleText(size, title, f)];
  const legendItem = (s: Series): LegendItem => ({
    label: s.name,
    swatch: (x, y, k) =>
      `<line x1="${n(x - k * 0.7)}" y1="${n(y)}" x2="${n(x + k * 0.7)}" y2="${n(y)}" stroke="${s.colour}" stroke-width="4"${s.dashed ? ` stroke-dasharray="6 4"` : ''}/>` +
      marker(s.marker, x, y, k * 0.22, s.colour, s.dashed),
  });
  parts.push(legendLine(series.slice(0, 2).map(legendItem), f * 0.6, f * 2.95 - lift, f).svg);
  parts.push(legendLine(series.slice(2).map(legendItem), f * 0.6, f * 4.25 - lift, f).svg);
  const top = f * 5.4 - lift;
  const labels = newTable.rows.map((r) => r.label);
  const all = series.flatMap((s) => s.values);
  if (labels.length === 0 || all.every((v) => v.kind === 'count' && v.value === 0)) {
    parts.push(emptyText(size, f, top));
    return svgRoot(size, title, parts.join(''));
  }

  const { top: yMax, step } = niceScale(Math.max(...all.map((v) => (v.kind === 'count' ? v.value : 0))));
  const axisFont = f;
  // The unit and the hidden-month note: smaller, still ≥ 24 px at 1280 wide.
  const small = f * 0.93;
  const x0 = approxTextWidth(String(yMax), axisFont) + f * 1.1;
  const x1 = size.width - f * 0.8;
  const hasHidden = all.some((v) => v.kind !== 'count');
  const y0 = size.height - f * (hasHidden ? 2.7 : 1.7);
  const plotTop = top + f * 1.0;
  const xAt = (i: number) => x0 + ((i + 0.5) * (x1 - x0)) / labels.length;
  const yAt = (v: number) => y0 - (v / yMax) * (y0 - plotTop);

  for (let v = 0; v <= yMax; v += step) {
    parts.push(
      `<line x1="${n(x0)}" y1="${n(yAt(v))}" x2="${n(x1)}" y2="${n(yAt(v))}" stroke="${v === 0 ? INK : GRID}" stroke-width="${v === 0 ? 2 : 1}"/>`,
    );
    parts.push(text(x0 - f * 0.3, yAt(v) + axisFont * 0.36, String(v), axisFont, { anchor: 'end', fill: MUTED }));
  }
  labels.forEach((label, i) =>
    parts.push(text(xAt(i), y0 + f * 1.15, label, axisFont, { anchor: 'middle', cls: 'month' })),
  );
  parts.push(text(f * 0.2, top + f * 0.1, '（件）', small, { fill: MUTED }));

  // The previous year first, so this year's solid lines sit on top.
  for (const s of [series[1]!, series[3]!, series[0]!, series[2]!]) {
    const points = s.values.map((v, i) => (v.kind === 'count' ? { x: xAt(i), y: yAt(v.value) } : null));
    const d = seriesPath(points);
    const cls = `series series-${s.marker === 'circle' ? 'new' : 'closed'}-${s.dashed ? 'previous' : 'current'}`;
    parts.push(
      `<g class="${cls}">` +
        (d
          ? `<path d="${d}" fill="none" stroke="${s.colour}" stroke-width="${s.dashed ? 3 : 4}"${s.dashed ? ` stroke-dasharray="${DASH}"` : ''}/>`
          : '') +
        points.map((p) => (p ? marker(s.marker, p.x, p.y, f * 0.24, s.colour, s.dashed) : '')).join('') +
        '</g>',
    );
  }
  if (hasHidden)
    parts.push(
      text(x1, size.height - f * 0.3, '件数を伏せた月は線を切っています', small, {
        anchor: 'end',
        fill: MUTED,
      }),
    );
  return svgRoot(size, title, parts.join(''));
}
