// The Konva stage. Layers: the static background (Signs-of-Safety columns) and the connectors, neither
// listening to the pointer; one interactive layer with the symbols; and a drag layer the dragged shape
// moves to while it is dragged, so each pointer move redraws one shape instead of the whole symbol layer.
// Pan by dragging the empty board, zoom with the wheel around the pointer. Dragging a symbol is one undo
// step (an editor group). The notation setting (death as × or filled, Japanese or McGoldrick) sits over the
// canvas; the parent hears about changes through onNotationChange (the SVG export uses the same profile).
import type Konva from 'konva';
import { useCallback, useMemo, useRef, useState, type RefObject } from 'react';
import { Group, Layer, Path, Rect, Stage, Text } from 'react-konva';
import type { BoardEditor } from '../../../../shared/board/editor';
import { SOS_COLUMNS, SOS_COLUMN_LABELS, type BoardDoc, type Point } from '../../../../shared/board/types';
import { DEFAULT_NOTATION, HOUSEHOLD_STYLE, type NotationProfile } from '../../../../shared/board/notation';
import { UnionPick } from './ConnectorLine';
import { ConnectorLines } from './ConnectorLines';
import { placementLines } from '../../../../shared/board/annotations';
import { LABEL_WIDTH } from '../../../../shared/board/geometry';
import { connectors, householdBoxes, labelWidths, movedConnectorIds } from './geometry';
import { NotationControls } from './NotationControls';
import { AgencyShape, NoteShape } from './BoardShapes';
import { PersonShape } from './PersonShape';
import { personAge } from './person-display';
import { FONT, type Selection } from './selection';
import { columnBox } from './sos-columns';
import { useCanvasDrag } from './useCanvasDrag';
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

  useProjectorZoom(stageRef, large, doc);

  const {
    dragLayer,
    startPersonDrag,
    movePerson,
    endPersonDrag,
    startItemDrag,
    moveAgency,
    endAgencyDrag,
    moveNote,
    endNoteDrag,
  } = useCanvasDrag(editor);

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
  const selectUnion = useCallback((id: string) => onSelect({ kind: 'union', id }), [onSelect]);
  const selectAgency = useCallback((id: string) => onSelect({ kind: 'agency', id }), [onSelect]);
  const selectNote = useCallback((id: string) => onSelect({ kind: 'note', id }), [onSelect]);

  const onWheel = (e: Konva.KonvaEventObject<WheelEvent>) => {
    e.evt.preventDefault();
    const stage = stageRef.current;
    const pointer = stage?.getPointerPosition();
    if (!stage || !pointer) return;
    wheelZoom(stage, pointer, e.evt.deltaY);
  };

  const isSelected = (kind: NonNullable<Selection>['kind'], id: string) =>
    selection?.kind === kind && selection.id === id;

  const selectedUnion = selection?.kind === 'union' ? selection.id : null;

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
        <Layer listening={false}>
          <ConnectorLines
            set={settledLines}
            keep={(id) => !moving.has(id)}
            large={large}
            selectedUnion={selectedUnion}
          />
        </Layer>
        {/* The households' outlines (a few, and they follow a dragged member) and the lines that follow a drag. */}
        <Layer listening={false}>
          {households.map((h) => (
            <Path
              key={h.id}
              name="household"
              data={h.path}
              stroke={HOUSEHOLD_STYLE.stroke}
              strokeWidth={HOUSEHOLD_STYLE.width}
              dash={HOUSEHOLD_STYLE.dash}
            />
          ))}
          {moving.size > 0 && (
            <ConnectorLines set={lines} keep={(id) => moving.has(id)} large={large} selectedUnion={selectedUnion} />
          )}
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
