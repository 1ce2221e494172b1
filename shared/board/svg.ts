// The board as one standalone SVG document, for SVG export and printing: the genogram and ecomap where they
// stand on the board, the free notes, then the Signs-of-Safety columns and scales and the legend below.
// Plain strings (no DOM), so it runs in Node tests, the renderer and the main process alike.
import { ageAtMeeting } from './age';
import { SYMBOL_SIZE } from './commands';
import { placementLines, unionYearsText } from './annotations';
import {
  AGENCY_H,
  AGENCY_W,
  childAnchor,
  childPath,
  householdRect,
  NOTE_W,
  trimSegment,
  twinBars,
  twinPoints,
  unionGeometry,
  zigzag,
  type Rect,
} from './geometry';
import { legendFor, type LegendEntry, type LegendSymbol } from './legend';
import { maskBoardForRoom } from './mask';
import { makeMaskPolicy } from '../mask/policy';
import {
  agencyLinkStyle,
  childLineStyle,
  HOUSEHOLD_STYLE,
  type LineStyle,
  type NotationProfile,
  relationLineStyle,
  unionLineStyle,
} from './notation';
import { SOS_COLUMN_LABELS, SOS_COLUMNS, type BoardDoc, type Id, type Person, type Point } from './types';
import { formatDate } from '../ledger/dates';

export interface SvgOptions {
  notation: NotationProfile;
  /** Role labels instead of names (本人, 母 …) and notes scrubbed; ages stay. */
  masked: boolean;
  /**
   * The meeting's masking policy for the notes when masked; without it, the names on this board alone are
   * hidden (a board exported on its own knows no other case).
   */
  scrub?: (text: string) => string;
  /** ISO day: ages are shown as of this date. */
  meetingDate: string;
}

const HALF = SYMBOL_SIZE / 2;
const FONT = "'Noto Sans JP', 'Hiragino Sans', 'Yu Gothic', sans-serif";
const INK = '#1f2933';
const MARGIN = 40;
/** A note's text: 15px characters inside 10px of padding on each side, so the lines fit the note's width. */
const NOTE_CHARS_PER_LINE = Math.floor((NOTE_W - 20) / 15);

export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[ch]!,
  );
}

const n = (v: number) => (Math.round(v * 10) / 10).toString();
const pts = (points: Point[]) => points.map((p) => `${n(p.x)},${n(p.y)}`).join(' ');

function strokeAttrs(style: LineStyle): string {
  const dash = style.dash.length > 0 ? ` stroke-dasharray="${style.dash.join(' ')}"` : '';
  return `stroke="${style.stroke}" stroke-width="${style.width}" fill="none"${dash}`;
}

