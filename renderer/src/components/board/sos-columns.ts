// The three Signs-of-Safety columns sit at fixed board coordinates to the right of the family, so a note's
// place never depends on how big the genogram has grown (nothing jumps during a meeting).
import { SOS_COLUMNS, type Note, type Point, type SosColumn } from '../../../../shared/board/types';
import { NOTE_H, NOTE_W } from '../../../../shared/board/geometry';
import type { Box } from '../../../../shared/board/viewport';

export const COLUMN_LEFT = 900;
export const COLUMN_TOP = -120;
export const COLUMN_W = NOTE_W + 40;
export const COLUMN_H = 900;
const HEADER = 44;
const GAP = 12;

export function columnBox(column: SosColumn): Box {
  const i = SOS_COLUMNS.indexOf(column);
  return { x: COLUMN_LEFT + i * (COLUMN_W + 16), y: COLUMN_TOP, width: COLUMN_W, height: COLUMN_H };
}

export const ALL_COLUMNS_BOX: Box = {
  x: COLUMN_LEFT,
  y: COLUMN_TOP,
  width: SOS_COLUMNS.length * (COLUMN_W + 16) - 16,
  height: COLUMN_H,
};

/** The column whose area holds the note's centre, or null (a free note). */
export function columnAt(position: Point): SosColumn | null {
  const cx = position.x + NOTE_W / 2;
  const cy = position.y + NOTE_H / 2;
  return (
    SOS_COLUMNS.find((c) => {
      const b = columnBox(c);
      return cx >= b.x && cx <= b.x + b.width && cy >= b.y && cy <= b.y + b.height;
    }) ?? null
  );
}

/** Where a dropped note lands: centred in its column, kept inside it; a free note stays where it was dropped. */
export function snapNote(position: Point): { column: SosColumn | null; position: Point } {
  const column = columnAt(position);
  if (!column) return { column, position };
  const b = columnBox(column);
  const y = Math.min(Math.max(position.y, b.y + HEADER), b.y + b.height - NOTE_H - GAP);
  return { column, position: { x: b.x + (b.width - NOTE_W) / 2, y } };
}

/** The first free slot at the bottom of a column, for a note added by the toolbar or moved by the panel. */
export function nextSlot(notes: readonly Note[], column: SosColumn, except?: string): Point {
  const b = columnBox(column);
  const inColumn = notes.filter((n) => n.column === column && n.id !== except);
  const bottom = Math.max(b.y + HEADER, ...inColumn.map((n) => n.position.y + NOTE_H + GAP));
  return { x: b.x + (b.width - NOTE_W) / 2, y: Math.min(bottom, b.y + b.height - NOTE_H - GAP) };
}
