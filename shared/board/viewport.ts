// The camera maths of the board, pure so it is tested in Node: what is drawn (bounds), how a box is framed
// (fit), where the view's centre is, zooming about a point, and the 1:1 frame a PNG export is taken from.
// The renderer's components/board/viewport.ts applies these to a Konva stage; nothing here knows Konva.
import { SYMBOL_SIZE } from './commands';
import {
  AGENCY_H,
  AGENCY_W,
  householdRect,
  LABEL_BELOW,
  LABEL_WIDTH,
  NOTE_H,
  NOTE_W,
  PLACEMENT_ABOVE,
  type Rect,
} from './geometry';
import type { BoardDoc, Point } from './types';

export type Box = Rect;
export interface Size {
  width: number;
  height: number;
}
/** Screen = board × scale + (x, y): Konva's stage scale and position. */
export interface Camera {
  scale: number;
  x: number;
  y: number;
}

const HALF = SYMBOL_SIZE / 2;

/** Everything drawn, in board coordinates (for fitting and the PNG export); null for an empty board. */
export function contentBounds(doc: BoardDoc, extra: Box[] = []): Box | null {
  const side = Math.max(HALF, LABEL_WIDTH / 2);
  const persons = new Map(doc.persons.map((p) => [p.id, p.position]));
  const boxes: Box[] = [
    ...doc.persons.map((p) => ({
      x: p.position.x - side,
      y: p.position.y - HALF - PLACEMENT_ABOVE,
      width: side * 2,
      height: SYMBOL_SIZE + PLACEMENT_ABOVE + LABEL_BELOW,
    })),
    ...doc.households.flatMap((h) => householdRect(h, (id) => persons.get(id)) ?? []),
    ...doc.agencies.map((a) => ({
      x: a.position.x - AGENCY_W / 2,
      y: a.position.y - AGENCY_H / 2,
      width: AGENCY_W,
      height: AGENCY_H,
    })),
    ...doc.notes.map((n) => ({ x: n.position.x, y: n.position.y, width: NOTE_W, height: NOTE_H })),
    ...extra,
  ];
  if (boxes.length === 0) return null;
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x, y, width: right - x, height: bottom - y };
}

/**
 * What 全体を表示 frames: the genogram and ecomap (persons with their texts, households, agencies), not the
 * Signs-of-Safety columns, which sit beside the family at fixed places and would shrink a small family to
 * a corner. Null when there is no family yet (the caller then frames the columns).
 */
export function familyBounds(doc: BoardDoc): Box | null {
  return contentBounds({ ...doc, notes: [] });
}

/** The scale and offset that show `box` inside a viewport with a margin, never magnified past `maxScale`. */
export function fitTransform(box: Box, viewport: Size, margin = 40, maxScale = 2): Camera {
  const scale = Math.min(
    maxScale,
    (viewport.width - margin * 2) / box.width,
    (viewport.height - margin * 2) / box.height,
  );
  const safe = Number.isFinite(scale) && scale > 0 ? scale : 1;
  return {
    scale: safe,
    x: (viewport.width - box.width * safe) / 2 - box.x * safe,
    y: (viewport.height - box.height * safe) / 2 - box.y * safe,
  };
}

export function toBoard(camera: Camera, screen: Point): Point {
  return { x: (screen.x - camera.x) / camera.scale, y: (screen.y - camera.y) / camera.scale };
}

export function toScreen(camera: Camera, board: Point): Point {
  return { x: board.x * camera.scale + camera.x, y: board.y * camera.scale + camera.y };
}

/** The board point in the middle of the view (where 人物を追加 puts a person). */
export function viewCentre(camera: Camera, view: Size): Point {
  return toBoard(camera, { x: view.width / 2, y: view.height / 2 });
}

/** The camera at `scale` that keeps the board point under `anchor` (a screen point) where it is. */
export function zoomAbout(camera: Camera, anchor: Point, scale: number): Camera {
  const board = toBoard(camera, anchor);
  return { scale, x: anchor.x - board.x * scale, y: anchor.y - board.y * scale };
}

/** The PNG export's frame: 1:1 from the content's corner with a margin around it, whatever the view's zoom. */
export function exportFrame(box: Box, margin: number): { camera: Camera; size: Size } {
  return {
    camera: { scale: 1, x: margin - box.x, y: margin - box.y },
    size: { width: box.width + margin * 2, height: box.height + margin * 2 },
  };
}
