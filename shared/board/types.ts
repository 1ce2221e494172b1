// The case whiteboard as plain data: the family (genogram), the agencies around it (ecomap) and the
// Signs-of-Safety map. Konva only draws this document; every change to it is a command with an inverse.
// Versioned: a stored board of an older version is migrated (migrate.ts) before it is used.

export const BOARD_VERSION = 1;

export type Id = string;

export const SEXES = ['male', 'female', 'unknown'] as const;
export type BoardSex = (typeof SEXES)[number];

export const PREGNANCY_KINDS = ['pregnancy', 'miscarriage', 'stillbirth', 'abortion'] as const;
export type PregnancyKind = (typeof PREGNANCY_KINDS)[number];

export const PLACEMENT_KINDS = ['一時保護', '施設', '里親'] as const;
export interface Placement {
  kind: (typeof PLACEMENT_KINDS)[number];
  from: string | null;
  to: string | null;
}

export interface Point {
  x: number;
  y: number;
}

export interface Person {
  id: Id;
  sex: BoardSex;
  /** 氏名 or a role word (母, 父, 祖母 …); the projector shows a role label instead (masking). */
  label: string;
  /** Role for masked labels: 本人, 母, 父, きょうだい, 祖母 … (free text, short). */
  role: string | null;
  birthDate: string | null; // ISO day
  /** Age when no birth date is known (at `ageAsOf`). */
  age: number | null;
  ageAsOf: string | null;
  /** Deceased, with the year when known. */
  deceased: { year: number | null } | null;
  /** 本人: the index person, drawn with a double outline. */
  index: boolean;
  /** A pregnancy that has not (or did not) come to a live birth: drawn as a triangle / small symbols. */
  pregnancy: PregnancyKind | null;
  placements: Placement[];
  note: string | null;
  position: Point;
  /** Pinned persons never move in a layout. */
  pinned: boolean;
}

export const UNION_KINDS = ['marriage', 'cohabitation'] as const;
export interface Union {
  id: Id;
  /** The two partners; by convention `a` is drawn left. */
  a: Id;
  b: Id;
  kind: (typeof UNION_KINDS)[number];
  startYear: number | null;
  /** Separation (one slash) and divorce (two slashes), with years. */
  separatedYear: number | null;
  divorced: boolean;
  divorcedYear: number | null;
}

export const CHILD_KINDS = ['biological', 'adopted', 'foster'] as const;
export interface ChildLink {
  id: Id;
  child: Id;
  /** The union the child hangs from, or null with `parent` for a single parent. */
  union: Id | null;
  parent: Id | null;
  kind: (typeof CHILD_KINDS)[number];
  /** Children sharing a twin group hang from one point. */
  twinGroup: Id | null;
  twinKind: 'fraternal' | 'identical' | null;
  /** After a divorce: which partner has custody (the union's a or b). */
  custody: Id | null;
}

/** 同居: drawn as a dotted outline around its members. */
export interface Household {
  id: Id;
  members: Id[];
}

export const RELATION_KINDS = ['close', 'distant', 'conflict', 'cutoff', 'abuse', 'dv'] as const;
export interface Relation {
  id: Id;
  from: Id;
  /** abuse and dv point from `from` to `to` (the victim). */
  to: Id;
  kind: (typeof RELATION_KINDS)[number];
}

export interface BoardAgency {
  id: Id;
  name: string;
  position: Point;
}

export const LINK_STRENGTHS = ['strong', 'normal', 'weak', 'stressful'] as const;
export const SUPPORT_DIRECTIONS = ['toFamily', 'toAgency', 'both', 'none'] as const;
export interface AgencyLink {
  id: Id;
  agency: Id;
  /** A person's id or a household's id. */
  target: Id;
  strength: (typeof LINK_STRENGTHS)[number];
  direction: (typeof SUPPORT_DIRECTIONS)[number];
  /** The agency's role or task (役割). */
  role: string | null;
}

export const SOS_COLUMNS = ['worries', 'working', 'next'] as const;
export type SosColumn = (typeof SOS_COLUMNS)[number];
export const SOS_COLUMN_LABELS: Readonly<Record<SosColumn, string>> = {
  worries: '心配なこと',
  working: 'うまくいっていること',
  next: 'これから必要なこと',
};

export interface Note {
  id: Id;
  /** A Signs-of-Safety column, or null for a free note anywhere on the board. */
  column: SosColumn | null;
  text: string;
  position: Point;
}

export interface SafetyScale {
  id: Id;
  question: string;
  value: number; // 0–10
  ratedBy: string;
  ratedAt: string; // ISO day
}

export interface BoardDoc {
  version: typeof BOARD_VERSION;
  caseNo: string;
  persons: Person[];
  unions: Union[];
  children: ChildLink[];
  households: Household[];
  relations: Relation[];
  agencies: BoardAgency[];
  agencyLinks: AgencyLink[];
  notes: Note[];
  scales: SafetyScale[];
}

export function emptyBoard(caseNo: string): BoardDoc {
  return {
    version: BOARD_VERSION,
    caseNo,
    persons: [],
    unions: [],
    children: [],
    households: [],
    relations: [],
    agencies: [],
    agencyLinks: [],
    notes: [],
    scales: [],
  };
}
