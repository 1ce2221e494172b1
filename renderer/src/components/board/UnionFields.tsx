// One partnership's settings: kind, divorce, and "add a child to this couple" in one action.
import type { BoardEditor } from '../../../../shared/board/editor';
import type { Union } from '../../../../shared/board/types';

interface Props {
  editor: BoardEditor;
  union: Union;
  title: string;
  onAddChild(unionId: string): void;
}

export function UnionFields({ editor, union, title, onAddChild }: Props) {
  const update = (patch: Partial<Omit<Union, 'id'>>, label: string) => editor.execute({ type: 'updateUnion', id: union.id, patch }, label);
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
      <button type="button" onClick={() => onAddChild(union.id)}>この二人の子を追加</button>
    </fieldset>
  );
}
