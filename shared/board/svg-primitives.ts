// The SVG export's drawing primitives as plain strings: numbers, styled lines with their slashes and arrow
// heads, the person symbols, note boxes and legend symbols. svg.ts lays these out into one document.
import { SYMBOL_SIZE } from './commands';
import { NOTE_W, zigzag, type Rect } from './geometry';
import type { LegendSymbol } from './legend';
import type { LineStyle, NotationProfile } from './notation';
import type { Person, Point } from './types';

export const HALF = SYMBOL_SIZE / 2;
export const FONT = "'Noto Sans JP', 'Hiragino Sans', 'Yu Gothic', sans-serif";
export const INK = '#1f2933';
export const MARGIN = 40;
/** A note's text: 15px characters inside 10px of padding on each side, so the lines fit the note's width. */
export const NOTE_CHARS_PER_LINE = Math.floor((NOTE_W - 20) / 15);

export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[ch]!,
  );
}

export const n = (v: number) => (Math.round(v * 10) / 10).toString();
export const pts = (points: Point[]) => points.map((p) => `${n(p.x)},${n(p.y)}`).join(' ');

export function strokeAttrs(style: LineStyle): string {
  const dash = style.dash.length > 0 ? ` stroke-dasharray="${style.dash.join(' ')}"` : '';
  return `stroke="${style.stroke}" stroke-width="${style.width}" fill="none"${dash}`;
}

/** A styled line between two points: zigzag, double, arrow head and slashes as the style asks. */
export function styledLine(from: Point, to: Point, style: LineStyle, cls: string): string {
  const parts: string[] = [];
  if (style.double) {
    const len = Math.hypot(to.x - from.x, to.y - from.y) || 1;
    const ox = (-(to.y - from.y) / len) * 3;
    const oy = ((to.x - from.x) / len) * 3;
    for (const s of [1, -1]) {
      parts.push(
        `<line x1="${n(from.x + ox * s)}" y1="${n(from.y + oy * s)}" x2="${n(to.x + ox * s)}" y2="${n(to.y + oy * s)}" ${strokeAttrs(style)}/>`,
      );
    }
  } else if (style.zigzag) {
    parts.push(`<polyline points="${pts(zigzag(from, to))}" ${strokeAttrs(style)}/>`);
  } else {
    parts.push(`<line x1="${n(from.x)}" y1="${n(from.y)}" x2="${n(to.x)}" y2="${n(to.y)}" ${strokeAttrs(style)}/>`);
  }
  if (style.slashes > 0)
    parts.push(slashes({ x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 }, style.slashes, style.stroke));
  if (style.arrow) parts.push(arrowHead(from, to, style.stroke));
  return `<g class="${cls}">${parts.join('')}</g>`;
}

export function slashes(at: Point, count: 0 | 1 | 2, stroke: string): string {
  const offsets = count === 0 ? [] : count === 1 ? [0] : [-5, 5];
  return offsets
    .map(
      (dx) =>
        `<line x1="${n(at.x + dx - 5)}" y1="${n(at.y + 8)}" x2="${n(at.x + dx + 5)}" y2="${n(at.y - 8)}" stroke="${stroke}" stroke-width="2"/>`,
    )
    .join('');
}

export function arrowHead(from: Point, to: Point, fill: string): string {
  const len = Math.hypot(to.x - from.x, to.y - from.y) || 1;
  const ux = (to.x - from.x) / len;
  const uy = (to.y - from.y) / len;
  const base = { x: to.x - ux * 12, y: to.y - uy * 12 };
  const left = { x: base.x - uy * 6, y: base.y + ux * 6 };
  const right = { x: base.x + uy * 6, y: base.y - ux * 6 };
  return `<polygon points="${pts([to, left, right])}" fill="${fill}"/>`;
}

