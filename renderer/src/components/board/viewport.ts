// The Konva-bound half of the board's camera: reads and sets the stage's scale and position using the pure
// maths of shared/board/viewport.ts, so no component repeats the stage.scale arithmetic.
import type Konva from 'konva';
import { fitTransform, toBoard, viewCentre, zoomAbout, type Box, type Camera } from '../../../../shared/board/viewport';
import type { Point } from '../../../../shared/board/types';

export function cameraOf(stage: Konva.Stage): Camera {
  return { scale: stage.scaleX(), x: stage.x(), y: stage.y() };
}

export function setCamera(stage: Konva.Stage, camera: Camera): void {
  stage.scale({ x: camera.scale, y: camera.scale });
  stage.position({ x: camera.x, y: camera.y });
  stage.batchDraw();
}

const sizeOf = (stage: Konva.Stage) => ({ width: stage.width(), height: stage.height() });

/** Frames `box` in the stage, with a margin, never magnified past `maxScale`. */
export function fitStage(stage: Konva.Stage, box: Box, margin: number, maxScale: number): void {
  setCamera(stage, fitTransform(box, sizeOf(stage), margin, maxScale));
}

/** The board point in the middle of the view. */
export function stageCentre(stage: Konva.Stage): Point {
  return viewCentre(cameraOf(stage), sizeOf(stage));
}

/** A screen point of the stage (the pointer's) in board coordinates. */
export function stageToBoard(stage: Konva.Stage, screen: Point): Point {
  return toBoard(cameraOf(stage), screen);
}

/** Zooms to `scale` keeping the board point under `anchor` (a screen point) in place. */
export function zoomStage(stage: Konva.Stage, anchor: Point, scale: number): void {
  setCamera(stage, zoomAbout(cameraOf(stage), anchor, scale));
}

const SCALE_MIN = 0.2;
const SCALE_MAX = 4;

/** The wheel zooms by steps of 1.1 around the pointer, within SCALE_MIN … SCALE_MAX. */
export function wheelZoom(stage: Konva.Stage, pointer: Point, deltaY: number): void {
  const next = Math.min(SCALE_MAX, Math.max(SCALE_MIN, stage.scaleX() * (deltaY > 0 ? 1 / 1.1 : 1.1)));
  zoomStage(stage, pointer, next);
}
