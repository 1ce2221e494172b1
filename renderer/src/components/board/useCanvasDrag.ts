// Dragging on the canvas: the dragged shape moves to a drag layer of its own while it is dragged, so each
// pointer move redraws one shape instead of the whole symbol layer; the document follows at most once per
// frame; and the whole drag is one undo step (an editor group).
import type Konva from 'konva';
import { useCallback, useEffect, useRef } from 'react';
import type { BoardEditor } from '../../../../shared/board/editor';
import { snapNote } from './sos-columns';

export function useCanvasDrag(editor: BoardEditor) {
  const dragLayer = useRef<Konva.Layer>(null);
  const dragOrigin = useRef<{ parent: Konva.Container; index: number } | null>(null);

  const liftToDragLayer = useCallback((node: Konva.Node) => {
    const parent = node.getParent();
    if (!dragLayer.current || !parent) return;
    dragOrigin.current = { parent, index: node.zIndex() };
    node.moveTo(dragLayer.current);
  }, []);
  // Back where React put it, before React next touches the layer (the document update renders later).
  const dropFromDragLayer = useCallback((node: Konva.Node) => {
    const origin = dragOrigin.current;
    dragOrigin.current = null;
    if (!origin || node.getParent() === origin.parent) return;
    node.moveTo(origin.parent);
    node.zIndex(Math.min(origin.index, origin.parent.children.length - 1));
  }, []);

  // Pointer moves come faster than frames: the document (and so React and the lines) follows a drag at most
  // once per frame, with the latest position; the drag's end applies any move still waiting first.
  const pendingMove = useRef<{ apply(): void; frame: number } | null>(null);
  const flushMove = useCallback(() => {
    const pending = pendingMove.current;
    pendingMove.current = null;
    if (!pending) return;
    cancelAnimationFrame(pending.frame);
    pending.apply();
  }, []);
  const onFrame = useCallback((apply: () => void) => {
    if (pendingMove.current) {
      pendingMove.current.apply = apply;
      return;
    }
    const entry = { apply, frame: 0 };
    entry.frame = requestAnimationFrame(() => {
      if (pendingMove.current !== entry) return;
      pendingMove.current = null;
      entry.apply();
    });
    pendingMove.current = entry;
  }, []);
  useEffect(
    () => () => {
      if (pendingMove.current) cancelAnimationFrame(pendingMove.current.frame);
    },
    [],
  );
  const movePerson = useCallback(
    (id: string, x: number, y: number) => {
      onFrame(() => editor.execute({ type: 'movePersons', moves: [{ id, position: { x, y } }] }));
    },
    [editor, onFrame],
  );
  const startDrag = useCallback(() => editor.beginGroup('移動'), [editor]);
  const startPersonDrag = useCallback(
    (_id: string, node: Konva.Node) => {
      startDrag();
      liftToDragLayer(node);
    },
    [startDrag, liftToDragLayer],
  );
  const endPersonDrag = useCallback(
    (id: string, x: number, y: number, node: Konva.Node) => {
      flushMove();
      dropFromDragLayer(node);
      editor.execute({ type: 'movePersons', moves: [{ id, position: { x, y } }] });
      editor.endGroup();
    },
    [editor, flushMove, dropFromDragLayer],
  );
  const startItemDrag = useCallback(
    (_id: string, node: Konva.Node) => {
      startDrag();
      liftToDragLayer(node);
    },
    [startDrag, liftToDragLayer],
  );
  const moveAgency = useCallback(
    (id: string, x: number, y: number) => {
      onFrame(() => editor.execute({ type: 'moveAgency', id, position: { x, y } }));
    },
    [editor, onFrame],
  );
  const endAgencyDrag = useCallback(
    (id: string, x: number, y: number, node: Konva.Node) => {
      flushMove();
      dropFromDragLayer(node);
      editor.execute({ type: 'moveAgency', id, position: { x, y } });
      editor.endGroup();
    },
    [editor, flushMove, dropFromDragLayer],
  );
  const moveNote = useCallback(
    (id: string, x: number, y: number) => {
      onFrame(() => editor.execute({ type: 'moveNote', id, position: { x, y } }));
    },
    [editor, onFrame],
  );
  const endNoteDrag = useCallback(
    (id: string, x: number, y: number, node: Konva.Node) => {
      flushMove();
      dropFromDragLayer(node);
      const snapped = snapNote({ x, y });
      editor.execute({ type: 'moveNote', id, position: snapped.position });
      const note = editor.doc.notes.find((n) => n.id === id);
      if (note && snapped.column !== note.column)
        editor.execute({ type: 'updateNote', id, patch: { column: snapped.column } });
      editor.endGroup();
      // The node was moved by the pointer; put it where the document says it snapped to.
      node.position(snapped.position);
    },
    [editor, flushMove, dropFromDragLayer],
  );

  return {
    dragLayer,
    startPersonDrag,
    movePerson,
    endPersonDrag,
    startItemDrag,
    moveAgency,
    endAgencyDrag,
    moveNote,
    endNoteDrag,
  };
}
