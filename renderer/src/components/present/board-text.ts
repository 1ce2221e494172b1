// The board's words at a size the room can read. The export's SVG is drawn for paper: in the projector's
// area its names come out near 10 px. Shrinking the drawing to fit is right, shrinking its words is not, so
// after the drawing is fitted to the area every word is set to at least `minPx` on screen, and what holds
// words grows with them: agency boxes widen, notes re-wrap and grow, the 強み/心配/次の一歩 columns
// re-stack. Growing words change the drawing's extent, so fitting and sizing repeat until they agree.
// DOM only (getBBox, getComputedTextLength); the geometry of symbols and lines is left as drawn.
import { NOTE_W } from '../../../../shared/board/geometry';
import { HALF } from '../../../../shared/board/svg-primitives';
import { wrapPhrases } from '../../../../shared/meeting/phrase-wrap';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Room around the drawing once it is cropped, in the SVG's units. */
const CROP_MARGIN = 24;
/** Characters per line a grown note keeps at least (its box widens for them). */
const NOTE_MIN_CHARS = 8;
const LINE = 1.3;

/** The drawing's parts: everything but the export's legend, title and page. */
function parts(root: SVGSVGElement): SVGGraphicsElement[] {
  return [...root.querySelectorAll<SVGGraphicsElement>(':scope > g')];
}

/** Crops the view to the drawing and returns its scale on screen (px per SVG unit). */
function crop(root: SVGSVGElement): number {
  const boxes = parts(root)
    .map((g) => g.getBBox())
    .filter((b) => b.width > 0 && b.height > 0);
  if (boxes.length === 0) return 1;
  const left = Math.min(...boxes.map((b) => b.x)) - CROP_MARGIN;
  const top = Math.min(...boxes.map((b) => b.y)) - CROP_MARGIN;
  const right = Math.max(...boxes.map((b) => b.x + b.width)) + CROP_MARGIN;
  const bottom = Math.max(...boxes.map((b) => b.y + b.height)) + CROP_MARGIN;
  root.setAttribute('viewBox', `${left} ${top} ${right - left} ${bottom - top}`);
  return root.getScreenCTM()?.a ?? 1;
}

const num = (el: Element, name: string) => parseFloat(el.getAttribute(name) ?? '0');

/** The size the writer gave a text, kept so repeated passes start from the drawing as written. */
function baseSize(text: SVGTextElement): number {
  text.dataset.base ??= text.getAttribute('font-size') ?? '13';
  return parseFloat(text.dataset.base);
}

function sizeText(text: SVGTextElement, unit: number): number {
  const size = Math.max(baseSize(text), unit);
  text.style.fontSize = `${size}px`;
  return size;
}

/**
 * An agency box wide and tall enough for its name and, on a second line, its roles (役割: written at the
 * middle of its lines on paper, where large words would cross the family). It grows away from the family
 * (its edge nearest the family stays where it was drawn), so a longer name does not run into the persons.
 */
function fitAgency(g: SVGGElement, unit: number, familyX: number, roles: readonly string[]): void {
  const rect = g.querySelector('rect');
  const text = g.querySelector('text');
  if (!rect || !text) return;
  rect.dataset.cx ??= String(num(rect, 'x') + num(rect, 'width') / 2);
  rect.dataset.cy ??= String(num(rect, 'y') + num(rect, 'height') / 2);
  rect.dataset.w ??= rect.getAttribute('width') ?? '150';
  rect.dataset.h ??= rect.getAttribute('height') ?? '48';
  text.dataset.name ??= text.textContent ?? '';
  const size = sizeText(text, unit);
  const cx = parseFloat(rect.dataset.cx);
  const cy = parseFloat(rect.dataset.cy);
  const lines = [text.dataset.name, ...(roles.length > 0 ? [roles.join('・')] : [])];
  text.replaceChildren(
    ...lines.map((line, i) => {
      const tspan = document.createElementNS(SVG_NS, 'tspan');
      tspan.setAttribute('x', String(cx));
      tspan.setAttribute('y', String(cy + size * 0.35 + (i - (lines.length - 1) / 2) * size * LINE));
      if (i > 0) tspan.setAttribute('fill', '#1d4ed8');
      tspan.textContent = line;
      return tspan;
    }),
  );
  const drawnWidth = parseFloat(rect.dataset.w);
  const width = Math.max(drawnWidth, text.getBBox().width + size);
  const height = Math.max(parseFloat(rect.dataset.h), size * (0.6 + lines.length * LINE));
  const grow = ((width - drawnWidth) / 2) * (cx >= familyX ? 1 : -1);
  rect.setAttribute('x', String(cx + grow - width / 2));
  rect.setAttribute('y', String(cy - height / 2));
  rect.setAttribute('width', String(width));
  rect.setAttribute('height', String(height));
  text.setAttribute('x', String(cx + grow));
  for (const tspan of text.querySelectorAll('tspan')) tspan.setAttribute('x', String(cx + grow));
}

