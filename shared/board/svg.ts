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
  personLinkGap,
  trimSegment,
  twinBars,
  twinPoints,
  unionGeometry,
  type Rect,
} from './geometry';
import { householdOutlineIn, outlineEntry } from './household-outline';
import { legendFor, type LegendEntry } from './legend';
import { maskBoardForRoom } from './mask';
import { makeMaskPolicy } from '../mask/policy';
import {
  agencyLinkStyle,
  childLineStyle,
  HOUSEHOLD_STYLE,
  type NotationProfile,
  relationLineStyle,
  unionLineStyle,
} from './notation';
import {
  arrowHead,
  bounds,
  escapeXml,
  FONT,
  HALF,
  INK,
  legendSymbol,
  MARGIN,
  n,
  noteBox,
  personSymbol,
  pts,
  slashes,
  strokeAttrs,
  styledLine,
} from './svg-primitives';
import { SOS_COLUMN_LABELS, SOS_COLUMNS, type BoardDoc, type Id, type Point } from './types';
import { formatDate } from '../ledger/dates';

export { escapeXml } from './svg-primitives';

/** A white outline behind a name: couple and child lines pass under the label and must not cut it (as on the canvas). */
const HALO = 'stroke="#fff" stroke-width="4" stroke-linejoin="round" paint-order="stroke"';

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
    const outline = householdOutlineIn(doc, h, at);
    body.push(`<path class="household" d="${outline!.path}" ${strokeAttrs(HOUSEHOLD_STYLE)}/>`);
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
    const household = households.get(l.target);
    const outline = household ? householdOutlineIn(doc, household, at) : null;
    const entry = outline ? outlineEntry(outline, agency.position) : null;
    const target = entry ?? (hr ? { x: hr.x + hr.width / 2, y: hr.y + hr.height / 2 } : at(l.target));
    if (!target || (!hr && !byId.has(l.target) && !households.has(l.target))) continue;
    const targetGap = entry ? 2 : hr ? Math.min(hr.width, hr.height) / 2 : personLinkGap(agency.position, target);
    const [agencyEnd, targetEnd] = trimSegment(agency.position, target, AGENCY_H / 2 + 4, targetGap);
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
        `<text x="${n(p.position.x)}" y="${n(p.position.y + HALF + 15)}" text-anchor="middle" font-size="13" fill="${INK}" ${HALO}>${escapeXml(label)}${deceasedYear ? ` ${deceasedYear}` : ''}</text>` +
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
        // The value sits inside its marker: above it, it ran into the question's line.
        `<circle cx="${n(mx)}" cy="${n(y + 34)}" r="12" fill="#1d4ed8"/><text x="${n(mx)}" y="${n(y + 39)}" text-anchor="middle" font-size="14" font-weight="bold" fill="#fff">${n(s.value)}</text></g>`,
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
