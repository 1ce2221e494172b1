// アセスメントシートの項目: the council's own items, added, renamed, retired and ordered. Each change is saved at
// once through settings.update (the whole list: its order is the sheet's order); the schema's messages (a
// duplicate name, two items for one report field) come back in Japanese and the stored list stays shown.
// No deletion and no 「既定に戻す」: answers are keyed by item id, and either would orphan them.
import { useId, useState } from 'react';
import { assessmentItemsSchema, type AssessmentItem } from '../../../../shared/assessment/sheet';
import { useBackendAction } from '../../hooks/useBackendAction';
import { useBackendQuery } from '../../hooks/useBackendQuery';
import { errorMessage } from '../../lib/errors';
import { SheetItemsAddForm } from './SheetItemsAddForm';
import { addItem, groupRuns, moveItem, renameItem, setRetired } from './SheetItemsModel';
import { SheetItemsRow } from './SheetItemsRow';
import './sheet-items.css';

export function SheetItemsEditor() {
  const id = useId();
  // No settings event exists: the list is read when the view opens, and each save answers with the stored one.
  const query = useBackendQuery('settings.get', {});
  const { busy, run } = useBackendAction();
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const items = query.data?.assessmentItems ?? null;

  const save = async (next: AssessmentItem[], done: string): Promise<boolean> => {
    setMessage(null);
    // Checked here first so the message is the rule's own (the backend's names the settings key too).
    const checked = assessmentItemsSchema.safeParse(next);
    if (!checked.success) {
      setMessage({ error: true, text: checked.error.issues[0]?.message ?? '項目の内容が正しくありません。' });
      return false;
    }
    const outcome = await run('settings.update', { assessmentItems: next });
    if (!outcome.ok) {
      setMessage({ error: true, text: errorMessage(outcome.error) });
      return false;
    }
    query.setData(outcome.value);
    setMessage({ error: false, text: done });
    return true;
  };

  return (
    <section className="sheet-items" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>アセスメントシートの項目</h2>
      <p className="hint">
        関係機関への依頼に載せる項目です。並べた順にシートの列になります。使わなくなった項目は「使わない」にしてください（削除はできません。過去の回答は残ります）。
      </p>
      {query.error && !items && (
        <p role="alert" className="error">
          {query.error}
        </p>
      )}
      {!items ? (
        !query.error && <p className="hint">読み込み中…</p>
      ) : (
        <>
          {groupRuns(items).map((run, r) => (
            <div key={`${r}-${run.group}`} className="sheet-items-group" role="group" aria-label={run.group}>
              <h3>{run.group}</h3>
              <ol className="sheet-items-list">
                {run.items.map((item) => (
                  <SheetItemsRow
                    key={item.id}
                    item={item}
                    groups={groupNames(items)}
                    first={items[0]?.id === item.id}
                    last={items.at(-1)?.id === item.id}
                    busy={busy}
                    onMove={(by) => void save(moveItem(items, item.id, by), `「${item.label}」を移動しました。`)}
                    onRetire={(retired) =>
                      void save(
                        setRetired(items, item.id, retired),
                        retired ? `「${item.label}」を使わない項目にしました。` : `「${item.label}」を再び使います。`,
                      )
                    }
                    onRename={(names) =>
                      save(renameItem(items, item.id, names), `「${names.label.trim()}」を保存しました。`)
                    }
                  />
                ))}
              </ol>
            </div>
          ))}
          <SheetItemsAddForm
            groups={groupNames(items)}
            busy={busy}
            onAdd={(input) => save(addItem(items, input), `「${input.label.trim()}」を追加しました。`)}
          />
        </>
      )}
      {message?.error && (
        <p role="alert" className="error">
          {message.text}
        </p>
      )}
      <p role="status" className="saved">
        {message && !message.error ? message.text : ''}
      </p>
    </section>
  );
}

const groupNames = (items: readonly AssessmentItem[]) => [...new Set(items.map((i) => i.group))];