/** A note re-wrapped at the new size; returns its size. Its top left corner stays unless `at` moves it. */
function fitNote(g: SVGGElement, unit: number, at?: { x: number; y: number }): { width: number; height: number } {
  const rect = g.querySelector('rect');
  const text = g.querySelector('text');
  if (!rect || !text) return { width: NOTE_W, height: 0 };
  text.dataset.full ??= [...text.querySelectorAll('tspan')].map((t) => t.textContent ?? '').join('');
  const size = sizeText(text, unit);
  rect.dataset.x ??= rect.getAttribute('x') ?? '0';
  rect.dataset.y ??= rect.getAttribute('y') ?? '0';
  const x = at?.x ?? parseFloat(rect.dataset.x);
  const y = at?.y ?? parseFloat(rect.dataset.y);
  const width = Math.max(NOTE_W, NOTE_MIN_CHARS * size + 20);
  const perLine = Math.max(1, Math.floor((width - 20) / size));
  const full = text.dataset.full;
  // Between phrases, never inside a word: 「面会を／希望している」, not 「面／会を希望」.
  const lines = wrapPhrases(full, perLine);
  text.replaceChildren(
    ...lines.map((line, i) => {
      const tspan = document.createElementNS(SVG_NS, 'tspan');
      tspan.setAttribute('x', String(x + 10));
      tspan.setAttribute('y', String(y + size * 1.1 + i * size * LINE));
      tspan.textContent = line;
      return tspan;
    }),
  );
  const height = size * 0.6 + lines.length * size * LINE;
  rect.setAttribute('x', String(x));
  rect.setAttribute('y', String(y));
  rect.setAttribute('width', String(width));
  rect.setAttribute('height', String(height));
  return { width, height };
}

/**
 * How much larger than its age a symbol must be: the age inside it is set at the readable size, and the
 * symbol grows (around its centre) only as far as that needs, the same for every person so the family keeps
 * one scale. Growing more would close the gaps between persons, which the layout made for paper.
 */
const SYMBOL_PER_AGE = 1.7;

/**
 * A person: the symbol and the age inside it (see SYMBOL_PER_AGE); the label hangs below the symbol (CSS:
 * text-before-edge), a death year on a line of its own; placements stack above it.
 */
function fitPerson(g: SVGGElement, unit: number): void {
  const [label, ...placements] = [...g.querySelectorAll<SVGTextElement>(':scope > text')];
  if (!label) return;
  label.dataset.y ??= label.getAttribute('y') ?? '0';
  // Written 15 below the symbol's edge for a baseline.
  const cx = num(label, 'x');
  const cy = parseFloat(label.dataset.y) - 15 - HALF;
  const factor = Math.max(1, (unit * SYMBOL_PER_AGE) / (HALF * 2));
  const symbol = g.querySelector('g.person-symbol');
  symbol?.setAttribute('transform', `translate(${cx} ${cy}) scale(${factor}) translate(${-cx} ${-cy})`);
  // Inside the grown symbol: its size on screen is `unit` once the symbol's scale applies.
  const age = symbol?.querySelector<SVGTextElement>('text');
  if (age) {
    baseSize(age);
    age.style.fontSize = `${unit / factor}px`;
    age.setAttribute('y', String(cy + (unit / factor) * 0.35));
  }
  sizeText(label, unit);
  // A death year (written after the label) goes above the symbol with the placements: below it, the
  // label's second line would run into the next generation.
  label.dataset.text ??= label.textContent ?? '';
  const [name = '', year] = label.dataset.text.split(/ (?=†)/u);
  label.textContent = name;
  label.setAttribute('y', String(cy + HALF * factor + 4));
  let death = g.querySelector<SVGTextElement>(':scope > text.present-deceased');
  if (year && !death) {
    death = document.createElementNS(SVG_NS, 'text');
    death.setAttribute('class', 'present-deceased');
    death.setAttribute('x', String(cx));
    death.setAttribute('text-anchor', 'middle');
    death.setAttribute('font-size', '13');
    death.textContent = year;
    g.append(death);
  }
  const above = [...placements.filter((t) => t !== death), ...(death ? [death] : [])];
  const bottom = cy - HALF * factor - 6;
  above.forEach((text, i) => {
    const px = sizeText(text, unit);
    text.setAttribute('y', String(bottom - (above.length - 1 - i) * px * 1.15));
  });
}

