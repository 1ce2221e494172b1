// 同居: households as sets of persons (drawn as a dotted outline). 「同居を設定」 adds one from the checked
// persons; each existing household's members are checkboxes, and one left with no members is removed.
import { useId, useState } from 'react';
import { newId } from '../../../../shared/board/commands';
import type { BoardEditor } from '../../../../shared/board/editor';
import type { BoardDoc, Household } from '../../../../shared/board/types';
import { nameOrUnnamed } from '../../../../shared/board/person-name';

interface Props {
  editor: BoardEditor;
  doc: BoardDoc;
  labelOf(id: string): string;
}

export function HouseholdPanel({ editor, doc, labelOf }: Props) {
  const id = useId();
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const name = (pid: string) => nameOrUnnamed(labelOf(pid));
  const chosen = doc.persons.filter((p) => checked.has(p.id)).map((p) => p.id);

  const toggle = (h: Household, personId: string, on: boolean) => {
    const members = on ? [...h.members, personId] : h.members.filter((m) => m !== personId);
    if (members.length === 0) editor.execute({ type: 'removeHousehold', id: h.id }, '同居の解除');
    else editor.execute({ type: 'updateHousehold', id: h.id, patch: { members } }, '同居の編集');
  };

  const add = () => {
    if (chosen.length === 0) return;
    editor.execute({ type: 'addHousehold', household: { id: newId('h'), members: chosen } }, '同居の設定');
    setChecked(new Set());
  };

  return (
    <section className="board-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>同居</h3>
      {doc.households.map((h, i) => (
        <fieldset key={h.id} className="board-union">
          <legend>{`同居${i + 1}`}</legend>
          {doc.persons.map((p) => (
            <label key={p.id} className="board-check">
              <input
                type="checkbox"
                checked={h.members.includes(p.id)}
                onChange={(e) => toggle(h, p.id, e.target.checked)}
              />
              {name(p.id)}
            </label>
          ))}
          <button type="button" onClick={() => editor.execute({ type: 'removeHousehold', id: h.id }, '同居の解除')}>
            この同居を解除
          </button>
        </fieldset>
      ))}
      <fieldset className="board-union">
        <legend>新しい同居</legend>
        {doc.persons.length === 0 && <p className="muted">人物がいません。</p>}
        {doc.persons.map((p) => (
          <label key={p.id} className="board-check">
            <input
              type="checkbox"
              checked={checked.has(p.id)}
              onChange={(e) =>
                setChecked((s) => {
                  const next = new Set(s);
                  if (e.target.checked) next.add(p.id);
                  else next.delete(p.id);
                  return next;
                })
              }
            />
            {name(p.id)}
          </label>
        ))}
        <button type="button" onClick={add} disabled={chosen.length === 0}>
          同居を設定
        </button>
      </fieldset>
    </section>
  );
}
