// はいの回答で協議にする項目: which assessment sheet items, answered はい by an agency, put the case in 協議
// (ASSESSMENT_WORRY). Offered: the sheet's asked check items, by group; a retired item already chosen stays
// chosen (its past answers still count) but is not shown, so it cannot be lost by saving.
import { askedItems } from '../../../../shared/assessment/sheet';
import { REASON_LABELS } from '../../../../shared/meeting/types';
import { useBackendQuery } from '../../hooks/useBackendQuery';
import './triage-worry-items.css';

export function TriageWorryItems({
  selected,
  onChange,
}: {
  selected: readonly string[];
  onChange(next: string[]): void;
}) {
  const settings = useBackendQuery('settings.get', {});
  const items = askedItems(settings.data?.assessmentItems ?? []).filter((i) => i.kind === 'check');
  // Each box is named 「気がかり：…」: an item may share its name with a rule above (連絡のない欠席).
  const groups = [...new Set(items.map((i) => i.group))];
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...selected.filter((s) => s !== id), id] : selected.filter((s) => s !== id));
  return (
    <fieldset className="checkbox-group worry-items">
      <legend>はいの回答で協議にする項目（{REASON_LABELS.ASSESSMENT_WORRY}）</legend>
      <p className="hint">
        関係機関のアセスメントシートで、選んだ項目に「はい」があるケースを協議にします。並ぶのは、アセスメントシートの項目（依頼・回収）のうち、はい／いいえ／不明で答える項目です。
      </p>
      {!settings.data && <p className="hint">読み込み中…</p>}
      {groups.map((group) => (
        <div key={group} role="group" aria-label={group} className="worry-group">
          <span className="worry-group-name">{group}</span>
          {items
            .filter((i) => i.group === group)
            .map((i) => (
              <label key={i.id} className="check">
                <input
                  type="checkbox"
                  aria-label={`気がかり：${i.label}`}
                  checked={selected.includes(i.id)}
                  onChange={(e) => toggle(i.id, e.target.checked)}
                />
                {i.label}
              </label>
            ))}
        </div>
      ))}
    </fieldset>
  );
}
