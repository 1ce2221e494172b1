// One person: square (male), circle (female), diamond (unknown); a double outline for 本人, a death as × or
// a filled symbol (the notation setting), pregnancies as the SVG export draws them, the age inside and the
// label below, wrapped to the room left by the neighbours. The symbol is cached to a bitmap (redrawn only
// when what it shows changes) and the whole shape is memoised: dragging one person redraws only that one.
import type Konva from 'konva';
import { memo, useLayoutEffect, useRef } from 'react';
import { Circle, Group, Line, Rect, Text } from 'react-konva';
import type { NotationProfile } from '../../../../shared/board/notation';
import type { Person } from '../../../../shared/board/types';
import { SYMBOL } from './geometry';
import { FONT } from './selection';

interface Props {
  person: Person;
  label: string;
  /** 一時保護 / 施設 / 里親 with dates, one per line (shared/board/annotations.ts), drawn above the symbol. */
  placements: string;
  labelWidth: number;
  age: number | null;
  selected: boolean;
  large: boolean;
  notation: NotationProfile;
  /** `shift`: Shift was held (add to the selection as the second of a pair). */
  onSelect(id: string, shift: boolean): void;
  onDragStart(id: string, node: Konva.Node): void;
  onDragMove(id: string, x: number, y: number): void;
  onDragEnd(id: string, x: number, y: number, node: Konva.Node): void;
}

const H = SYMBOL / 2;
const INK = '#1b2430';
/** Placement lines are short (kind and dates) and never wrap; centred over the symbol. */
const PLACEMENT_W = 220;

export const PersonShape = memo(function PersonShape({
  person,
  label,
  placements,
  labelWidth,
  age,
  selected,
  large,
  notation,
  onSelect,
  onDragStart,
  onDragMove,
  onDragEnd,
}: Props) {
  const symbolRef = useRef<Konva.Group>(null);
  const stroke = selected ? '#f0a500' : INK;
  const width = selected ? 4 : large ? 3 : 2;
  const filled = person.deceased !== null && notation.deceased === 'filled';
  const fill = filled ? INK : '#ffffff';
  // Re-cache whenever anything drawn inside the symbol changes; the cache is what Konva redraws while the
  // view pans and zooms. pixelRatio 2 keeps it sharp at the projector's zoom.
  useLayoutEffect(() => {
    const node = symbolRef.current;
    if (!node) return;
    node.cache({ pixelRatio: 2, offset: 8 });
    return () => {
      node.clearCache();
    };
  }, [person.sex, person.index, person.deceased, person.pregnancy, person.pinned, age, selected, large, filled]);

  const at = (e: Konva.KonvaEventObject<DragEvent>) => [e.target.x(), e.target.y()] as const;
  const labelText = [label, person.deceased?.year ? `†${person.deceased.year}` : ''].filter(Boolean).join(' ');
  const fontSize = large ? 24 : 15;
  const placementSize = large ? 16 : 11;
  return (
    <Group
      name="person"
      id={person.id}
      x={person.position.x}
      y={person.position.y}
      draggable
      onMouseDown={(e) => {
        // The right button opens the context menu (which selects the person itself); only the left selects here.
        if (e.evt.button === 0) onSelect(person.id, e.evt.shiftKey);
      }}
      onTap={() => onSelect(person.id, false)}
      onDragStart={(e) => onDragStart(person.id, e.target)}
      onDragMove={(e) => onDragMove(person.id, ...at(e))}
      onDragEnd={(e) => onDragEnd(person.id, ...at(e), e.target)}
    >
      <Group
        ref={symbolRef}
        name={
          filled ? 'person-symbol deceased-filled' : person.deceased ? 'person-symbol deceased-cross' : 'person-symbol'
        }
      >
        {person.pregnancy ? (
          pregnancySymbol(person.pregnancy, stroke, width)
        ) : (
          <>
            {symbol(person, 0, stroke, width, fill)}
            {person.index && symbol(person, -6, filled ? '#ffffff' : stroke, width, 'transparent')}
            {person.deceased && notation.deceased === 'cross' && cross(H, width)}
          </>
        )}
        {person.pinned && <Circle x={H} y={-H} radius={large ? 7 : 5} fill="#1f5f8b" />}
        {age !== null && !person.pregnancy && (
          <Text
            text={String(age)}
            x={-H}
            y={large ? -12 : -9}
            width={SYMBOL}
            align="center"
            fontSize={large ? 22 : 18}
            fontStyle="bold"
            fontFamily={FONT}
            fill={filled ? '#ffffff' : INK}
          />
        )}
      </Group>
      {placements && (
        <Text
          name="person-placements"
          text={placements}
          x={-PLACEMENT_W / 2}
          y={-H - 4 - placementSize * 1.15 * placements.split('\n').length}
          width={PLACEMENT_W}
          wrap="none"
          align="center"
          fontSize={placementSize}
          lineHeight={1.15}
          fontFamily={FONT}
          fill="#92400e"
          stroke="#ffffff"
          strokeWidth={3}
          fillAfterStrokeEnabled
          listening={false}
        />
      )}
      <Text
        name="person-label"
        text={labelText}
        x={-labelWidth / 2}
        y={H + 6}
        width={labelWidth}
        align="center"
        wrap="char"
        fontSize={fontSize}
        lineHeight={1.1}
        fontStyle={large ? 'bold' : 'normal'}
        fontFamily={FONT}
        fill={INK}
        // A white halo around the glyphs: couple and child lines pass under a label and must not cut it.
        stroke="#ffffff"
        strokeWidth={large ? 5 : 4}
        fillAfterStrokeEnabled
        listening={false}
      />
    </Group>
  );
});

function symbol(person: Person, grow: number, stroke: string, width: number, fill: string) {
  const h = H + grow;
  if (person.sex === 'male')
    return <Rect x={-h} y={-h} width={h * 2} height={h * 2} stroke={stroke} strokeWidth={width} fill={fill} />;
  if (person.sex === 'female') return <Circle radius={h} stroke={stroke} strokeWidth={width} fill={fill} />;
  return <Line points={[0, -h, h, 0, 0, h, -h, 0]} closed stroke={stroke} strokeWidth={width} fill={fill} />;
}

function cross(r: number, width: number) {
  return (
    <>
      <Line points={[-r, -r, r, r]} stroke={INK} strokeWidth={width} />
      <Line points={[-r, r, r, -r]} stroke={INK} strokeWidth={width} />
    </>
  );
}

/** Triangle for a pregnancy (crossed when stillborn), a small dot for a miscarriage, × for an abortion. */
function pregnancySymbol(kind: NonNullable<Person['pregnancy']>, stroke: string, width: number) {
  const h = H * 0.8;
  if (kind === 'miscarriage') return <Circle radius={8} fill={stroke} />;
  if (kind === 'abortion') return cross(9, width);
  return (
    <>
      <Line points={[0, -h, -h, h, h, h]} closed stroke={stroke} strokeWidth={width} fill="#ffffff" />
      {kind === 'stillbirth' && cross(H * 0.6, width)}
    </>
  );
}
