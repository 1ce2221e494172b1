// The Konva stage. Layers: the static background (Signs-of-Safety columns) and the connectors, neither
// listening to the pointer; one interactive layer with the symbols; and a drag layer the dragged shape
// moves to while it is dragged, so each pointer move redraws one shape instead of the whole symbol layer.
// Pan by dragging the empty board, zoom with the wheel around the pointer. Dragging a symbol is one undo
// step (an editor group). The notation setting (death as × or filled, Japanese or McGoldrick) sits over the
// canvas; the parent hears about changes through onNotationChange (the SVG export uses the same profile).
import type Konva from 'konva';
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { Group, Layer, Line, Rect, Stage, Text } from 'react-konva';
import type { BoardEditor } from '../../../../shared/board/editor';
import { SOS_COLUMNS, SOS_COLUMN_LABELS, type BoardDoc, type Point } from '../../../../shared/board/types';
import { DEFAULT_NOTATION, HOUSEHOLD_STYLE, type NotationProfile } from '../../../../shared/board/notation';
import { ConnectorLine, UnionPick } from './ConnectorLine';
import { placementLines, unionYearsText } from '../../../../shared/board/annotations';
import { LABEL_WIDTH } from '../../../../shared/board/geometry';
import { connectors, householdBoxes, labelWidths, movedConnectorIds, type Connectors } from './geometry';
import { NotationControls } from './NotationControls';
import { AgencyShape, NoteShape } from './BoardShapes';
import { PersonShape } from './PersonShape';
import { personAge } from './person-display';
import { FONT, type Selection } from './selection';
import { columnBox, snapNote } from './sos-columns';
import { useProjectorZoom } from './useBoardViewport';
import { stageToBoard, wheelZoom } from './viewport';

interface Props {
  doc: BoardDoc;
  editor: BoardEditor;
  stageRef: RefObject<Konva.Stage | null>;
  width: number;
  height: number;
  selection: Selection;
  onSelect(selection: Selection): void;
  labelOf(personId: string): string;
  meetingDate: string;
  large: boolean;
  /** The notation the board starts with (default: Japanese, death as ×). */
  initialNotation?: NotationProfile;
  /** Called when the user changes the notation setting, so the SVG export can use the same profile. */
  onNotationChange?(notation: NotationProfile): void;
  /** Shift+click on a person: add it to the selection as the second of a pair (to relate the two). */
  onShiftSelectPerson?(id: string): void;
  /** Right-click: on a person (its id) or on the empty board (null), at a point in the canvas's own pixels. */
  onContextMenu?(personId: string | null, screen: Point, board: Point): void;
}

