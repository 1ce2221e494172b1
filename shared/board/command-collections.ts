// The generic array steps every command is made of: find, insert at an index, remove, patch. Each reports a
// missing or duplicate record in Japanese (the collection's name) so a stale command explains itself.
import { BoardCommandError } from './command-types';
import type { BoardDoc, Id } from './types';

export type Keyed = { id: Id };
export type Collection =
  'persons' | 'unions' | 'children' | 'households' | 'relations' | 'agencies' | 'agencyLinks' | 'notes' | 'scales';

const NAMES: Record<Collection, string> = {
  persons: '人物',
  unions: '婚姻・同棲',
  children: '親子関係',
  households: '同居',
  relations: '関係線',
  agencies: '関係機関',
  agencyLinks: '機関とのつながり',
  notes: '付箋',
  scales: 'スケール',
};

export function indexOrThrow(items: readonly Keyed[], id: Id, what: Collection): number {
  const i = items.findIndex((item) => item.id === id);
  if (i < 0) throw new BoardCommandError(`${NAMES[what]}（${id}）が見つかりません。`);
  return i;
}

function insertAt<T extends Keyed>(items: readonly T[], item: T, index: number | undefined, what: Collection): T[] {
  if (items.some((existing) => existing.id === item.id)) {
    throw new BoardCommandError(`${NAMES[what]}（${item.id}）はすでにあります。`);
  }
  const at = index === undefined ? items.length : Math.max(0, Math.min(index, items.length));
  return [...items.slice(0, at), item, ...items.slice(at)];
}

export function add<K extends Collection>(
  doc: BoardDoc,
  key: K,
  item: BoardDoc[K][number],
  index: number | undefined,
): BoardDoc {
  const items = doc[key] as readonly Keyed[];
  return { ...doc, [key]: insertAt(items, item as Keyed, index, key) };
}

export function removeOne<K extends Collection>(
  doc: BoardDoc,
  key: K,
  id: Id,
): { doc: BoardDoc; item: BoardDoc[K][number]; index: number } {
  const items = doc[key] as readonly Keyed[];
  const index = indexOrThrow(items, id, key);
  const item = items[index] as BoardDoc[K][number];
  return { doc: { ...doc, [key]: [...items.slice(0, index), ...items.slice(index + 1)] }, item, index };
}

/** Applies a patch and returns the patch that restores the old values of the same keys. */
export function patchOne<K extends Collection>(
  doc: BoardDoc,
  key: K,
  id: Id,
  patch: Record<string, unknown>,
): { doc: BoardDoc; undo: Record<string, unknown> } {
  const items = doc[key] as readonly Keyed[];
  const index = indexOrThrow(items, id, key);
  const old = items[index] as unknown as Record<string, unknown>;
  const undo: Record<string, unknown> = {};
  for (const field of Object.keys(patch)) {
    if (field === 'id') throw new BoardCommandError('id は変更できません。');
    undo[field] = old[field];
  }
  const next = items.map((item, i) => (i === index ? { ...item, ...patch } : item));
  return { doc: { ...doc, [key]: next }, undo };
}
