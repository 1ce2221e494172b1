// One item of the sheet: its name and kind, the report field it also fills, and its buttons (move, rename,
// retire or restore). Renaming opens the item's own small form in place.
import { useId, useState, type FormEvent } from 'react';
import { ITEM_KIND_LABELS, type AssessmentItem, type ReportFeed } from '../../../../shared/assessment/sheet';

/** The agency report's field an item also fills, as the report import names it. */
const FEED_LABELS: Readonly<Record<ReportFeed, string>> = {
  daysAbsent: '欠席日数',
  unexplainedAbsence: '連絡のない欠席',
  injury: '外傷',
  safetyScale: '安全スケール',
  note: '所見',
};

interface Props {
  item: AssessmentItem;
  groups: readonly string[];
  first: boolean;
  last: boolean;
  busy: boolean;
  onMove(by: -1 | 1): void;
  onRetire(retired: boolean): void;
  /** Resolves true once saved (the form closes), false when refused (the form stays with what was typed). */
  onRename(names: { group: string; label: string }): Promise<boolean>;
}

export function SheetItemsRow({ item, groups, first, last, busy, onMove, onRetire, onRename }: Props) {
  const id = useId();
  const [editing, setEditing] = useState<{ group: string; label: string } | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!editing) return;
    void onRename(editing).then((saved) => saved && setEditing(null));
  };

  return (
    <li className={item.retired ? 'sheet-item retired' : 'sheet-item'}>
      {editing ? (
        <form className="sheet-item-rename" aria-label={`「${item.label}」の名前を変える`} onSubmit={submit}>
          <label htmlFor={`${id}-label`}>項目名</label>
          <input
            id={`${id}-label`}
            value={editing.label}
            maxLength={100}
            onChange={(e) => setEditing({ ...editing, label: e.target.value })}
          />
          <label htmlFor={`${id}-group`}>グループ</label>
          <input
            id={`${id}-group`}
            list={`${id}-groups`}
            value={editing.group}
            maxLength={40}
            onChange={(e) => setEditing({ ...editing, group: e.target.value })}
          />
          <datalist id={`${id}-groups`}>
            {groups.map((g) => (
              <option key={g} value={g} />
            ))}
          </datalist>
          <button type="submit" className="primary" disabled={busy}>
            保存
          </button>
          <button type="button" onClick={() => setEditing(null)}>
            取り消す
          </button>
        </form>
      ) : (
        <>
          <span className="sheet-item-label">{item.label}</span>
          <span className="sheet-item-kind">{ITEM_KIND_LABELS[item.kind]}</span>
          {item.feeds && <span className="sheet-item-feeds">報告の「{FEED_LABELS[item.feeds]}」にも入ります</span>}
          {item.retired && <span className="sheet-item-retired">使わない（過去の回答は残ります）</span>}
          <span className="sheet-item-actions">
            <button
              type="button"
              aria-label={`「${item.label}」を上へ`}
              disabled={busy || first}
              onClick={() => onMove(-1)}
            >
              ↑
            </button>
            <button
              type="button"
              aria-label={`「${item.label}」を下へ`}
              disabled={busy || last}
              onClick={() => onMove(1)}
            >
              ↓
            </button>
            <button
              type="button"
              aria-label={`「${item.label}」の名前を変える`}
              disabled={busy}
              onClick={() => setEditing({ group: item.group, label: item.label })}
            >
              名前を変える
            </button>
            <button
              type="button"
              aria-label={item.retired ? `「${item.label}」を再び使う` : `「${item.label}」を使わない`}
              disabled={busy}
              onClick={() => onRetire(!item.retired)}
            >
              {item.retired ? '再び使う' : '使わない'}
            </button>
          </span>
        </>
      )}
    </li>
  );
}
