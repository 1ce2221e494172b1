// The selected person's placements (一時保護 / 施設 / 里親) with their dates: listed, removable, and added
// from a small form. Each change replaces the placements array in one updatePerson (one undo step).
import { useState } from 'react';
import type { BoardEditor } from '../../../../shared/board/editor';
import { PLACEMENT_KINDS, type Person, type Placement } from '../../../../shared/board/types';
import { useDateProblems } from '../../hooks/useDateProblems';
import { DateField } from '../DateField';

interface Props {
  editor: BoardEditor;
  person: Person;
}

export function PlacementFields({ editor, person }: Props) {
  const [kind, setKind] = useState<Placement['kind']>('一時保護');
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const dates = useDateProblems();
  const set = (placements: Placement[], label: string) =>
    editor.execute({ type: 'updatePerson', id: person.id, patch: { placements } }, label);
  const describe = (p: Placement) => `${p.kind}（${p.from ?? '開始日不明'}〜${p.to ?? ''}）`;
  const backwards = from !== null && to !== null && to < from;
  const invalid = dates.invalid || backwards;

  const add = () => {
    if (invalid) return;
    set([...person.placements, { kind, from, to }], '措置の追加');
    setFrom(null);
    setTo(null);
  };

  return (
    <fieldset className="board-union">
      <legend>一時保護・措置</legend>
      {person.placements.length > 0 && (
        <ul aria-label="この人の一時保護・措置">
          {person.placements.map((p, i) => (
            <li key={`${p.kind}-${p.from ?? ''}-${i}`}>
              {describe(p)}{' '}
              <button
                type="button"
                aria-label={`削除：${describe(p)}`}
                onClick={() =>
                  set(
                    person.placements.filter((_, j) => j !== i),
                    '措置の削除',
                  )
                }
              >
                削除
              </button>
            </li>
          ))}
        </ul>
      )}
      <label className="board-field">
        <span>種類</span>
        <select value={kind} onChange={(e) => setKind(e.target.value as Placement['kind'])}>
          {PLACEMENT_KINDS.map((k) => (
            <option key={k}>{k}</option>
          ))}
        </select>
      </label>
      <label className="board-field">
        <span>開始日</span>
        <DateField rule="day" value={from} onChange={setFrom} onProblem={(m) => dates.report('from', m)} />
      </label>
      <label className="board-field">
        <span>終了日</span>
        <DateField rule="day" value={to} onChange={setTo} onProblem={(m) => dates.report('to', m)} />
      </label>
      {backwards && (
        <p role="alert" className="error">
          終了日は開始日より後にしてください。
        </p>
      )}
      <button type="button" onClick={add} disabled={invalid}>
        措置を追加
      </button>
    </fieldset>
  );
}
