// Two persons selected (Shift+click, or 「関係を追加」 then a click on the other person): relate them with an
// emotional relation (abuse and DV point at the one harmed) or make them partners, in one step each.
import { forwardRef, useState } from 'react';
import { makeUnion, newId } from '../../../../shared/board/commands';
import type { BoardEditor } from '../../../../shared/board/editor';
import { RELATION_LABELS } from '../../../../shared/board/notation';
import { RELATION_KINDS, type BoardDoc, type Id, type Relation } from '../../../../shared/board/types';
import { nameOrUnnamed } from '../../../../shared/board/person-name';

interface Props {
  editor: BoardEditor;
  doc: BoardDoc;
  pair: [Id, Id];
  labelOf(id: string): string;
  /** After adding: back to a single selection. */
  onDone(): void;
}

const DIRECTED: ReadonlySet<Relation['kind']> = new Set(['abuse', 'dv']);

export const PairPanel = forwardRef<HTMLSelectElement, Props>(function PairPanel(
  { editor, doc, pair, labelOf, onDone },
  kindRef,
) {
  const [kind, setKind] = useState<Relation['kind']>('close');
  const [reversed, setReversed] = useState(false);
  const name = (id: string) => nameOrUnnamed(labelOf(id));
  const [first, second] = pair;
  const partners = doc.unions.some((u) => (u.a === first && u.b === second) || (u.a === second && u.b === first));

  const addRelation = () => {
    const [from, to] = DIRECTED.has(kind) && reversed ? [second, first] : [first, second];
    editor.execute({ type: 'addRelation', relation: { id: newId('r'), from, to, kind } }, '関係線の追加');
    onDone();
  };
  const addUnion = () => {
    const at = (id: Id) => doc.persons.find((p) => p.id === id)?.position.x ?? 0;
    // By convention the left partner is `a`, so the couple line runs as they stand.
    const [a, b] = at(first) <= at(second) ? [first, second] : [second, first];
    editor.execute({ type: 'addUnion', union: makeUnion(a, b) }, 'パートナー関係の追加');
    onDone();
  };

  return (
    <fieldset className="board-union board-pair" aria-label="2人の関係">
      <legend>{`2人を選択中：${name(first)} と ${name(second)}`}</legend>
      <label className="board-field">
        <span>関係の種類</span>
        <select ref={kindRef} value={kind} onChange={(e) => setKind(e.target.value as Relation['kind'])}>
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
          <select value={reversed ? 'back' : 'forth'} onChange={(e) => setReversed(e.target.value === 'back')}>
            <option value="forth">{`${name(first)} から ${name(second)} へ`}</option>
            <option value="back">{`${name(second)} から ${name(first)} へ`}</option>
          </select>
        </label>
      )}
      <div className="board-inline">
        <button type="button" className="primary" onClick={addRelation}>
          2人に関係線を追加
        </button>
        <button
          type="button"
          onClick={addUnion}
          disabled={partners}
          title={partners ? 'すでにパートナー関係があります' : undefined}
        >
          2人をパートナーにする
        </button>
        <button type="button" onClick={onDone}>
          選択を1人に戻す
        </button>
      </div>
    </fieldset>
  );
});