export function BoardCanvas({
  doc,
  editor,
  stageRef,
  width,
  height,
  selection,
  onSelect,
  labelOf,
  meetingDate,
  large,
  initialNotation,
  onNotationChange,
  onShiftSelectPerson,
  onContextMenu,
}: Props) {
  const [notation, setNotation] = useState<NotationProfile>(initialNotation ?? DEFAULT_NOTATION);
  const changeNotation = (next: NotationProfile) => {
    setNotation(next);
    onNotationChange?.(next);
  };
  const lines = useMemo(() => connectors(doc, notation), [doc, notation]);
  const households = useMemo(() => householdBoxes(doc), [doc]);
  // During a drag (an editor group) the shapes and most lines are drawn from the document as it was when the
  // drag began: the dragged shape moves on the drag layer by itself, and only the lines that follow it are
  // drawn from the live document, on a layer of their own. Nothing else re-renders or redraws per frame.
  const inGroup = editor.inGroup;
  const held = useRef(doc);
  if (!inGroup) held.current = doc;
  const settled = held.current;
  const settledLines = useMemo(
    () => (settled === doc ? lines : connectors(settled, notation)),
    [settled, doc, lines, notation],
  );
  const moving = useMemo(
    () => (settled === doc ? new Set<string>() : movedConnectorIds(settledLines, lines)),
    [settled, doc, settledLines, lines],
  );
  // Held during a drag (an editor group): a person passing along a row would otherwise re-wrap its
  // neighbours' labels every frame and redraw the whole symbol layer. Recomputed when the drag ends.
  const heldRoom = useRef<Map<string, number> | null>(null);
  const labelRoom = useMemo(() => {
    if (inGroup && heldRoom.current) return heldRoom.current;
    heldRoom.current = labelWidths(doc, large ? 180 : LABEL_WIDTH);
    return heldRoom.current;
  }, [doc, large, inGroup]);
  const dragLayer = useRef<Konva.Layer>(null);
  const dragOrigin = useRef<{ parent: Konva.Container; index: number } | null>(null);

  useProjectorZoom(stageRef, large, doc);

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

  const selectPerson = useCallback(
    (id: string, shift: boolean) => {
      if (shift && onShiftSelectPerson) onShiftSelectPerson(id);
      else onSelect({ kind: 'person', id });
    },
    [onSelect, onShiftSelectPerson],
  );

  // The person under the pointer, if any: the Konva node's ancestor named "person" carries its id.
  const openContextMenu = (e: Konva.KonvaEventObject<PointerEvent>) => {
    e.evt.preventDefault();
    const stage = stageRef.current;
    const pointer = stage?.getPointerPosition();
    if (!stage || !pointer || !onContextMenu) return;
    const shape = e.target === stage ? null : e.target.findAncestor('.person', true);
    const id = shape?.id() || null;
    onContextMenu(id, pointer, stageToBoard(stage, pointer));
  };
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
  const selectUnion = useCallback((id: string) => onSelect({ kind: 'union', id }), [onSelect]);
  const selectAgency = useCallback((id: string) => onSelect({ kind: 'agency', id }), [onSelect]);
  const selectNote = useCallback((id: string) => onSelect({ kind: 'note', id }), [onSelect]);
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

  const onWheel = (e: Konva.KonvaEventObject<WheelEvent>) => {
    e.evt.preventDefault();
    const stage = stageRef.current;
    const pointer = stage?.getPointerPosition();
    if (!stage || !pointer) return;
    wheelZoom(stage, pointer, e.evt.deltaY);
  };

  const isSelected = (kind: NonNullable<Selection>['kind'], id: string) =>
    selection?.kind === kind && selection.id === id;

  /** The connectors of `set` that `keep` admits, in drawing order (links and relations under the family lines). */
  const drawLines = (set: Connectors, keep: (id: string) => boolean) => (
    <>
      {set.agencyLinks
        .filter((l) => keep(l.id))
        .map((s) => (
          <Group key={s.id}>
            <ConnectorLine segment={s} name="agency-link" />
            {s.role && (
              <Text
                text={s.role}
                x={s.roleAt.x - 80}
                y={s.roleAt.y - (large ? 20 : 14)}
                width={160}
                align="center"
                fontSize={large ? 18 : 12}
                fontFamily={FONT}
                fill={s.style.stroke}
              />
            )}
          </Group>
        ))}
      {set.relations
        .filter((l) => keep(l.id))
        .map((s) => (
          <ConnectorLine key={s.id} segment={s} name="relation" />
        ))}
      {set.children
        .filter((l) => keep(l.id))
        .map((s) => (
          <ConnectorLine key={s.id} segment={s} name="child-line" />
        ))}
      {set.twinBars
        .filter((l) => keep(l.id))
        .map((b) => (
          <Line key={b.id} name="twin-bar" points={b.points} stroke="#1b2430" strokeWidth={2} />
        ))}
      {set.unions
        .filter((l) => keep(l.id))
        .map((u) => (
          <ConnectorLine
            key={u.id}
            segment={u}
            name="union"
            highlight={isSelected('union', u.id) ? '#f0a500' : undefined}
          />
        ))}
      {set.unions
        .filter((l) => keep(l.id))
        .map((u) => {
          const years = unionYearsText(u.union);
          // Under the couple line, beside the line down to the children, with a white halo like the labels.
          return (
            years && (
              <Text
                key={`${u.id}-years`}
                name="union-years"
                text={years}
                x={u.mid.x + 6}
                y={u.mid.y + 4}
                fontSize={large ? 16 : 12}
                fontFamily={FONT}
                fill="#1b2430"
                stroke="#ffffff"
                strokeWidth={3}
                fillAfterStrokeEnabled
              />
            )
          );
        })}
    </>
  );

  return (
    <>
      <NotationControls value={notation} onChange={changeNotation} />
      <Stage
        ref={stageRef}
        width={width}
        height={height}
        draggable
        onWheel={onWheel}
        onContextMenu={openContextMenu}
        onMouseDown={(e) => {
          if (e.target === e.target.getStage()) onSelect(null);
        }}
      >
        <Layer listening={false}>
          {/* White under everything, so the PNG export is not transparent. */}
          <Rect x={-50_000} y={-50_000} width={100_000} height={100_000} fill="#ffffff" />
          {SOS_COLUMNS.map((column) => {
            const b = columnBox(column);
            return (
              <Group key={column} x={b.x} y={b.y}>
                <Rect
                  width={b.width}
                  height={b.height}
                  fill="#f4f6f8"
                  stroke="#c9d1da"
                  strokeWidth={1}
                  cornerRadius={8}
                />
                <Text
                  text={SOS_COLUMN_LABELS[column]}
                  x={0}
                  y={12}
                  width={b.width}
                  align="center"
                  fontSize={large ? 22 : 17}
                  fontStyle="bold"
                  fontFamily={FONT}
                  fill="#1b2430"
                />
              </Group>
            );
          })}
        </Layer>
        <Layer listening={false}>{drawLines(settledLines, (id) => !moving.has(id))}</Layer>
        {/* The households' outlines (a few, and they follow a dragged member) and the lines that follow a drag. */}
        <Layer listening={false}>
          {households.map((h) => (
            <Rect
              key={h.id}
              name="household"
              x={h.x}
              y={h.y}
              width={h.width}
              height={h.height}
              cornerRadius={18}
              stroke={HOUSEHOLD_STYLE.stroke}
              strokeWidth={HOUSEHOLD_STYLE.width}
              dash={HOUSEHOLD_STYLE.dash}
            />
          ))}
          {moving.size > 0 && drawLines(lines, (id) => moving.has(id))}
        </Layer>
        {/* The couples' pick lines on a layer of their own: they follow a dragged partner, and the symbols'
            layer (500 shapes) must not redraw for that. */}
        <Layer>
          {settledLines.unions.map((u) => (
            // An invisible, wide line over each union so a couple can be picked to add a child to it.
            <UnionPick key={u.id} id={u.id} points={u.points} onPick={selectUnion} />
          ))}
        </Layer>
        <Layer>
          {settled.agencies.map((agency) => (
            <AgencyShape
              key={agency.id}
              agency={agency}
              selected={isSelected('agency', agency.id)}
              large={large}
              onSelect={selectAgency}
              onDragStart={startItemDrag}
              onDragMove={moveAgency}
              onDragEnd={endAgencyDrag}
            />
          ))}
          {settled.persons.map((person) => (
            <PersonShape
              key={person.id}
              person={person}
              label={labelOf(person.id)}
              placements={placementLines(person).join('\n')}
              labelWidth={labelRoom.get(person.id) ?? LABEL_WIDTH}
              age={personAge(person, meetingDate)}
              selected={isSelected('person', person.id)}
              large={large}
              notation={notation}
              onSelect={selectPerson}
              onDragStart={startPersonDrag}
              onDragMove={movePerson}
              onDragEnd={endPersonDrag}
            />
          ))}
          {settled.notes.map((note) => (
            <NoteShape
              key={note.id}
              note={note}
              selected={isSelected('note', note.id)}
              large={large}
              onSelect={selectNote}
              onDragStart={startItemDrag}
              onDragMove={moveNote}
              onDragEnd={endNoteDrag}
            />
          ))}
        </Layer>
        <Layer ref={dragLayer} />
      </Stage>
    </>
  );
}
