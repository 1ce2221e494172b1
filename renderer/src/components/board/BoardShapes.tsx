// An agency and a note on the canvas, memoised like PersonShape: props are the item and plain values plus
// stable callbacks that take the id, so while one shape is dragged the other shapes are not re-rendered and
// Konva does not redraw the layer they share (with 500 shapes that redraw is what made dragging stutter).
import type Konva from 'konva';
import { memo } from 'react';
import { Group, Rect, Text } from 'react-konva';
import type { BoardAgency, Note } from '../../../../shared/board/types';
import { AGENCY_H, AGENCY_W, NOTE_H, NOTE_W } from '../../../../shared/board/geometry';
import { FONT } from './selection';

interface DragHandlers {
  onSelect(id: string): void;
  onDragStart(id: string, node: Konva.Node): void;
  onDragMove(id: string, x: number, y: number): void;
  onDragEnd(id: string, x: number, y: number, node: Konva.Node): void;
}

function dragProps(id: string, h: DragHandlers) {
  return {
    draggable: true,
    onMouseDown: (e: Konva.KonvaEventObject<MouseEvent>) => {
      if (e.evt.button === 0) h.onSelect(id);
    },
    onTap: () => h.onSelect(id),
    onDragStart: (e: Konva.KonvaEventObject<DragEvent>) => h.onDragStart(id, e.target),
    onDragMove: (e: Konva.KonvaEventObject<DragEvent>) => h.onDragMove(id, e.target.x(), e.target.y()),
    onDragEnd: (e: Konva.KonvaEventObject<DragEvent>) => h.onDragEnd(id, e.target.x(), e.target.y(), e.target),
  };
}

export const AgencyShape = memo(function AgencyShape({
  agency,
  selected,
  large,
  ...h
}: { agency: BoardAgency; selected: boolean; large: boolean } & DragHandlers) {
  return (
    <Group name="agency" x={agency.position.x} y={agency.position.y} {...dragProps(agency.id, h)}>
      <Rect
        x={-AGENCY_W / 2}
        y={-AGENCY_H / 2}
        width={AGENCY_W}
        height={AGENCY_H}
        cornerRadius={AGENCY_H / 2}
        fill="#e6f0f7"
        stroke={selected ? '#f0a500' : '#1f5f8b'}
        strokeWidth={selected ? 4 : 2}
      />
      <Text
        text={agency.name}
        x={-AGENCY_W / 2 + 8}
        y={-AGENCY_H / 2}
        width={AGENCY_W - 16}
        height={AGENCY_H}
        align="center"
        verticalAlign="middle"
        fontSize={large ? 18 : 14}
        fontFamily={FONT}
        fill="#1b2430"
        listening={false}
      />
    </Group>
  );
});

export const NoteShape = memo(function NoteShape({
  note,
  selected,
  large,
  ...h
}: { note: Note; selected: boolean; large: boolean } & DragHandlers) {
  return (
    <Group name="note" x={note.position.x} y={note.position.y} {...dragProps(note.id, h)}>
      <Rect
        width={NOTE_W}
        height={NOTE_H}
        fill="#fff4c2"
        stroke={selected ? '#f0a500' : '#b39200'}
        strokeWidth={selected ? 4 : 1}
        shadowColor="#000"
        shadowOpacity={0.15}
        shadowBlur={4}
        shadowOffset={{ x: 1, y: 2 }}
      />
      <Text
        text={note.text || '（空の付箋）'}
        x={8}
        y={8}
        width={NOTE_W - 16}
        height={NOTE_H - 16}
        fontSize={large ? 18 : 14}
        fontFamily={FONT}
        fill="#1b2430"
        ellipsis
        listening={false}
      />
    </Group>
  );
});