/** A styled line between two points: zigzag, double, arrow head and slashes as the style asks. */
function styledLine(from: Point, to: Point, style: LineStyle, cls: string): string {
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

function slashes(at: Point, count: 0 | 1 | 2, stroke: string): string {
  const offsets = count === 0 ? [] : count === 1 ? [0] : [-5, 5];
  return offsets
    .map(
      (dx) =>
        `<line x1="${n(at.x + dx - 5)}" y1="${n(at.y + 8)}" x2="${n(at.x + dx + 5)}" y2="${n(at.y - 8)}" stroke="${stroke}" stroke-width="2"/>`,
    )
    .join('');
}

function arrowHead(from: Point, to: Point, fill: string): string {
  const len = Math.hypot(to.x - from.x, to.y - from.y) || 1;
  const ux = (to.x - from.x) / len;
  const uy = (to.y - from.y) / len;
  const base = { x: to.x - ux * 12, y: to.y - uy * 12 };
  const left = { x: base.x - uy * 6, y: base.y + ux * 6 };
  const right = { x: base.x + uy * 6, y: base.y - ux * 6 };
  return `<polygon points="${pts([to, left, right])}" fill="${fill}"/>`;
}

function personSymbol(
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

function textLines(text: string, perLine: number, maxLines: number): string[] {
  const lines: string[] = [];
  for (const para of text.split('\n')) {
    for (let i = 0; i < para.length || i === 0; i += perLine) lines.push(para.slice(i, i + perLine));
  }
  return lines.length > maxLines
    ? [...lines.slice(0, maxLines - 1), `${lines[maxLines - 1]!.slice(0, perLine - 1)}…`]
    : lines;
}

function noteBox(x: number, y: number, text: string, fill: string): { svg: string; height: number } {
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

function legendSymbol(symbol: LegendSymbol, at: Point, notation: NotationProfile): string {
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

function bounds(rects: Rect[]): Rect {
  if (rects.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  const minX = Math.min(...rects.map((r) => r.x));
  const minY = Math.min(...rects.map((r) => r.y));
  const maxX = Math.max(...rects.map((r) => r.x + r.width));
  const maxY = Math.max(...rects.map((r) => r.y + r.height));
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

export function boardToSvg(source: BoardDoc, opts: SvgOptions): string {
  const { notation } = opts;
  const doc = opts.masked
    ? maskBoardForRoom(source, opts.scrub ?? makeMaskPolicy({ cases: [], boards: [source] }).scrub, opts.meetingDate)
    : source;
  const byId = new Map(doc.persons.map((p) => [p.id, p]));
  const households = new Map(doc.households.map((h) => [h.id, h]));
  const agencies = new Map(doc.agencies.map((a) => [a.id, a]));
  const at = (id: Id): Point | undefined => byId.get(id)?.position;

  const body: string[] = [];
  const householdRects = new Map<Id, Rect>();
  for (const h of doc.households) {
    const r = householdRect(h, at);
    if (!r) continue;
    householdRects.set(h.id, r);
    body.push(
      `<rect class="household" x="${n(r.x)}" y="${n(r.y)}" width="${n(r.width)}" height="${n(r.height)}" rx="18" ${strokeAttrs(HOUSEHOLD_STYLE)}/>`,
    );
  }

  for (const u of doc.unions) {
    const a = at(u.a);
    const b = at(u.b);
    if (!a || !b) continue;
    const g = unionGeometry(a, b);
    const style = unionLineStyle(u, notation);
    const years = unionYearsText(u);
    body.push(
      `<g class="union"><polyline points="${pts(g.points)}" ${strokeAttrs(style)}/>${style.slashes > 0 ? slashes(g.mid, style.slashes, style.stroke) : ''}${years ? `<text x="${n(g.mid.x)}" y="${n(g.mid.y + 16)}" text-anchor="middle" font-size="11" fill="${INK}">${escapeXml(years)}</text>` : ''}</g>`,
    );
  }

  const twins = twinPoints(doc, at);
  for (const c of doc.children) {
    const anchor = childAnchor(doc, c, at);
    const child = at(c.child);
    if (!anchor || !child) continue;
    const path = childPath(anchor, child, c.twinGroup ? (twins.get(c.twinGroup) ?? null) : null);
    body.push(`<polyline class="child-line" points="${pts(path)}" ${strokeAttrs(childLineStyle(c.kind, notation))}/>`);
  }
  // Identical twins: a bar between the two diagonal lines.
  for (const bar of twinBars(doc, at)) {
    body.push(
      `<line class="twin-bar" x1="${n(bar.from.x)}" y1="${n(bar.from.y)}" x2="${n(bar.to.x)}" y2="${n(bar.to.y)}" stroke="${INK}" stroke-width="2"/>`,
    );
  }

  for (const r of doc.relations) {
    const a = at(r.from);
    const b = at(r.to);
    if (!a || !b) continue;
    const [from, to] = trimSegment(a, b);
    body.push(styledLine(from, to, relationLineStyle(r.kind, notation), 'relation'));
  }

  for (const l of doc.agencyLinks) {
    const agency = agencies.get(l.agency);
    if (!agency) continue;
    const hr = householdRects.get(l.target);
    const target = hr ? { x: hr.x + hr.width / 2, y: hr.y + hr.height / 2 } : at(l.target);
    if (!target || (!hr && !byId.has(l.target) && !households.has(l.target))) continue;
    const [agencyEnd, targetEnd] = trimSegment(
      agency.position,
      target,
      AGENCY_H / 2 + 4,
      hr ? Math.min(hr.width, hr.height) / 2 : HALF + 4,
    );
    const style = agencyLinkStyle(l, notation);
    const [from, to] = l.direction === 'toAgency' ? [targetEnd, agencyEnd] : [agencyEnd, targetEnd];
    body.push(styledLine(from, to, style, 'agency-link'));
    if (l.direction === 'both') body.push(arrowHead(to, from, style.stroke));
    if (l.role) {
      const mid = { x: (agencyEnd.x + targetEnd.x) / 2, y: (agencyEnd.y + targetEnd.y) / 2 - 8 };
      body.push(
        `<text class="agency-role" x="${n(mid.x)}" y="${n(mid.y)}" text-anchor="middle" font-size="12" fill="${style.stroke}">${escapeXml(l.role)}</text>`,
      );
    }
  }

  for (const p of doc.persons) {
    const age = ageAtMeeting(p, opts.meetingDate);
    const label = p.label;
    const placements = placementLines(p)
      .map(
        (line, i, all) =>
          `<text x="${n(p.position.x)}" y="${n(p.position.y - HALF - 6 - (all.length - 1 - i) * 13)}" text-anchor="middle" font-size="11" fill="#92400e">${escapeXml(line)}</text>`,
      )
      .join('');
    const deceasedYear = p.deceased?.year ? `†${p.deceased.year}` : '';
    body.push(
      `<g class="person" data-id="${escapeXml(p.id)}">${personSymbol(p, p.position, notation, age)}` +
        `<text x="${n(p.position.x)}" y="${n(p.position.y + HALF + 15)}" text-anchor="middle" font-size="13" fill="${INK}">${escapeXml(label)}${deceasedYear ? ` ${deceasedYear}` : ''}</text>` +
        placements +
        '</g>',
    );
  }

  for (const a of doc.agencies) {
    body.push(
      `<g class="agency"><rect x="${n(a.position.x - AGENCY_W / 2)}" y="${n(a.position.y - AGENCY_H / 2)}" width="${AGENCY_W}" height="${AGENCY_H}" rx="10" fill="#eff6ff" stroke="#1d4ed8" stroke-width="2"/>` +
        `<text x="${n(a.position.x)}" y="${n(a.position.y + 5)}" text-anchor="middle" font-size="14" fill="${INK}">${escapeXml(a.name)}</text></g>`,
    );
  }

  const freeNotes = doc.notes.filter((note) => note.column === null);
  const noteRects: Rect[] = [];
  for (const note of freeNotes) {
    const box = noteBox(note.position.x, note.position.y, note.text, '#fefce8');
    body.push(box.svg);
    noteRects.push({ x: note.position.x, y: note.position.y, width: NOTE_W, height: box.height });
  }

  // The board's drawn area; the map, the scales and the legend go below it.
  const drawn = bounds([
    ...doc.persons.map((p) => ({
      x: p.position.x - HALF - 40,
      y: p.position.y - HALF,
      width: SYMBOL_SIZE + 80,
      height: SYMBOL_SIZE + 40,
    })),
    ...householdRects.values(),
    ...doc.agencies.map((a) => ({
      x: a.position.x - AGENCY_W / 2,
      y: a.position.y - AGENCY_H / 2,
      width: AGENCY_W,
      height: AGENCY_H,
    })),
    ...noteRects,
  ]);
  let y = drawn.y + drawn.height + MARGIN;
  const left = drawn.x;
  const below: string[] = [];

  const columnNotes = SOS_COLUMNS.map((column) => doc.notes.filter((note) => note.column === column));
  if (columnNotes.some((notes) => notes.length > 0)) {
    let tallest = 0;
    SOS_COLUMNS.forEach((column, i) => {
      const x = left + i * (NOTE_W + 30);
      let cy = y + 34;
      const notes = columnNotes[i]!.map((note) => {
        const box = noteBox(x, cy, note.text, ['#fee2e2', '#dcfce7', '#dbeafe'][i]!);
        cy += box.height + 10;
        return box.svg;
      });
      tallest = Math.max(tallest, cy - y);
      below.push(
        `<g class="sos-column" data-column="${column}"><text x="${n(x)}" y="${n(y + 20)}" font-size="17" font-weight="bold" fill="${INK}">${escapeXml(SOS_COLUMN_LABELS[column])}</text>${notes.join('')}</g>`,
      );
    });
    y += tallest + MARGIN;
  }

  for (const s of doc.scales) {
    const width = 3 * NOTE_W + 60;
    const step = width / 10;
    const ticks = Array.from(
      { length: 11 },
      (_, i) =>
        `<line x1="${n(left + i * step)}" y1="${n(y + 30)}" x2="${n(left + i * step)}" y2="${n(y + 38)}" stroke="${INK}"/><text x="${n(left + i * step)}" y="${n(y + 54)}" text-anchor="middle" font-size="11" fill="${INK}">${i}</text>`,
    ).join('');
    const mx = left + s.value * step;
    below.push(
      `<g class="scale"><text x="${n(left)}" y="${n(y + 16)}" font-size="15" fill="${INK}">${escapeXml(`${s.question}（${s.ratedBy}、${formatDate(s.ratedAt, 'wareki')}）`)}</text>` +
        `<line x1="${n(left)}" y1="${n(y + 34)}" x2="${n(left + width)}" y2="${n(y + 34)}" stroke="${INK}" stroke-width="2"/>${ticks}` +
        `<circle cx="${n(mx)}" cy="${n(y + 34)}" r="9" fill="#1d4ed8"/><text x="${n(mx)}" y="${n(y + 26)}" text-anchor="middle" font-size="14" font-weight="bold" fill="#1d4ed8">${n(s.value)}</text></g>`,
    );
    y += 74;
  }

  const legend: LegendEntry[] = legendFor(doc, notation);
  if (legend.length > 0) {
    const rows = legend.map((entry, i) => {
      const col = i % 3;
      const row = Math.floor(i / 3);
      const x = left + col * 240;
      const ly = y + 40 + row * 30;
      return `<g class="legend-entry" data-key="${escapeXml(entry.key)}">${legendSymbol(entry.symbol, { x: x + 25, y: ly }, notation)}<text x="${n(x + 60)}" y="${n(ly + 5)}" font-size="13" fill="${INK}">${escapeXml(entry.label)}</text></g>`;
    });
    below.push(
      `<g class="legend"><text x="${n(left)}" y="${n(y + 16)}" font-size="15" font-weight="bold" fill="${INK}">凡例</text>${rows.join('')}</g>`,
    );
    y += 40 + Math.ceil(legend.length / 3) * 30 + MARGIN / 2;
  }

  const title = `ケース ${doc.caseNo}　${formatDate(opts.meetingDate, 'wareki')}時点${opts.masked ? '（匿名表示）' : ''}`;
  const top = drawn.y - MARGIN - 30;
  const width = Math.max(drawn.width, 3 * NOTE_W + 60, 720) + MARGIN * 2;
  const height = y - top + MARGIN;
  const viewBox = `${n(left - MARGIN)} ${n(top)} ${n(width)} ${n(height)}`;
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}" width="${n(width)}" height="${n(height)}" font-family="${escapeXml(FONT)}">` +
    `<title>${escapeXml(title)}</title>` +
    `<rect x="${n(left - MARGIN)}" y="${n(top)}" width="${n(width)}" height="${n(height)}" fill="#fff"/>` +
    `<text class="board-title" x="${n(left)}" y="${n(top + 26)}" font-size="18" font-weight="bold" fill="${INK}">${escapeXml(title)}</text>` +
    `<g class="board">${body.join('')}</g>${below.join('')}</svg>\n`
  );
}
