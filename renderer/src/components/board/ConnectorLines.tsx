// The connectors of a board (agency links, relations, child lines, twin bars, unions and their years) as
// Konva shapes, in drawing order: links and relations under the family lines.
import { Group, Line, Text } from 'react-konva';
import { unionYearsText } from '../../../../shared/board/annotations';
import { ConnectorLine } from './ConnectorLine';
import type { Connectors } from './geometry';
import { FONT } from './selection';

interface Props {
  set: Connectors;
  /** Which connectors to draw (the canvas draws the ones following a drag on a layer of their own). */
  keep(id: string): boolean;
  large: boolean;
  /** The selected union, drawn highlighted. */
  selectedUnion: string | null;
}

export function ConnectorLines({ set, keep, large, selectedUnion }: Props) {
  return (
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
            highlight={selectedUnion === u.id ? '#f0a500' : undefined}
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
}
