// One connector as Konva draws it, decorated from the shared notation: dash pattern, zigzag, double line,
// arrow heads and slashes, so the meaning reads on a projector and in black and white as well as in colour.
import { memo } from 'react';
import { Arrow, Group, Line } from 'react-konva';
import { doubled, slashLines, type Segment } from './geometry';

interface Props {
  segment: Segment;
  /** Draws the line in the selection colour. */
  highlight?: string;
  /** Konva node name, so the drawing can be found on the stage (e2e checks what is drawn). */
  name: string;
}

const HEAD = 12;

function ConnectorLineView({ segment, highlight, name }: Props) {
  const { style } = segment;
  const stroke = highlight ?? style.stroke;
  const dash = style.dash.length > 0 ? style.dash : undefined;
  const common = { stroke, strokeWidth: style.width, dash, lineCap: 'round' as const, lineJoin: 'round' as const };
  const heads = segment.arrowAtEnd || segment.arrowAtStart;
  return (
    <Group name={name}>
      {style.double ? (
        doubled(segment.points).map((points, i) => <Line key={i} points={points} {...common} />)
      ) : heads ? (
        <Arrow
          points={segment.points}
          {...common}
          fill={stroke}
          pointerLength={HEAD}
          pointerWidth={HEAD}
          pointerAtEnding={segment.arrowAtEnd}
          pointerAtBeginning={segment.arrowAtStart}
        />
      ) : (
        <Line points={segment.points} {...common} />
      )}
      {segment.slashAt &&
        slashLines(segment.slashAt, style.slashes).map((points, i) => (
          <Line key={`s${i}`} points={points} stroke={stroke} strokeWidth={2} />
        ))}
    </Group>
  );
}

export const samePoints = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((v, i) => v === b[i]);
const sameStyle = (a: Segment['style'], b: Segment['style']) =>
  a === b ||
  (Object.keys(a) as (keyof Segment['style'])[]).every((k) => {
    const x = a[k];
    const y = b[k];
    return Array.isArray(x) && Array.isArray(y) ? samePoints(x, y) : x === y;
  });

/**
 * Segments are recomputed on every document change, as new objects; compared by value, only the lines that
 * really moved (those of a dragged shape) re-render, and the lines layer redraws once per change.
 */
export const ConnectorLine = memo(
  ConnectorLineView,
  (a, b) =>
    a.name === b.name &&
    a.highlight === b.highlight &&
    a.segment.id === b.segment.id &&
    a.segment.arrowAtEnd === b.segment.arrowAtEnd &&
    a.segment.arrowAtStart === b.segment.arrowAtStart &&
    a.segment.slashAt?.x === b.segment.slashAt?.x &&
    a.segment.slashAt?.y === b.segment.slashAt?.y &&
    samePoints(a.segment.points, b.segment.points) &&
    sameStyle(a.segment.style, b.segment.style),
);

/** The invisible, wide line over a union that picks the couple (to add a child to it); re-rendered only when it moves. */
export const UnionPick = memo(
  function UnionPick({ id, points, onPick }: { id: string; points: number[]; onPick(id: string): void }) {
    return (
      <Line points={points} stroke="transparent" strokeWidth={14} hitStrokeWidth={14} onMouseDown={() => onPick(id)} />
    );
  },
  (a, b) => a.id === b.id && a.onPick === b.onPick && samePoints(a.points, b.points),
);
