// 項目を追加: a group (an existing one or a new name), a name and a kind. The kind is chosen once: an
// answer is read by its item's kind, so changing it later would change what past answers say.
import { useId, useState, type FormEvent } from 'react';
import { ITEM_KINDS, ITEM_KIND_LABELS, type ItemKind } from '../../../../shared/assessment/sheet';

interface Props {
  groups: readonly string[];
  busy: boolean;
  /** Resolves true once saved (the form empties), false when refused (what was typed stays). */
  onAdd(input: { group: string; label: string; kind: ItemKind }): Promise<boolean>;
}

export function SheetItemsAddForm({ groups, busy, onAdd }: Props) {
  const id = useId();
  const [group, setGroup] = useState('');
  const [label, setLabel] = useState('');
  const [kind, setKind] = useState<ItemKind>('check');
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (group.trim() === '') return setProblem('グループを選ぶか、新しいグループ名を入力してください。');
    if (label.trim() === '') return setProblem('項目名を入力してください。');
    setProblem(null);
    void onAdd({ group, label, kind }).then((saved) => {
      if (saved) setLabel('');
    });
  };

  return (
    <form className="sheet-items-add" aria-labelledby={`${id}-h`} noValidate onSubmit={submit}>
      <h3 id={`${id}-h`}>項目を追加</h3>
      <div className="sheet-items-add-fields">
        <label htmlFor={`${id}-group`}>グループ</label>
        <input
          id={`${id}-group`}
          list={`${id}-groups`}
          value={group}
          maxLength={40}
          placeholder="既存のグループまたは新しい名前"
          onChange={(e) => setGroup(e.target.value)}
        />
        <datalist id={`${id}-groups`}>
          {groups.map((g) => (
            <option key={g} value={g} />
          ))}
        </datalist>
        <label htmlFor={`${id}-label`}>項目名</label>
        <input id={`${id}-label`} value={label} maxLength={100} onChange={(e) => setLabel(e.target.value)} />
        <label htmlFor={`${id}-kind`}>種類</label>
        <select
          id={`${id}-kind`}
          value={kind}
          aria-describedby={`${id}-kind-hint`}
          onChange={(e) => setKind(e.target.value as ItemKind)}
        >
          {ITEM_KINDS.map((k) => (
            <option key={k} value={k}>
              {ITEM_KIND_LABELS[k]}
            </option>
          ))}
        </select>
        <button type="submit" className="primary" disabled={busy}>
          追加
        </button>
      </div>
      <p id={`${id}-kind-hint`} className="hint">
        種類は、項目を作った後は変えられません（過去の回答の読み方が変わるため）。
      </p>
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
    </form>
  );
}
