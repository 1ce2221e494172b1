// One connector as Konva draws it, decorated from the shared notation: dash pattern, zigzag, double line,
// arrow heads and slashes, so the meaning reads on a projector and in black and white as well as in colour.
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

export function ConnectorLine({ segment, highlight, name }: Props) {
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
      {segment.slashAt && slashLines(segment.slashAt, style.slashes).map((points, i) => (
        <Line key={`s${i}`} points={points} stroke={stroke} strokeWidth={2} />
      ))}
    </Group>
  );
}
