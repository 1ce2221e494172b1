// One person: square (male), circle (female), diamond (unknown); a double outline for 本人, a cross when
// deceased, the age inside and the label below. Memoised: dragging one person redraws only that one.
import type Konva from 'konva';
import { memo } from 'react';
import { Circle, Group, Line, Rect, Text } from 'react-konva';
import type { Person } from '../../../../shared/board/types';
import { SYMBOL } from './geometry';
import { FONT } from './selection';

interface Props {
  person: Person;
  label: string;
  age: number | null;
  selected: boolean;
  large: boolean;
  onSelect(id: string): void;
  onDragStart(id: string): void;
  onDragMove(id: string, x: number, y: number): void;
  onDragEnd(id: string, x: number, y: number): void;
}

const H = SYMBOL / 2;

export const PersonShape = memo(function PersonShape({ person, label, age, selected, large, onSelect, onDragStart, onDragMove, onDragEnd }: Props) {
  const stroke = selected ? '#f0a500' : '#1b2430';
  const width = selected ? 4 : 2;
  const fill = '#ffffff';
  const at = (e: Konva.KonvaEventObject<DragEvent>) => [e.target.x(), e.target.y()] as const;
  return (
    <Group
      x={person.position.x}
      y={person.position.y}
      draggable
      onMouseDown={() => onSelect(person.id)}
      onTap={() => onSelect(person.id)}
      onDragStart={() => onDragStart(person.id)}
      onDragMove={(e) => onDragMove(person.id, ...at(e))}
      onDragEnd={(e) => onDragEnd(person.id, ...at(e))}
    >
      {symbol(person, 0, stroke, width, fill)}
      {person.index && symbol(person, 6, stroke, width, 'transparent')}
      {person.deceased && (
        <>
          <Line points={[-H, -H, H, H]} stroke="#1b2430" strokeWidth={2} listening={false} />
          <Line points={[-H, H, H, -H]} stroke="#1b2430" strokeWidth={2} listening={false} />
        </>
      )}
      {person.pinned && <Circle x={H} y={-H} radius={5} fill="#1f5f8b" listening={false} />}
      {age !== null && (
        <Text text={String(age)} x={-H} y={-9} width={SYMBOL} align="center" fontSize={18} fontFamily={FONT} fill="#1b2430" listening={false} />
      )}
      <Text
        text={label}
        x={-70}
        y={H + (person.index ? 10 : 4)}
        width={140}
        align="center"
        fontSize={large ? 22 : 15}
        fontStyle={large ? 'bold' : 'normal'}
        fontFamily={FONT}
        fill="#1b2430"
        listening={false}
      />
    </Group>
  );
});

function symbol(person: Person, grow: number, stroke: string, width: number, fill: string) {
  const h = H + grow;
  if (person.sex === 'male') return <Rect x={-h} y={-h} width={h * 2} height={h * 2} stroke={stroke} strokeWidth={width} fill={fill} />;
  if (person.sex === 'female') return <Circle radius={h} stroke={stroke} strokeWidth={width} fill={fill} />;
  return <Line points={[0, -h, h, 0, 0, h, -h, 0]} closed stroke={stroke} strokeWidth={width} fill={fill} />;
}
