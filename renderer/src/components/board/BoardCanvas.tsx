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
import { SOS_COLUMNS, SOS_COLUMN_LABELS, type BoardDoc } from '../../../../shared/board/types';
import { DEFAULT_NOTATION, HOUSEHOLD_STYLE, type NotationProfile } from '../../../../shared/board/notation';
import { ConnectorLine } from './ConnectorLine';
import { AGENCY_H, AGENCY_W, connectors, contentBounds, householdBoxes, labelWidths, NOTE_H, NOTE_W } from './geometry';
import { NotationControls } from './NotationControls';
import { PersonShape } from './PersonShape';
import { personAge } from './person-display';
import { FONT, type Selection } from './selection';
import { columnBox, snapNote } from './sos-columns';

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
  /** Closes the drag's undo group (and lets the toolbar see the new undo step). */
  onEndGroup(): void;
  /** The notation the board starts with (default: Japanese, death as ×). */
  initialNotation?: NotationProfile;
  /** Called when the user changes the notation setting, so the SVG export can use the same profile. */
  onNotationChange?(notation: NotationProfile): void;
}

const SCALE_MIN = 0.2;
const SCALE_MAX = 4;
/** How much the projector view enlarges the whole board, on top of the bigger type. */
const PROJECTOR_ZOOM = 1.5;

