// Notation profiles. Japanese practice has no single standard, so the look is a setting with an automatic
// legend. Meaning is always carried by the line pattern as well as the colour: boards are shown on projectors
// and printed in black and white. The McGoldrick profile is monochrome and patterns only.
import type { AgencyLink, BoardSex, ChildLink, PregnancyKind, Relation, Union } from './types';

export interface NotationProfile {
  style: 'japanese' | 'mcgoldrick';
  deceased: 'cross' | 'filled';
}

export const DEFAULT_NOTATION: NotationProfile = { style: 'japanese', deceased: 'cross' };

export interface LineStyle {
  stroke: string;
  width: number;
  /** Dash pattern in px (empty = solid), as Konva's `dash` and SVG's stroke-dasharray take it. */
  dash: number[];
  /** Drawn as a zigzag (conflict, stressful). */
  zigzag: boolean;
  /** Drawn as two parallel lines (closeness in the McGoldrick profile). */
  double: boolean;
  /** Arrow head at the `to` end (abuse, DV, direction of support). */
  arrow: boolean;
  /** Slashes across the middle: 1 separation, 2 divorce, 1 also marks a cut-off. */
  slashes: 0 | 1 | 2;
}

const INK = '#1f2933';
const line = (partial: Partial<LineStyle>): LineStyle => ({
  stroke: INK,
  width: 2,
  dash: [],
  zigzag: false,
  double: false,
  arrow: false,
  slashes: 0,
  ...partial,
});
const colour = (n: NotationProfile, c: string) => (n.style === 'japanese' ? c : INK);

export const SEX_LABELS: Readonly<Record<BoardSex, string>> = { male: '男性', female: '女性', unknown: '性別不明' };
export const PREGNANCY_LABELS: Readonly<Record<PregnancyKind, string>> = {
  pregnancy: '妊娠中',
  miscarriage: '流産',
  stillbirth: '死産',
  abortion: '人工妊娠中絶',
};
export const UNION_LABELS = {
  marriage: '婚姻',
  cohabitation: '同棲・内縁',
  separated: '別居',
  divorced: '離婚',
} as const;
export const CHILD_KIND_LABELS: Readonly<Record<ChildLink['kind'], string>> = {
  biological: '実子',
  adopted: '養子',
  foster: '里子・委託',
};
export const TWIN_LABELS = { fraternal: '二卵性双生児', identical: '一卵性双生児' } as const;
export const RELATION_LABELS: Readonly<Record<Relation['kind'], string>> = {
  close: '親密',
  distant: '疎遠',
  conflict: '対立',
  cutoff: '断絶',
  abuse: '虐待（矢印の先が被害）',
  dv: 'DV（矢印の先が被害）',
};
export const STRENGTH_LABELS: Readonly<Record<AgencyLink['strength'], string>> = {
  strong: '強いつながり',
  normal: '普通のつながり',
  weak: '弱いつながり',
  stressful: 'ストレスのある関係',
};
export const DIRECTION_LABELS: Readonly<Record<AgencyLink['direction'], string>> = {
  toFamily: '機関から家族へ支援',
  toAgency: '家族から機関へ',
  both: '双方向',
  none: '方向なし',
};

export function unionLineStyle(u: Pick<Union, 'kind' | 'divorced' | 'separatedYear'>, _n: NotationProfile): LineStyle {
  return line({
    dash: u.kind === 'cohabitation' ? [10, 6] : [],
    slashes: u.divorced ? 2 : u.separatedYear !== null ? 1 : 0,
  });
}

export function childLineStyle(kind: ChildLink['kind'], _n: NotationProfile): LineStyle {
  if (kind === 'adopted') return line({ dash: [10, 6] });
  if (kind === 'foster') return line({ dash: [2, 5] });
  return line({});
}

export function relationLineStyle(kind: Relation['kind'], n: NotationProfile): LineStyle {
  switch (kind) {
    case 'close':
      // Japanese boards usually draw closeness as a bold line; McGoldrick as a double line.
      return n.style === 'japanese' ? line({ stroke: colour(n, '#1b7f3b'), width: 5 }) : line({ double: true });
    case 'distant':
      return line({ stroke: colour(n, '#6b7280'), dash: [3, 6] });
    case 'conflict':
      return line({ stroke: colour(n, '#c2410c'), zigzag: true });
    case 'cutoff':
      return line({ stroke: colour(n, '#6b7280'), slashes: 1, dash: [14, 4, 2, 4] });
    case 'abuse':
      return line({ stroke: colour(n, '#b91c1c'), width: 3, arrow: true });
    case 'dv':
      return line({ stroke: colour(n, '#7e22ce'), width: 3, zigzag: true, arrow: true });
  }
}

export function agencyLinkStyle(link: Pick<AgencyLink, 'strength' | 'direction'>, n: NotationProfile): LineStyle {
  const arrow = link.direction !== 'none';
  switch (link.strength) {
    case 'strong':
      return line({ stroke: colour(n, '#1d4ed8'), width: 5, arrow });
    case 'normal':
      return line({ stroke: colour(n, '#1d4ed8'), width: 2, arrow });
    case 'weak':
      return line({ stroke: colour(n, '#1d4ed8'), width: 2, dash: [8, 6], arrow });
    case 'stressful':
      return line({ stroke: colour(n, '#b91c1c'), width: 2, zigzag: true, arrow });
  }
}

export const HOUSEHOLD_STYLE: LineStyle = line({ stroke: '#4b5563', dash: [2, 6], width: 2 });
