// The selected person's placements (一時保護 / 施設 / 里親) with their dates: listed, removable, and added
// from a small form. Each change replaces the placements array in one updatePerson (one undo step).
import { useState } from 'react';
import type { BoardEditor } from '../../../../shared/board/editor';
import { PLACEMENT_KINDS, type Person, type Placement } from '../../../../shared/board/types';

interface Props {
  editor: BoardEditor;
  person: Person;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const day = (value: string): string | null => (ISO_DAY.test(value) ? value : null);

export function PlacementFields({ editor, person }: Props) {
  const [kind, setKind] = useState<Placement['kind']>('一時保護');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const set = (placements: Placement[], label: string) => editor.execute({ type: 'updatePerson', id: person.id, patch: { placements } }, label);
  const describe = (p: Placement) => `${p.kind}（${p.from ?? '開始日不明'}〜${p.to ?? ''}）`;
  const invalid = (from !== '' && !day(from)) || (to !== '' && !day(to)) || (from !== '' && to !== '' && to < from);

  const add = () => {
    if (invalid) return;
    set([...person.placements, { kind, from: day(from), to: day(to) }], '措置の追加');
    setFrom('');
    setTo('');
  };

  return (
    <fieldset className="board-union">
      <legend>一時保護・措置</legend>
      {person.placements.length > 0 && (
        <ul aria-label="この人の一時保護・措置">
          {person.placements.map((p, i) => (
            <li key={`${p.kind}-${p.from ?? ''}-${i}`}>
              {describe(p)}{' '}
              <button type="button" aria-label={`削除：${describe(p)}`} onClick={() => set(person.placements.filter((_, j) => j !== i), '措置の削除')}>削除</button>
            </li>
          ))}
        </ul>
      )}
      <label className="board-field">
        <span>種類</span>
        <select value={kind} onChange={(e) => setKind(e.target.value as Placement['kind'])}>
          {PLACEMENT_KINDS.map((k) => <option key={k}>{k}</option>)}
        </select>
      </label>
      <label className="board-field">
        <span>開始日</span>
        <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
      </label>
      <label className="board-field">
        <span>終了日</span>
        <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
      </label>
      {invalid && <p role="alert" className="error">終了日は開始日より後にしてください。</p>}
      <button type="button" onClick={add} disabled={invalid}>措置を追加</button>
    </fieldset>
  );
}
