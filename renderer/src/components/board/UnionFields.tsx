// One partnership's settings: kind, divorce, custody of each child after a divorce, and "add a child to
// this couple" in one action.
import type { BoardEditor } from '../../../../shared/board/editor';
import type { BoardDoc, Union } from '../../../../shared/board/types';
import { nameOrUnnamed } from '../../../../shared/board/person-name';

interface Props {
  editor: BoardEditor;
  doc: BoardDoc;
  labelOf(id: string): string;
  union: Union;
  title: string;
  onAddChild(unionId: string): void;
}

export function UnionFields({ editor, doc, labelOf, union, title, onAddChild }: Props) {
  const name = (id: string) => nameOrUnnamed(labelOf(id));
  const children = union.divorced ? doc.children.filter((c) => c.union === union.id) : [];
  const update = (patch: Partial<Omit<Union, 'id'>>, label: string) =>
    editor.execute({ type: 'updateUnion', id: union.id, patch }, label);
  return (
    <fieldset className="board-union">
      <legend>{title}</legend>
      <label className="board-field">
        <span>関係の種類</span>
        <select value={union.kind} onChange={(e) => update({ kind: e.target.value as Union['kind'] }, '婚姻の編集')}>
          <option value="marriage">婚姻</option>
          <option value="cohabitation">同棲（内縁）</option>
        </select>
      </label>
      <label className="board-check">
        <input
          type="checkbox"
          checked={union.divorced}
          onChange={(e) => update({ divorced: e.target.checked }, e.target.checked ? '離婚にする' : '離婚を取り消す')}
        />
        離婚
      </label>
      {children.map((c) => (
        <label key={c.id} className="board-field">
          <span>{`${name(c.child)}の親権`}</span>
          <select
            value={c.custody ?? ''}
            onChange={(e) =>
              editor.execute(
                { type: 'updateChild', id: c.id, patch: { custody: e.target.value || null } },
                '親権の設定',
              )
            }
          >
            <option value="">未設定</option>
            <option value={union.a}>{name(union.a)}</option>
            <option value={union.b}>{name(union.b)}</option>
          </select>
        </label>
      ))}
      <button type="button" onClick={() => onAddChild(union.id)}>
        この二人の子を追加
      </button>
    </fieldset>
  );
}