export function BoardCanvas({ doc, editor, stageRef, width, height, selection, onSelect, labelOf, meetingDate, large, onEndGroup, initialNotation, onNotationChange }: Props) {
  const [notation, setNotation] = useState<NotationProfile>(initialNotation ?? DEFAULT_NOTATION);
  const changeNotation = (next: NotationProfile) => {
    setNotation(next);
    onNotationChange?.(next);
  };
  const lines = useMemo(() => connectors(doc, notation), [doc, notation]);
  const households = useMemo(() => householdBoxes(doc), [doc]);
  const labelRoom = useMemo(() => labelWidths(doc, large ? 180 : 140), [doc, large]);
  const dragLayer = useRef<Konva.Layer>(null);
  const dragOrigin = useRef<{ parent: Konva.Container; index: number } | null>(null);

  // Entering the projector view enlarges everything; leaving it undoes that. The family's top-left corner
  // stays where it is on screen (kept inside the view), so the family grows into the view, not out of it.
  const wasLarge = useRef(large);
  useEffect(() => {
    const stage = stageRef.current;
    if (!stage || wasLarge.current === large) return;
    wasLarge.current = large;
    const factor = large ? PROJECTOR_ZOOM : 1 / PROJECTOR_ZOOM;
    const old = stage.scaleX();
    const family = contentBounds({ ...doc, notes: [] });
    const corner = family ? { x: family.x * old + stage.x(), y: family.y * old + stage.y() } : { x: stage.width() / 2, y: stage.height() / 2 };
    const anchor = { x: Math.min(Math.max(corner.x, 0), stage.width()), y: Math.min(Math.max(corner.y, 0), stage.height()) };
    const world = { x: (anchor.x - stage.x()) / old, y: (anchor.y - stage.y()) / old };
    stage.scale({ x: old * factor, y: old * factor });
    stage.position({ x: anchor.x - world.x * old * factor, y: anchor.y - world.y * old * factor });
    stage.batchDraw();
  }, [large, stageRef, doc]);

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

  const selectPerson = useCallback((id: string) => onSelect({ kind: 'person', id }), [onSelect]);
  const movePerson = useCallback((id: string, x: number, y: number) => {
    editor.execute({ type: 'movePersons', moves: [{ id, position: { x, y } }] });
  }, [editor]);
  const startDrag = useCallback(() => editor.beginGroup('移動'), [editor]);
  const startPersonDrag = useCallback((_id: string, node: Konva.Node) => {
    startDrag();
    liftToDragLayer(node);
  }, [startDrag, liftToDragLayer]);
  const endPersonDrag = useCallback((id: string, x: number, y: number, node: Konva.Node) => {
    dropFromDragLayer(node);
    movePerson(id, x, y);
    onEndGroup();
  }, [movePerson, onEndGroup, dropFromDragLayer]);
  const startShapeDrag = (e: Konva.KonvaEventObject<DragEvent>) => {
    startDrag();
    liftToDragLayer(e.target);
  };

  const onWheel = (e: Konva.KonvaEventObject<WheelEvent>) => {
    e.evt.preventDefault();
    const stage = stageRef.current;
    const pointer = stage?.getPointerPosition();
    if (!stage || !pointer) return;
    const old = stage.scaleX();
    const next = Math.min(SCALE_MAX, Math.max(SCALE_MIN, old * (e.evt.deltaY > 0 ? 1 / 1.1 : 1.1)));
    const world = { x: (pointer.x - stage.x()) / old, y: (pointer.y - stage.y()) / old };
    stage.scale({ x: next, y: next });
    stage.position({ x: pointer.x - world.x * next, y: pointer.y - world.y * next });
    stage.batchDraw();
  };

  const isSelected = (kind: NonNullable<Selection>['kind'], id: string) => selection?.kind === kind && selection.id === id;

  return (
    <>
      <NotationControls value={notation} onChange={changeNotation} />
      <Stage
        ref={stageRef}
        width={width}
        height={height}
        draggable
        onWheel={onWheel}
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
                <Rect width={b.width} height={b.height} fill="#f4f6f8" stroke="#c9d1da" strokeWidth={1} cornerRadius={8} />
                <Text text={SOS_COLUMN_LABELS[column]} x={0} y={12} width={b.width} align="center" fontSize={large ? 22 : 17} fontStyle="bold" fontFamily={FONT} fill="#1b2430" />
              </Group>
            );
          })}
        </Layer>
        <Layer listening={false}>
          {households.map((h) => (
            <Rect key={h.id} name="household" x={h.x} y={h.y} width={h.width} height={h.height} cornerRadius={18} stroke={HOUSEHOLD_STYLE.stroke} strokeWidth={HOUSEHOLD_STYLE.width} dash={HOUSEHOLD_STYLE.dash} />
          ))}
          {lines.agencyLinks.map((s) => (
            <Group key={s.id}>
              <ConnectorLine segment={s} name="agency-link" />
              {s.role && (
                <Text text={s.role} x={s.roleAt.x - 80} y={s.roleAt.y - (large ? 20 : 14)} width={160} align="center" fontSize={large ? 18 : 12} fontFamily={FONT} fill={s.style.stroke} />
              )}
            </Group>
          ))}
          {lines.relations.map((s) => <ConnectorLine key={s.id} segment={s} name="relation" />)}
          {lines.children.map((s) => <ConnectorLine key={s.id} segment={s} name="child-line" />)}
          {lines.unions.map((u) => <ConnectorLine key={u.id} segment={u} name="union" highlight={isSelected('union', u.id) ? '#f0a500' : undefined} />)}
        </Layer>
        <Layer>
          {lines.unions.map((u) => (
            // An invisible, wide line over each union so a couple can be picked to add a child to it.
            <Line key={u.id} points={u.points} stroke="transparent" strokeWidth={14} hitStrokeWidth={14} onMouseDown={() => onSelect({ kind: 'union', id: u.id })} />
          ))}
          {doc.agencies.map((agency) => (
            <Group
              key={agency.id}
              x={agency.position.x}
              y={agency.position.y}
              draggable
              onMouseDown={() => onSelect({ kind: 'agency', id: agency.id })}
              onDragStart={startShapeDrag}
              onDragMove={(e) => editor.execute({ type: 'moveAgency', id: agency.id, position: { x: e.target.x(), y: e.target.y() } })}
              onDragEnd={(e) => {
                dropFromDragLayer(e.target);
                editor.execute({ type: 'moveAgency', id: agency.id, position: { x: e.target.x(), y: e.target.y() } });
                onEndGroup();
              }}
            >
              <Rect x={-AGENCY_W / 2} y={-AGENCY_H / 2} width={AGENCY_W} height={AGENCY_H} cornerRadius={AGENCY_H / 2} fill="#e6f0f7" stroke={isSelected('agency', agency.id) ? '#f0a500' : '#1f5f8b'} strokeWidth={isSelected('agency', agency.id) ? 4 : 2} />
              <Text text={agency.name} x={-AGENCY_W / 2 + 8} y={-AGENCY_H / 2} width={AGENCY_W - 16} height={AGENCY_H} align="center" verticalAlign="middle" fontSize={large ? 18 : 14} fontFamily={FONT} fill="#1b2430" listening={false} />
            </Group>
          ))}
          {doc.persons.map((person) => (
            <PersonShape
              key={person.id}
              person={person}
              label={labelOf(person.id)}
              labelWidth={labelRoom.get(person.id) ?? 140}
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
          {doc.notes.map((note) => (
            <Group
              key={note.id}
              x={note.position.x}
              y={note.position.y}
              draggable
              onMouseDown={() => onSelect({ kind: 'note', id: note.id })}
              onDragStart={startShapeDrag}
              onDragMove={(e) => editor.execute({ type: 'moveNote', id: note.id, position: { x: e.target.x(), y: e.target.y() } })}
              onDragEnd={(e) => {
                dropFromDragLayer(e.target);
                const snapped = snapNote({ x: e.target.x(), y: e.target.y() });
                editor.execute({ type: 'moveNote', id: note.id, position: snapped.position });
                if (snapped.column !== note.column) editor.execute({ type: 'updateNote', id: note.id, patch: { column: snapped.column } });
                onEndGroup();
                // The node was moved by the pointer; put it where the document says it snapped to.
                e.target.position(snapped.position);
              }}
            >
              <Rect width={NOTE_W} height={NOTE_H} fill="#fff4c2" stroke={isSelected('note', note.id) ? '#f0a500' : '#b39200'} strokeWidth={isSelected('note', note.id) ? 4 : 1} shadowColor="#000" shadowOpacity={0.15} shadowBlur={4} shadowOffset={{ x: 1, y: 2 }} />
              <Text text={note.text || '（空の付箋）'} x={8} y={8} width={NOTE_W - 16} height={NOTE_H - 16} fontSize={large ? 18 : 14} fontFamily={FONT} fill="#1b2430" ellipsis listening={false} />
            </Group>
          ))}
        </Layer>
        <Layer ref={dragLayer} />
      </Stage>
    </>
  );
}
