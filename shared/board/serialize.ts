// Boards cross the process boundary and the database as JSON. parseBoard is the one way in: it migrates,
// validates the shape (zod) and the references between records, and explains any problem in Japanese.
import { BoardFormatError, migrateBoard } from './migrate';
import { boardDocSchema } from './schema';
import type { BoardDoc } from './types';

export { BoardFormatError } from './migrate';

/** Accepts a JSON string or already-parsed JSON. Throws BoardFormatError. */
export function parseBoard(json: unknown): BoardDoc {
  let raw = json;
  if (typeof json === 'string') {
    try {
      raw = JSON.parse(json);
    } catch {
      throw new BoardFormatError('ボードのデータが JSON として読み取れません。');
    }
  }
  const parsed = boardDocSchema.safeParse(migrateBoard(raw));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length > 0 ? `（${issue.path.join('.')}）` : '';
    throw new BoardFormatError(`ボードのデータが正しくありません${where}: ${issue.message}`);
  }
  const doc = parsed.data as BoardDoc;
  const problem = referenceProblem(doc);
  if (problem) throw new BoardFormatError(`ボードのデータが正しくありません: ${problem}`);
  return doc;
}

export function serializeBoard(doc: BoardDoc): string {
  return JSON.stringify(doc);
}

/** The first broken reference or duplicate id, in Japanese; null when the board is consistent. */
export function referenceProblem(doc: BoardDoc): string | null {
  const ids = new Set<string>();
  for (const list of [
    doc.persons,
    doc.unions,
    doc.children,
    doc.households,
    doc.relations,
    doc.agencies,
    doc.agencyLinks,
    doc.notes,
    doc.scales,
  ]) {
    for (const item of list) {
      if (ids.has(item.id)) return `ID「${item.id}」が重複しています。`;
      ids.add(item.id);
    }
  }
  const persons = new Set(doc.persons.map((p) => p.id));
  const unions = new Set(doc.unions.map((u) => u.id));
  const households = new Set(doc.households.map((h) => h.id));
  const agencies = new Set(doc.agencies.map((a) => a.id));
  for (const u of doc.unions) if (!persons.has(u.a) || !persons.has(u.b)) return `婚姻「${u.id}」の相手がいません。`;
  for (const c of doc.children) {
    if (!persons.has(c.child)) return `親子関係「${c.id}」の子どもがいません。`;
    if (c.union !== null ? !unions.has(c.union) : c.parent === null || !persons.has(c.parent))
      return `親子関係「${c.id}」の親がいません。`;
  }
  for (const h of doc.households)
    if (h.members.some((m) => !persons.has(m))) return `同居「${h.id}」にいない人物が含まれています。`;
  for (const r of doc.relations)
    if (!persons.has(r.from) || !persons.has(r.to)) return `関係線「${r.id}」の人物がいません。`;
  for (const l of doc.agencyLinks) {
    if (!agencies.has(l.agency)) return `つながり「${l.id}」の関係機関がありません。`;
    if (!persons.has(l.target) && !households.has(l.target)) return `つながり「${l.id}」の相手がいません。`;
  }
  return null;
}
