// Stored boards of older versions are brought up to BOARD_VERSION one step at a time before validation.
// Version 0 is the prototype's format (boards saved before the document carried a version):
//   { caseNo, persons: [{ id, sex, name, birthDate?, age?, deceased?: boolean, index?: boolean, x, y }],
//     unions?: [{ id, a, b, kind: 'marriage' | 'cohabitation' | 'separated' | 'divorced', year? }],
//     children?: [{ child, union?, parent?, kind? }], notes?: [{ id, text, x, y }] }
import { BOARD_VERSION } from './types';

export class BoardFormatError extends Error {
  override name = 'BoardFormatError';
}

type Raw = Record<string, unknown>;

const isRecord = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): Raw[] => (Array.isArray(v) ? v.filter(isRecord) : []);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

function fromV0(raw: Raw): Raw {
  const persons = list(raw.persons).map((p) => ({
    id: str(p.id),
    sex: ['male', 'female'].includes(str(p.sex) ?? '') ? p.sex : 'unknown',
    label: str(p.name) ?? '',
    role: null,
    birthDate: str(p.birthDate),
    age: num(p.age),
    // v0 had no reference date for ages; the board was always used "today", so the age stays as typed.
    ageAsOf: null,
    deceased: p.deceased === true ? { year: null } : null,
    index: p.index === true,
    pregnancy: null,
    placements: [],
    note: null,
    position: { x: num(p.x) ?? 0, y: num(p.y) ?? 0 },
    pinned: false,
  }));
  const unions = list(raw.unions).map((u) => {
    const kind = str(u.kind);
    const yearValue = num(u.year);
    return {
      id: str(u.id),
      a: str(u.a),
      b: str(u.b),
      kind: kind === 'cohabitation' ? 'cohabitation' : 'marriage',
      startYear: kind === 'marriage' || kind === 'cohabitation' ? yearValue : null,
      separatedYear: kind === 'separated' ? yearValue : null,
      divorced: kind === 'divorced',
      divorcedYear: kind === 'divorced' ? yearValue : null,
    };
  });
  const children = list(raw.children).map((c, i) => ({
    // v0 child links had no ids; their position in the list is stable, so it names them.
    id: `c-v0-${i}`,
    child: str(c.child),
    union: str(c.union),
    parent: str(c.union) ? null : str(c.parent),
    kind: ['adopted', 'foster'].includes(str(c.kind) ?? '') ? c.kind : 'biological',
    twinGroup: null,
    twinKind: null,
    custody: null,
  }));
  const notes = list(raw.notes).map((n) => ({
    id: str(n.id),
    column: null,
    text: str(n.text) ?? '',
    position: { x: num(n.x) ?? 0, y: num(n.y) ?? 0 },
  }));
  return {
    version: 1,
    caseNo: raw.caseNo,
    persons,
    unions,
    children,
    households: [],
    relations: [],
    agencies: [],
    agencyLinks: [],
    notes,
    scales: [],
  };
}

/** Each entry turns version n into version n + 1. */
const STEPS: Record<number, (raw: Raw) => Raw> = { 0: fromV0 };

/** Brings a stored board (any version) to the current version's shape; validation comes after. */
export function migrateBoard(raw: unknown): unknown {
  if (!isRecord(raw)) throw new BoardFormatError('ボードのデータが壊れています（オブジェクトではありません）。');
  let current: Raw = raw;
  let version = raw.version === undefined ? 0 : raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    throw new BoardFormatError('ボードのデータのバージョンが読み取れません。');
  }
  if (version > BOARD_VERSION) {
    throw new BoardFormatError(
      `このボードは新しいバージョン（${version}）のアプリで保存されています。アプリを更新してください。`,
    );
  }
  while (version < BOARD_VERSION) {
    const step = STEPS[version];
    if (!step) throw new BoardFormatError(`バージョン${version}のボードは読み込めません。`);
    current = step(current);
    version += 1;
  }
  return current;
}
