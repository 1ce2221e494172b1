// The board as a list: Konva draws on a canvas that screen readers cannot read, so everything on it is
// also listed here (visually hidden until the keyboard enters it), and each entry selects its shape.
import type { BoardDoc } from '../../../../shared/board/types';
import { SOS_COLUMN_LABELS } from '../../../../shared/board/types';
import { DIRECTION_LABELS, PREGNANCY_LABELS, RELATION_LABELS, TWIN_LABELS } from '../../../../shared/board/notation';
import { personSummary } from './person-display';
import type { Selection } from './selection';
import { UNNAMED } from '../../../../shared/board/person-name';

interface Props {
  doc: BoardDoc;
  labelOf(id: string): string;
  meetingDate: string;
  onSelect(selection: Selection): void;
}

const STRENGTH = { strong: '強い', normal: '普通', weak: '弱い', stressful: 'ストレスのある' } as const;
const CHILD_KIND = { biological: '実子', adopted: '養子', foster: '里子' } as const;

export function BoardContents({ doc, labelOf, meetingDate, onSelect }: Props) {
  const householdNo = new Map(doc.households.map((h, i) => [h.id, i + 1]));
  const name = (id: string) => labelOf(id) || (householdNo.has(id) ? `同居${householdNo.get(id) ?? ''}` : UNNAMED);
  const relationText = (r: BoardDoc['relations'][number]) =>
    r.kind === 'abuse' || r.kind === 'dv'
      ? `${r.kind === 'abuse' ? '虐待' : 'DV'}：${name(r.from)} → ${name(r.to)}`
      : `${RELATION_LABELS[r.kind]}：${name(r.from)} と ${name(r.to)}`;
  const unions = new Map(doc.unions.map((u) => [u.id, u]));
  const agencies = new Map(doc.agencies.map((a) => [a.id, a.name]));
  const items: { key: string; text: string; select: Selection }[] = [
    ...doc.persons.map((p) => ({
      key: p.id,
      text: `人物：${personSummary(p, labelOf(p.id), meetingDate)}`,
      select: { kind: 'person' as const, id: p.id },
    })),
    ...doc.unions.map((u) => ({
      key: u.id,
      text: `パートナー関係：${name(u.a)} と ${name(u.b)}（${u.kind === 'marriage' ? '婚姻' : '同棲'}${u.divorced ? '・離婚' : u.separatedYear !== null ? '・別居' : ''}）`,
      select: { kind: 'union' as const, id: u.id },
    })),
    ...doc.children.map((c) => {
      const union = c.union ? unions.get(c.union) : undefined;
      const parents = union ? `${name(union.a)} と ${name(union.b)}` : c.parent ? name(c.parent) : '不明';
      const extra = [
        c.twinKind && c.twinGroup ? TWIN_LABELS[c.twinKind] : null,
        c.custody ? `親権 ${name(c.custody)}` : null,
      ]
        .filter(Boolean)
        .map((t) => `・${t}`)
        .join('');
      return {
        key: c.id,
        text: `親子：${parents} の子 ${name(c.child)}（${CHILD_KIND[c.kind]}${extra}）`,
        select: { kind: 'person' as const, id: c.child },
      };
    }),
    ...doc.persons
      .filter((p) => p.pregnancy)
      .map((p) => ({
        key: `${p.id}-pregnancy`,
        text: `妊娠：${name(p.id)}（${PREGNANCY_LABELS[p.pregnancy!]}）`,
        select: { kind: 'person' as const, id: p.id },
      })),
    ...doc.persons.flatMap((p) =>
      p.placements.map((pl, i) => ({
        key: `${p.id}-placement-${i}`,
        text: `措置：${name(p.id)}（${pl.kind}・${pl.from ?? '開始日不明'}〜${pl.to ?? ''}）`,
        select: { kind: 'person' as const, id: p.id },
      })),
    ),
    ...doc.relations.map((r) => ({
      key: r.id,
      text: `関係線：${relationText(r)}`,
      select: { kind: 'person' as const, id: r.from },
    })),
    ...doc.households.flatMap((h, i) =>
      h.members[0]
        ? [
            {
              key: h.id,
              text: `同居${i + 1}：${h.members.map(name).join('・')}`,
              select: { kind: 'person' as const, id: h.members[0] },
            },
          ]
        : [],
    ),
    ...doc.agencies.map((a) => ({
      key: a.id,
      text: `関係機関：${a.name}`,
      select: { kind: 'agency' as const, id: a.id },
    })),
    ...doc.agencyLinks.map((l) => ({
      key: l.id,
      text: `つながり：${agencies.get(l.agency) ?? ''} → ${name(l.target)}（${STRENGTH[l.strength]}${l.direction === 'toFamily' ? '' : `・${DIRECTION_LABELS[l.direction]}`}）${l.role ? `：${l.role}` : ''}`,
      select: { kind: 'agency' as const, id: l.agency },
    })),
    ...doc.notes.map((n) => ({
      key: n.id,
      text: `付箋（${n.column ? SOS_COLUMN_LABELS[n.column] : '自由な位置'}）：${n.text || '（空）'}`,
      select: { kind: 'note' as const, id: n.id },
    })),
  ];
  return (
    <ul role="list" aria-label="ボードの内容" className="visually-hidden-until-focus">
      {items.map((item) => (
        <li key={item.key}>
          <button type="button" onClick={() => onSelect(item.select)}>
            {item.text}
          </button>
        </li>
      ))}
    </ul>
  );
}
