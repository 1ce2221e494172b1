// The screen's camera: the canvas frame's size, 全体を表示 / 付箋の列を表示, the view's centre, where the
// keyboard's context menu opens, the first fit once the board and the canvas are there, and the projector
// view's zoom (used by the canvas).
import type Konva from 'konva';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { BoardEditor } from '../../../../shared/board/editor';
import type { BoardDoc, Point } from '../../../../shared/board/types';
import { contentBounds, familyBounds, toScreen } from '../../../../shared/board/viewport';
import { ALL_COLUMNS_BOX } from './sos-columns';
import { cameraOf, fitStage, stageCentre, zoomStage } from './viewport';

/** How much the projector view enlarges the whole board, on top of the bigger type. */
const PROJECTOR_ZOOM = 1.5;

/** 全体を表示 never magnifies past this: a family of two fills the view at a size still read as a board. */
const FIT_MAX_SCALE = 1.6;

export interface MenuPlace {
  personId: string | null;
  screen: Point;
  board: Point;
}

export function useBoardViewport(editor: BoardEditor, ready: boolean) {
  const stageRef = useRef<Konva.Stage | null>(null);
  const frame = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });

  useEffect(() => {
    const el = frame.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setSize({ width: el.clientWidth, height: el.clientHeight }));
    observer.observe(el);
    return () => observer.disconnect();
  }, [ready]);

  // Frames the family (genogram and ecomap); the Signs-of-Safety columns stay beside it. Only a board
  // without a family yet frames the columns.
  const fit = useCallback(() => {
    const stage = stageRef.current;
    const box = familyBounds(editor.doc) ?? contentBounds(editor.doc, [ALL_COLUMNS_BOX]);
    if (stage && box) fitStage(stage, box, 40, FIT_MAX_SCALE);
  }, [editor]);

  // The Signs-of-Safety columns beside the family, framed on their own (全体を表示 leaves them out).
  const fitColumns = useCallback(() => {
    const stage = stageRef.current;
    if (stage) fitStage(stage, ALL_COLUMNS_BOX, 20, FIT_MAX_SCALE);
  }, []);

  const viewCentre = useCallback((): Point => (stageRef.current ? stageCentre(stageRef.current) : { x: 0, y: 0 }), []);

  /** The keyboard's context menu: for a person at its symbol, else mid-canvas. */
  const menuPlace = useCallback(
    (personId: string | null): MenuPlace | null => {
      const stage = stageRef.current;
      if (!stage) return null;
      const person = personId ? editor.doc.persons.find((p) => p.id === personId) : undefined;
      const board = person ? person.position : stageCentre(stage);
      return { personId: person?.id ?? null, screen: toScreen(cameraOf(stage), board), board };
    },
    [editor],
  );

  // Fit once the board is there and the canvas has its size.
  const fitted = useRef(false);
  useEffect(() => {
    if (!ready || fitted.current || !stageRef.current || size.width === 0) return;
    fitted.current = true;
    fit();
  }, [ready, size, fit]);

  return { stageRef, frame, size, fit, fitColumns, viewCentre, menuPlace };
}

/**
 * Entering the projector view enlarges everything; leaving it undoes that. The family's top-left corner
 * stays where it is on screen (kept inside the view), so the family grows into the view, not out of it.
 */
export function useProjectorZoom(stageRef: RefObject<Konva.Stage | null>, large: boolean, doc: BoardDoc): void {
  const wasLarge = useRef(large);
  useEffect(() => {
    const stage = stageRef.current;
    if (!stage || wasLarge.current === large) return;
    wasLarge.current = large;
    const factor = large ? PROJECTOR_ZOOM : 1 / PROJECTOR_ZOOM;
    const camera = cameraOf(stage);
    const family = familyBounds(doc);
    const corner = family ? toScreen(camera, family) : { x: stage.width() / 2, y: stage.height() / 2 };
    const anchor = {
      x: Math.min(Math.max(corner.x, 0), stage.width()),
      y: Math.min(Math.max(corner.y, 0), stage.height()),
    };
    zoomStage(stage, anchor, camera.scale * factor);
  }, [large, stageRef, doc]);
}