export function personSymbol(
  p: Pick<Person, 'sex' | 'index' | 'deceased' | 'pregnancy'>,
  at: Point,
  notation: NotationProfile,
  age: number | null,
): string {
  const parts: string[] = [];
  const { x, y } = at;
  if (p.pregnancy) {
    const h = HALF * 0.8;
    if (p.pregnancy === 'miscarriage') parts.push(`<circle cx="${n(x)}" cy="${n(y)}" r="8" fill="${INK}"/>`);
    else if (p.pregnancy === 'abortion') parts.push(slashesX(at, 9));
    else
      parts.push(
        `<polygon points="${pts([
          { x, y: y - h },
          { x: x - h, y: y + h },
          { x: x + h, y: y + h },
        ])}" fill="#fff" stroke="${INK}" stroke-width="2"/>`,
      );
    if (p.pregnancy === 'stillbirth') parts.push(slashesX(at, HALF * 0.6));
    return `<g class="person-symbol">${parts.join('')}</g>`;
  }
  const filled = p.deceased !== null && notation.deceased === 'filled';
  const fill = filled ? INK : '#fff';
  const shape = (inset: number) => {
    const r = HALF - inset;
    const attrs = `fill="${inset === 0 ? fill : 'none'}" stroke="${INK}" stroke-width="2"`;
    if (p.sex === 'male')
      return `<rect x="${n(x - r)}" y="${n(y - r)}" width="${n(r * 2)}" height="${n(r * 2)}" ${attrs}/>`;
    if (p.sex === 'female') return `<circle cx="${n(x)}" cy="${n(y)}" r="${n(r)}" ${attrs}/>`;
    return `<polygon points="${pts([
      { x, y: y - r },
      { x: x + r, y },
      { x, y: y + r },
      { x: x - r, y },
    ])}" ${attrs}/>`;
  };
  parts.push(shape(0));
  if (p.index) parts.push(shape(5));
  if (p.deceased !== null && notation.deceased === 'cross') parts.push(slashesX(at, HALF));
  if (age !== null) {
    parts.push(
      `<text x="${n(x)}" y="${n(y + 6)}" text-anchor="middle" font-size="17" font-weight="bold" fill="${filled ? '#fff' : INK}">${age}</text>`,
    );
  }
  return `<g class="person-symbol">${parts.join('')}</g>`;
}

function slashesX(at: Point, r: number): string {
  return `<path d="M${n(at.x - r)},${n(at.y - r)} L${n(at.x + r)},${n(at.y + r)} M${n(at.x + r)},${n(at.y - r)} L${n(at.x - r)},${n(at.y + r)}" stroke="${INK}" stroke-width="2"/>`;
}

export function textLines(text: string, perLine: number, maxLines: number): string[] {
  const lines: string[] = [];
  for (const para of text.split('\n')) {
    for (let i = 0; i < para.length || i === 0; i += perLine) lines.push(para.slice(i, i + perLine));
  }
  return lines.length > maxLines
    ? [...lines.slice(0, maxLines - 1), `${lines[maxLines - 1]!.slice(0, perLine - 1)}…`]
    : lines;
}

export function noteBox(x: number, y: number, text: string, fill: string): { svg: string; height: number } {
  const lines = textLines(text, NOTE_CHARS_PER_LINE, 6);
  const height = 16 + lines.length * 20;
  const tspans = lines
    .map((l, i) => `<tspan x="${n(x + 10)}" y="${n(y + 24 + i * 20)}">${escapeXml(l)}</tspan>`)
    .join('');
  return {
    svg: `<g class="note"><rect x="${n(x)}" y="${n(y)}" width="${NOTE_W}" height="${height}" rx="4" fill="${fill}" stroke="#a3a3a3"/><text font-size="15" fill="${INK}">${tspans}</text></g>`,
    height,
  };
}

export function legendSymbol(symbol: LegendSymbol, at: Point, notation: NotationProfile): string {
  const from = { x: at.x - 22, y: at.y };
  const to = { x: at.x + 22, y: at.y };
  switch (symbol.kind) {
    case 'person':
      return `<g transform="translate(${n(at.x)},${n(at.y)}) scale(0.5) translate(${n(-at.x)},${n(-at.y)})">${personSymbol({ sex: symbol.sex, index: symbol.index, deceased: symbol.deceased ? { year: null } : null, pregnancy: null }, at, notation, null)}</g>`;
    case 'pregnancy':
      return `<g transform="translate(${n(at.x)},${n(at.y)}) scale(0.5) translate(${n(-at.x)},${n(-at.y)})">${personSymbol({ sex: 'unknown', index: false, deceased: null, pregnancy: symbol.pregnancy }, at, notation, null)}</g>`;
    case 'placement':
      return `<rect x="${n(at.x - 22)}" y="${n(at.y - 9)}" width="44" height="18" rx="9" fill="#fef3c7" stroke="#92400e"/>`;
    case 'line':
      return styledLine(from, to, symbol.line, 'legend-line');
    case 'twins':
      return `<polyline points="${pts([
        { x: at.x - 14, y: at.y + 10 },
        { x: at.x, y: at.y - 10 },
        { x: at.x + 14, y: at.y + 10 },
      ])}" stroke="${INK}" stroke-width="2" fill="none"/>${symbol.identical ? `<line x1="${n(at.x - 7)}" y1="${n(at.y)}" x2="${n(at.x + 7)}" y2="${n(at.y)}" stroke="${INK}" stroke-width="2"/>` : ''}`;
    case 'household':
      return `<rect x="${n(at.x - 22)}" y="${n(at.y - 11)}" width="44" height="22" rx="8" ${strokeAttrs(symbol.line)}/>`;
  }
}

export function bounds(rects: Rect[]): Rect {
  if (rects.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  const minX = Math.min(...rects.map((r) => r.x));
  const minY = Math.min(...rects.map((r) => r.y));
  const maxX = Math.max(...rects.map((r) => r.x + r.width));
  const maxY = Math.max(...rects.map((r) => r.y + r.height));
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}
