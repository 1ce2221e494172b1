// How the projector's facts fill the room's screen: whole facts in columns, column after column, page after
// page, so no fact is ever cut by the edge of the screen. A fact longer than a whole column is split where a
// sentence or a clause ends (never inside a word) and goes on under 「（続き）」 in the next column.
// Sizes are in lines of text and characters per line as the renderer measured them; a character is counted
// as one full em, which no glyph of the bundled font exceeds, so the estimate errs on the side of room.
import type { PresentFact } from './present';

export interface FactPiece extends PresentFact {
  /** True for the second and later pieces of a split fact. */
  continued: boolean;
}

export interface FactPageShape {
  /** Characters that fit on one line of a column. */
  charsPerLine: number;
  /** Lines that fit in one column. */
  linesPerColumn: number;
  columns: number;
  /** Space between two facts, in lines. */
  gapLines: number;
}

/** A page: its columns, each a list of facts (or pieces of one). */
export type FactPage = FactPiece[][];

export const CONTINUED = '（続き）';

/** Lines a fact takes: its label runs in front of its value on the first line (label, a space, the value). */
export function factLines(fact: Pick<PresentFact, 'label' | 'value'>, charsPerLine: number): number {
  const perLine = Math.max(1, charsPerLine);
  return fact.value
    .split('\n')
    .reduce(
      (sum, para, i) => sum + Math.max(1, Math.ceil(((i === 0 ? fact.label.length + 1 : 0) + para.length) / perLine)),
      0,
    );
}

/** Where text may break without cutting a word: after sentence ends, then after clause marks, then spaces. */
const BREAKS = [/[。！？!?\n]/u, /[、，,；;：:）)」』]/u, /\s/u];

/**
 * Splits `text` into pieces of at most `max` characters, each ending where a sentence, a clause or a word
 * ends when one is in reach; only a run without any such place is cut at `max` (Japanese has no words to cut).
 */
export function splitText(text: string, max: number): string[] {
  const limit = Math.max(1, max);
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    let cut = -1;
    for (const re of BREAKS) {
      for (let i = limit; i > 0; i--) {
        if (re.test(rest[i - 1]!)) {
          cut = i;
          break;
        }
      }
      // A break that leaves a very short piece is worse than a clause break further on.
      if (cut >= Math.ceil(limit / 3)) break;
      cut = -1;
    }
    if (cut === -1) cut = limit;
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest.length > 0 || pieces.length === 0) pieces.push(rest);
  return pieces;
}

/** The facts as pieces that each fit in one column. */
export function factPieces(facts: readonly PresentFact[], shape: FactPageShape): FactPiece[] {
  const perLine = Math.max(1, shape.charsPerLine);
  const lines = Math.max(1, shape.linesPerColumn);
  return facts.flatMap((fact): FactPiece[] => {
    if (factLines(fact, perLine) <= lines) return [{ ...fact, continued: false }];
    const label = (i: number) => (i === 0 ? fact.label : `${fact.label}${CONTINUED}`);
    // Room for the value with the longer (continued) label in front; a line less each time a piece still
    // does not fit, which only a value broken by many line ends can cause.
    for (let room = lines * perLine - label(1).length - 1; ; room -= perLine) {
      const pieces = splitText(fact.value, Math.max(1, room)).map((value, i) => ({
        ...fact,
        label: label(i),
        value,
        continued: i > 0,
      }));
      if (room <= perLine || pieces.every((p) => factLines(p, perLine) <= lines)) return pieces;
    }
  });
}

/** Whole facts (or their pieces) into columns and pages, in order. */
export function pageFacts(facts: readonly PresentFact[], shape: FactPageShape): FactPage[] {
  const columns = Math.max(1, shape.columns);
  const pages: FactPage[] = [];
  let page: FactPage = [[]];
  let used = 0;
  for (const piece of factPieces(facts, shape)) {
    const lines = factLines(piece, shape.charsPerLine);
    const column = page.at(-1)!;
    const needed = column.length === 0 ? lines : used + shape.gapLines + lines;
    if (column.length > 0 && needed > shape.linesPerColumn) {
      if (page.length === columns) {
        pages.push(page);
        page = [[]];
      } else page.push([]);
      page.at(-1)!.push(piece);
      used = lines;
    } else {
      column.push(piece);
      used = needed;
    }
  }
  if (page[0]!.length > 0) pages.push(page);
  return pages;
}
