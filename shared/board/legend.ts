// The automatic legend: one entry per symbol or line the board actually uses, in a fixed reading order
// (persons, couples, children, households, relations, agencies), so a printout explains itself.
import {
  agencyLinkStyle,
  CHILD_KIND_LABELS,
  childLineStyle,
  HOUSEHOLD_STYLE,
  type LineStyle,
  type NotationProfile,
  PREGNANCY_LABELS,
  RELATION_LABELS,
  relationLineStyle,
  SEX_LABELS,
  STRENGTH_LABELS,
  TWIN_LABELS,
  UNION_LABELS,
  unionLineStyle,
} from './notation';
import {
  type BoardDoc,
  type BoardSex,
  CHILD_KINDS,
  LINK_STRENGTHS,
  PLACEMENT_KINDS,
  PREGNANCY_KINDS,
  RELATION_KINDS,
  SEXES,
  type PregnancyKind,
} from './types';

export type LegendSymbol =
  | { kind: 'person'; sex: BoardSex; index: boolean; deceased: boolean }
  | { kind: 'pregnancy'; pregnancy: PregnancyKind }
  | { kind: 'placement'; placement: (typeof PLACEMENT_KINDS)[number] }
  | { kind: 'line'; line: LineStyle }
  | { kind: 'twins'; identical: boolean }
  | { kind: 'household'; line: LineStyle };

export interface LegendEntry {
  /** Stable key (React lists, tests). */
  key: string;
  label: string;
  symbol: LegendSymbol;
}

export function legendFor(doc: BoardDoc, notation: NotationProfile): LegendEntry[] {
  const entries: LegendEntry[] = [];
  for (const sex of SEXES) {
    if (doc.persons.some((p) => p.sex === sex && p.pregnancy === null)) {
      entries.push({
        key: `sex:${sex}`,
        label: SEX_LABELS[sex],
        symbol: { kind: 'person', sex, index: false, deceased: false },
      });
    }
  }
  const indexPerson = doc.persons.find((p) => p.index);
  if (indexPerson) {
    entries.push({
      key: 'index',
      label: '本人（二重線）',
      symbol: { kind: 'person', sex: indexPerson.sex, index: true, deceased: false },
    });
  }
  const dead = doc.persons.find((p) => p.deceased !== null);
  if (dead) {
    entries.push({
      key: 'deceased',
      label: notation.deceased === 'cross' ? '死亡（×）' : '死亡（塗りつぶし）',
      symbol: { kind: 'person', sex: dead.sex, index: false, deceased: true },
    });
  }
  for (const pregnancy of PREGNANCY_KINDS) {
    if (doc.persons.some((p) => p.pregnancy === pregnancy)) {
      entries.push({
        key: `pregnancy:${pregnancy}`,
        label: PREGNANCY_LABELS[pregnancy],
        symbol: { kind: 'pregnancy', pregnancy },
      });
    }
  }
  for (const placement of PLACEMENT_KINDS) {
    if (doc.persons.some((p) => p.placements.some((pl) => pl.kind === placement))) {
      entries.push({ key: `placement:${placement}`, label: placement, symbol: { kind: 'placement', placement } });
    }
  }

  const unionKinds: [keyof typeof UNION_LABELS, boolean][] = [
    ['marriage', doc.unions.some((u) => u.kind === 'marriage' && !u.divorced && u.separatedYear === null)],
    ['cohabitation', doc.unions.some((u) => u.kind === 'cohabitation' && !u.divorced && u.separatedYear === null)],
    ['separated', doc.unions.some((u) => !u.divorced && u.separatedYear !== null)],
    ['divorced', doc.unions.some((u) => u.divorced)],
  ];
  for (const [kind, used] of unionKinds) {
    if (!used) continue;
    const style = unionLineStyle(
      {
        kind: kind === 'cohabitation' ? 'cohabitation' : 'marriage',
        divorced: kind === 'divorced',
        separatedYear: kind === 'separated' ? 0 : null,
      },
      notation,
    );
    entries.push({ key: `union:${kind}`, label: UNION_LABELS[kind], symbol: { kind: 'line', line: style } });
  }
  for (const kind of CHILD_KINDS) {
    if (doc.children.some((c) => c.kind === kind)) {
      entries.push({
        key: `child:${kind}`,
        label: CHILD_KIND_LABELS[kind],
        symbol: { kind: 'line', line: childLineStyle(kind, notation) },
      });
    }
  }
  for (const twinKind of ['fraternal', 'identical'] as const) {
    if (doc.children.some((c) => c.twinGroup !== null && (c.twinKind ?? 'fraternal') === twinKind)) {
      entries.push({
        key: `twins:${twinKind}`,
        label: TWIN_LABELS[twinKind],
        symbol: { kind: 'twins', identical: twinKind === 'identical' },
      });
    }
  }
  if (doc.households.some((h) => h.members.length > 0)) {
    entries.push({ key: 'household', label: '同居', symbol: { kind: 'household', line: HOUSEHOLD_STYLE } });
  }
  for (const kind of RELATION_KINDS) {
    if (doc.relations.some((r) => r.kind === kind)) {
      entries.push({
        key: `relation:${kind}`,
        label: RELATION_LABELS[kind],
        symbol: { kind: 'line', line: relationLineStyle(kind, notation) },
      });
    }
  }
  for (const strength of LINK_STRENGTHS) {
    if (doc.agencyLinks.some((l) => l.strength === strength)) {
      entries.push({
        key: `agency:${strength}`,
        label: STRENGTH_LABELS[strength],
        symbol: { kind: 'line', line: agencyLinkStyle({ strength, direction: 'none' }, notation) },
      });
    }
  }
  if (doc.agencyLinks.some((l) => l.direction !== 'none')) {
    entries.push({
      key: 'agency:direction',
      label: '支援の向き（矢印）',
      symbol: { kind: 'line', line: agencyLinkStyle({ strength: 'normal', direction: 'toFamily' }, notation) },
    });
  }
  return entries;
}