const overlap = (a: DOMRect, b: DOMRect) =>
  Math.min(a.x + a.width, b.x + b.width) > Math.max(a.x, b.x) &&
  Math.min(a.y + a.height, b.y + b.height) > Math.max(a.y, b.y);

/** Free notes that the grown words now cover move down, below what they would cover. */
function clearNotes(root: SVGSVGElement): void {
  const taken = [...root.querySelectorAll<SVGGElement>('g.person, g.agency')].map((g) => g.getBBox());
  for (const note of root.querySelectorAll<SVGGElement>(':scope > g.board g.note')) {
    note.removeAttribute('transform');
    const box = note.getBBox();
    let dy = 0;
    for (let i = 0; i < 6; i++) {
      const moved = new DOMRect(box.x, box.y + dy, box.width, box.height);
      const hit = taken.find((t) => overlap(t, moved));
      if (!hit) break;
      dy = hit.y + hit.height + 12 - box.y;
    }
    if (dy !== 0) note.setAttribute('transform', `translate(0 ${dy})`);
    // getBBox leaves out the note's own transform: the place it now takes is the moved box.
    taken.push(new DOMRect(box.x, box.y + dy, box.width, box.height));
  }
}

/** The 強み/心配/次の一歩 columns side by side again, their notes stacked, at the new size. */
function fitColumns(root: SVGSVGElement, unit: number): void {
  const columns = [...root.querySelectorAll<SVGGElement>(':scope > g.sos-column')];
  let x: number | null = null;
  for (const column of columns) {
    const head = column.querySelector<SVGTextElement>(':scope > text');
    if (!head) continue;
    head.dataset.x ??= head.getAttribute('x') ?? '0';
    x ??= parseFloat(head.dataset.x);
    const size = sizeText(head, unit);
    head.setAttribute('x', String(x));
    let y = num(head, 'y') + size * 0.5;
    let width = NOTE_W;
    for (const note of column.querySelectorAll<SVGGElement>('g.note')) {
      const box = fitNote(note, unit, { x, y });
      y += box.height + 10;
      width = Math.max(width, box.width);
    }
    x += width + 30;
  }
}

/** Fits the drawing to its area with every word at least `minPx` on screen; returns the final scale. */
export function fitBoardText(root: SVGSVGElement, minPx: number, roles: readonly (readonly string[])[] = []): number {
  // The legend and the scales are the projector's own HTML beside the drawing (their words at the page's
  // size); the title is the projector's header; the page rectangle is not part of the drawing.
  root
    .querySelectorAll(':scope > .legend, :scope > .scale, :scope > .board-title, :scope > title')
    .forEach((el) => el.remove());
  // Agency roles go into the agency boxes; the years on union lines stay on paper (the lines' marks and
  // the legend say married, separated, divorced), as between two partners no large word has room.
  root.querySelectorAll('text.agency-role, g.union > text').forEach((el) => el.remove());
  let scale = crop(root);
  const persons = [...root.querySelectorAll<SVGGElement>('g.person')].map((g) => g.getBBox());
  const familyX = persons.length > 0 ? persons.reduce((sum, b) => sum + b.x + b.width / 2, 0) / persons.length : 0;
  for (let pass = 0; pass < 8; pass++) {
    const unit = minPx / scale;
    root.querySelectorAll<SVGGElement>('g.person').forEach((g) => fitPerson(g, unit));
    root.querySelectorAll<SVGGElement>('g.agency').forEach((g, i) => fitAgency(g, unit, familyX, roles[i] ?? []));
    root.querySelectorAll<SVGGElement>(':scope > g.board g.note').forEach((g) => void fitNote(g, unit));
    clearNotes(root);
    fitColumns(root, unit);
    root.querySelectorAll<SVGTextElement>('g.union > text, text.agency-role').forEach((t) => void sizeText(t, unit));
    const next = crop(root);
    const settled = Math.abs(next - scale) / scale < 0.005;
    scale = next;
    if (settled) break;
  }
  return scale;
}
