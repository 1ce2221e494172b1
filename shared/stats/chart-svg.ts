// A breakdown of the year's figures as a bar chart (pure SVG strings, for the screen, the projector and the
// DOCX picture alike): one row per category, this year's bar (solid) above the previous year's (hatched), each
// with its count written after it, so the chart reads without the table, in greyscale print and from the back
// of the room. A hidden small count (small-counts.ts) draws no bar, only its words: a bar's length would give
// the number back. A breakdown with nothing to show draws 「該当なし」, not an empty frame.
import {
  approxTextWidth,
  baseFont,
  CURRENT_FILL,
  emptyText,
  fitText,
  GRID,
  hatchId,
  hatchPattern,
  INK,
  legendLine,
  MUTED,
  n,
  PREVIOUS_STROKE,
  escapeXml,
  svgRoot,
  text,
  titleLift,
  titleText,
  type ChartOptions,
  type ChartSize,
} from './chart-parts';
import { shownText, type Shown, type ShownRow, type ShownTable } from './small-counts';

export type { ChartOptions } from './chart-parts';

/** Height per category that keeps the type at full size: two bars and the gaps around them. */
const ROW_EM = 3.1;
const TOP_EM = 3.9;
const BOTTOM_EM = 0.8;

/** The height a bar chart `width` wide needs for its rows at full type size (callers may give less or more). */
export function barChartHeight(
  table: ShownTable,
  width: number,
  options: Pick<ChartOptions, 'showTitle'> = {},
): number {
  const f = baseFont(width);
  return Math.round(f * (TOP_EM + BOTTOM_EM) - titleLift(options, f) + Math.max(2, table.rows.length) * f * ROW_EM);
}

/** Nothing to draw: no category, or every count zero in both years. */
export function isEmptyTable(table: ShownTable): boolean {
  const zero = (s: Shown) => s.kind === 'count' && s.value === 0;
  return table.rows.every((r) => zero(r.current) && zero(r.previous));
}

function legendWithTotals(table: ShownTable, options: ChartOptions): string[] {
  const total = table.total;
  const suffix = (s: Shown | undefined) => (s ? `（計 ${shownText(s)}${s.kind === 'count' ? table.unit : ''}）` : '');
  return [`${options.currentLabel}${suffix(total?.current)}`, `${options.previousLabel}${suffix(total?.previous)}`];
}

export function barChartSvg(table: ShownTable, options: ChartOptions): string {
  const size: ChartSize = { width: options.width, height: options.height };
  const f = baseFont(size.width);
  const lift = titleLift(options, f);
  const top = f * TOP_EM - lift;
  const parts: string[] = lift > 0 ? [] : [titleText(size, table.title, f)];
  const [currentWords, previousWords] = legendWithTotals(table, options);
  const hatch = `url(#${escapeXml(hatchId(options))})`;
  parts.push(
    legendLine(
      [
        {
          label: currentWords!,
          swatch: (x, y, s) =>
            `<rect x="${n(x - s * 0.6)}" y="${n(y - s * 0.4)}" width="${n(s * 1.2)}" height="${n(s * 0.8)}" fill="${CURRENT_FILL}"/>`,
        },
        {
          label: previousWords!,
          swatch: (x, y, s) =>
            `<rect x="${n(x - s * 0.6)}" y="${n(y - s * 0.4)}" width="${n(s * 1.2)}" height="${n(s * 0.8)}" fill="${hatch}" stroke="${PREVIOUS_STROKE}" stroke-width="2"/>`,
        },
      ],
      f * 0.6,
      f * 2.95 - lift,
      f,
    ).svg,
  );
  if (isEmptyTable(table)) {
    parts.push(emptyText(size, f, top));
    return svgRoot(size, table.title, parts.join(''), hatchPattern(options));
  }

  const rows = table.rows;
  const slot = (size.height - top - f * BOTTOM_EM) / rows.length;
  const bar = Math.min(slot * 0.38, f * 1.2);
  const gap = Math.min(slot * 0.06, f * 0.2);
  const valueFont = Math.min(f, slot * 0.42);
  const labelFont = Math.min(f, slot * 0.6);
  const widest = Math.max(...rows.map((r) => approxTextWidth(r.label, labelFont)));
  const labelW = Math.min(size.width * 0.34, widest + f * 0.6);
  const values = rows.flatMap((r) => [r.current, r.previous]);
  const valueW = Math.max(...values.map((v) => approxTextWidth(shownText(v), valueFont))) + f * 0.6;
  const x0 = labelW + f * 0.5;
  const plotW = Math.max(f, size.width - x0 - valueW - f * 0.8);
  const max = Math.max(1, ...values.map((v) => (v.kind === 'count' ? v.value : 0)));

  const drawBar = (row: ShownRow, which: 'current' | 'previous', y: number): string => {
    const shown = row[which];
    const words = shownText(shown);
    const textY = y + bar / 2 + valueFont * 0.36;
    if (shown.kind !== 'count')
      return text(x0 + f * 0.3, textY, words, valueFont, { fill: MUTED, cls: `value-${which}` });
    const len = (shown.value / max) * plotW;
    const fill =
      which === 'current' ? `fill="${CURRENT_FILL}"` : `fill="${hatch}" stroke="${PREVIOUS_STROKE}" stroke-width="2"`;
    const rect =
      len > 0
        ? `<rect class="bar-${which}" data-label="${escapeXml(row.label)}" x="${n(x0)}" y="${n(y)}" width="${n(len)}" height="${n(bar)}" ${fill}/>`
        : '';
    return (
      rect + text(x0 + len + f * 0.3, textY, words, valueFont, { bold: which === 'current', cls: `value-${which}` })
    );
  };

  rows.forEach((row, i) => {
    const y0 = top + i * slot;
    const barTop = y0 + (slot - 2 * bar - gap) / 2;
    if (i > 0)
      parts.push(
        `<line x1="${n(f * 0.3)}" y1="${n(y0)}" x2="${n(size.width - f * 0.3)}" y2="${n(y0)}" stroke="${GRID}"/>`,
      );
    parts.push(
      text(labelW, y0 + slot / 2 + labelFont * 0.36, fitText(row.label, labelFont, labelW - f * 0.3), labelFont, {
        anchor: 'end',
        cls: 'category',
      }),
    );
    parts.push(drawBar(row, 'current', barTop));
    parts.push(drawBar(row, 'previous', barTop + bar + gap));
  });
  parts.push(
    `<line x1="${n(x0)}" y1="${n(top)}" x2="${n(x0)}" y2="${n(size.height - f * BOTTOM_EM)}" stroke="${INK}" stroke-width="2"/>`,
  );
  return svgRoot(size, table.title, parts.join(''), hatchPattern(options));
}
