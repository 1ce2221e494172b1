// What both charts share: the type scale (read on a projector: 26 px at 1280 wide, so never under 24 px when the
// chart fills a 1280×720 screen), the two years' colours AND patterns (a greyscale print still tells them
// apart: this year solid dark, the previous year light and hatched / dashed), text measuring for Japanese labels,
// and the SVG root naming the bundled BIZ UDPGothic first, as the board SVGs are rasterised with it.
import { escapeXml, FONT, INK, n } from '../board/svg-primitives';

export { escapeXml, INK, n };

export interface ChartSize {
  width: number;
  height: number;
}

export interface ChartOptions extends ChartSize {
  /** Legend words for the two years, e.g. 令和6年度 / 令和5年度. */
  currentLabel: string;
  previousLabel: string;
  /** Prefix for ids inside the SVG (patterns), unique when several charts share one HTML page. */
  idPrefix?: string;
  /** false: no title line (the DOCX writes the title as a heading above the picture). */
  showTitle?: boolean;
}

/** The title line's height, taken off the top when the chart has no title. */
export function titleLift(options: Pick<ChartOptions, 'showTitle'>, f: number): number {
  return options.showTitle === false ? f * 1.7 : 0;
}

export const CHART_FONT = `'BIZ UDPGothic', ${FONT}`;
export const CURRENT_FILL = '#1d4f91';
export const PREVIOUS_STROKE = '#b45309';
export const PREVIOUS_FILL = '#fdf0e1';
export const GRID = '#c8ced6';
export const MUTED = '#52606d';
export const EMPTY_TEXT = '該当なし';

/** The base type size for a chart `width` units wide: 26 at 1280 (≥ 24 px on a 1280-wide screen). */
export function baseFont(width: number): number {
  return Math.max(12, (width * 26) / 1280);
}

/** Roughly how wide `text` is at `size`: full-width characters 1 em, others about 0.6 em. */
export function approxTextWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) em += /[\u0000-\u024f\uff61-\uff9f]/.test(ch) ? 0.6 : 1;
  return em * size;
}

/** `text` cut with … so that it is at most `max` units wide at `size`. */
export function fitText(text: string, size: number, max: number): string {
  if (approxTextWidth(text, size) <= max) return text;
  let out = '';
  for (const ch of text) {
    if (approxTextWidth(`${out}${ch}…`, size) > max) break;
    out += ch;
  }
  return `${out}…`;
}

export function text(
  x: number,
  y: number,
  content: string,
  size: number,
  attrs: { anchor?: 'start' | 'middle' | 'end'; bold?: boolean; fill?: string; cls?: string } = {},
): string {
  const anchor = attrs.anchor && attrs.anchor !== 'start' ? ` text-anchor="${attrs.anchor}"` : '';
  const bold = attrs.bold ? ' font-weight="bold"' : '';
  const cls = attrs.cls ? ` class="${attrs.cls}"` : '';
  return `<text x="${n(x)}" y="${n(y)}" font-size="${n(size)}"${anchor}${bold} fill="${attrs.fill ?? INK}"${cls}>${escapeXml(content)}</text>`;
}

export function hatchId(options: ChartOptions): string {
  return `${options.idPrefix ?? 'chart'}-hatch`;
}

/** The previous year's hatch: diagonal lines on a light fill, so it reads apart from the solid bar in greyscale. */
export function hatchPattern(options: ChartOptions): string {
  return (
    `<pattern id="${escapeXml(hatchId(options))}" patternUnits="userSpaceOnUse" width="10" height="10" patternTransform="rotate(45)">` +
    `<rect width="10" height="10" fill="${PREVIOUS_FILL}"/><line x1="0" y1="0" x2="0" y2="10" stroke="${PREVIOUS_STROKE}" stroke-width="4"/></pattern>`
  );
}

export function svgRoot(size: ChartSize, label: string, body: string, defs = ''): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${n(size.width)} ${n(size.height)}" width="${n(size.width)}" height="${n(size.height)}" font-family="${escapeXml(CHART_FONT)}" role="img" aria-label="${escapeXml(label)}">` +
    (defs ? `<defs>${defs}</defs>` : '') +
    `<rect width="${n(size.width)}" height="${n(size.height)}" fill="#fff"/>${body}</svg>`
  );
}

/** A round axis maximum at or above `max` (1, 2, 5 × 10ⁿ steps), and its step for about five grid lines. */
export function niceScale(max: number): { top: number; step: number } {
  const target = Math.max(1, max);
  const raw = target / 5;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag);
  const rounded = Math.round(step);
  return { top: Math.ceil(target / rounded) * rounded, step: rounded };
}

/** The chart's title line and, for an empty breakdown, the 「該当なし」 message in the middle. */
export function titleText(size: ChartSize, title: string, f: number): string {
  return text(f * 0.6, f * 1.5, fitText(title, f * 1.2, size.width - f * 1.2), f * 1.2, {
    bold: true,
    cls: 'chart-title',
  });
}

export function emptyText(size: ChartSize, f: number, top: number): string {
  const y = top + (size.height - top) / 2;
  return (
    `<rect x="${n(f)}" y="${n(top)}" width="${n(size.width - 2 * f)}" height="${n(Math.max(0, size.height - top - f))}" fill="none" stroke="${GRID}" stroke-dasharray="6 6"/>` +
    text(size.width / 2, y + f * 0.4, EMPTY_TEXT, f * 1.2, { anchor: 'middle', fill: MUTED, cls: 'chart-empty' })
  );
}

export interface LegendItem {
  label: string;
  /** The swatch drawn in a box 1.4 f wide centred on (x, y). */
  swatch: (x: number, y: number, f: number) => string;
}

/** One legend line from `x`: swatch, words, a gap, the next; returns where it ended. */
export function legendLine(
  items: readonly LegendItem[],
  x: number,
  y: number,
  f: number,
): { svg: string; end: number } {
  let at = x;
  const parts: string[] = [];
  for (const item of items) {
    parts.push(item.swatch(at + f * 0.7, y - f * 0.35, f));
    parts.push(text(at + f * 1.7, y, item.label, f, { cls: 'chart-legend' }));
    at += f * 1.7 + approxTextWidth(item.label, f) + f * 1.2;
  }
  return { svg: parts.join(''), end: at };
}
