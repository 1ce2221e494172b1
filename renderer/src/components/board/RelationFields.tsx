// The selected person's emotional relations (親密, 疎遠, 対立, 断絶, 虐待, DV): the other person is picked from a
// select; abuse and DV carry a direction (the arrow points at the one harmed).
import { useState } from 'react';
import { newId } from '../../../../shared/board/commands';
import type { BoardEditor } from '../../../../shared/board/editor';
import { RELATION_LABELS } from '../../../../shared/board/notation';
import { RELATION_KINDS, type BoardDoc, type Person, type Relation } from '../../../../shared/board/types';
import { nameOrUnnamed } from '../../../../shared/board/person-name';

interface Props {
  editor: BoardEditor;
  doc: BoardDoc;
  person: Person;
  labelOf(id: string): string;
}

const DIRECTED: ReadonlySet<Relation['kind']> = new Set(['abuse', 'dv']);

export function RelationFields({ editor, doc, person, labelOf }: Props) {
  const others = doc.persons.filter((p) => p.id !== person.id);
  const [other, setOther] = useState('');
  const [kind, setKind] = useState<Relation['kind']>('close');
  const [fromThis, setFromThis] = useState(true);
  const name = (id: string) => nameOrUnnamed(labelOf(id));
  const mine = doc.relations.filter((r) => r.from === person.id || r.to === person.id);
  const target = others.some((p) => p.id === other) ? other : '';

  const add = () => {
    if (!target) return;
    const [from, to] = DIRECTED.has(kind) && !fromThis ? [target, person.id] : [person.id, target];
    editor.execute({ type: 'addRelation', relation: { id: newId('r'), from, to, kind } }, '関係線の追加');
  };

  const describe = (r: Relation) =>
    DIRECTED.has(r.kind)
      ? `${RELATION_LABELS[r.kind].replace(/（.*）/, '')}：${name(r.from)} → ${name(r.to)}`
      : `${RELATION_LABELS[r.kind]}：${name(r.from)} と ${name(r.to)}`;

  return (
    <fieldset className="board-union">
      <legend>関係線</legend>
      {mine.length > 0 && (
        <ul className="board-list" aria-label="この人の関係線">
          {mine.map((r) => (
            <li key={r.id}>
              {describe(r)}{' '}
              <button
                type="button"
                onClick={() => editor.execute({ type: 'removeRelation', id: r.id }, '関係線の削除')}
                aria-label={`関係線を削除：${describe(r)}`}
              >
                削除
              </button>
            </li>
          ))}
        </ul>
      )}
      <label className="board-field">
        <span>相手</span>
        <select value={target} onChange={(e) => setOther(e.target.value)}>
          <option value="">選んでください</option>
          {others.map((p) => (
            <option key={p.id} value={p.id}>
              {name(p.id)}
            </option>
          ))}
        </select>
      </label>
      <label className="board-field">
        <span>関係の種類</span>
        <select value={kind} onChange={(e) => setKind(e.target.value as Relation['kind'])}>
          {RELATION_KINDS.map((k) => (
            <option key={k} value={k}>
              {RELATION_LABELS[k]}
            </option>
          ))}
        </select>
      </label>
      {DIRECTED.has(kind) && (
        <label className="board-field">
          <span>向き</span>
          <select value={fromThis ? 'from' : 'to'} onChange={(e) => setFromThis(e.target.value === 'from')}>
            <option value="from">この人から相手へ</option>
            <option value="to">相手からこの人へ</option>
          </select>
        </label>
      )}
      <button type="button" onClick={add} disabled={!target}>
        関係線を追加
      </button>
    </fieldset>
  );
}
