// The board's camera maths (shared/board/viewport.ts): what the canvas's fit, zoom, centre, right-click and
// PNG export compute, without Konva.
import { describe, expect, it } from 'vitest';
import { AGENCY_H, AGENCY_W, NOTE_H, NOTE_W } from '../../shared/board/geometry';
import { emptyBoard } from '../../shared/board/types';
import {
  contentBounds,
  exportFrame,
  fitTransform,
  toBoard,
  toScreen,
  viewCentre,
  zoomAbout,
  type Camera,
} from '../../shared/board/viewport';

const camera: Camera = { scale: 2, x: 100, y: -40 };

describe('board viewport', () => {
  it('maps board and screen points both ways', () => {
    const p = { x: 30, y: 70 };
    expect(toScreen(camera, p)).toEqual({ x: 160, y: 100 });
    expect(toBoard(camera, toScreen(camera, p))).toEqual(p);
  });

  it('finds the board point in the middle of the view', () => {
    expect(viewCentre(camera, { width: 800, height: 600 })).toEqual({ x: 150, y: 170 });
    expect(viewCentre({ scale: 1, x: 0, y: 0 }, { width: 800, height: 600 })).toEqual({ x: 400, y: 300 });
  });

  it('zooms about a screen point, which keeps showing the same board point', () => {
    const anchor = { x: 300, y: 200 };
    const zoomed = zoomAbout(camera, anchor, 3);
    expect(zoomed.scale).toBe(3);
    expect(toBoard(zoomed, anchor)).toEqual(toBoard(camera, anchor));
  });

  it('frames a box centred in the view, and the PNG export 1:1 with a margin', () => {
    const box = { x: -100, y: 50, width: 400, height: 200 };
    const fitted = fitTransform(box, { width: 1000, height: 600 }, 40, 1.6);
    expect(fitted.scale).toBe(1.6);
    expect(toScreen(fitted, { x: box.x + box.width / 2, y: box.y + box.height / 2 })).toEqual({ x: 500, y: 300 });
    const frame = exportFrame(box, 40);
    expect(frame.size).toEqual({ width: 480, height: 280 });
    expect(toScreen(frame.camera, { x: box.x, y: box.y })).toEqual({ x: 40, y: 40 });
  });

  it('bounds agencies and notes at the sizes the canvas draws them', () => {
    const doc = emptyBoard('R7-0004');
    doc.agencies.push({ id: 'a', name: '学校', position: { x: 0, y: 0 } });
    expect(contentBounds(doc)).toEqual({ x: -AGENCY_W / 2, y: -AGENCY_H / 2, width: AGENCY_W, height: AGENCY_H });
    doc.agencies = [];
    doc.notes.push({ id: 'n', column: null, text: '', position: { x: 10, y: 20 } });
    expect(contentBounds(doc)).toEqual({ x: 10, y: 20, width: NOTE_W, height: NOTE_H });
    expect(contentBounds(emptyBoard('R7-0004'))).toBeNull();
  });
});
