// 次第のひな形: the usual 次第 of each meeting kind, which a new meeting starts from. Edited as a whole and
// saved per kind (agenda.saveProgramTemplate); a meeting already prepared keeps its own 次第. Closed by
// default like the triage settings beside it: it is changed rarely and the side panel is narrow.
import { useId, useState } from 'react';
import { BLOCK_LABELS, CASE_BLOCKS, isBlock, type TemplateEntry } from '../../../../shared/meeting/program';
import { MEETING_KINDS, type MeetingKind } from '../../../../shared/meeting/types';
import { useBackendAction } from '../../hooks/useBackendAction';
import { useBackendQuery } from '../../hooks/useBackendQuery';
import { ProgramItemForm } from './ProgramItemForm';

const labelOf = (entry: TemplateEntry) => (isBlock(entry) ? BLOCK_LABELS[entry.block] : entry.title);

export function ProgramTemplatesPanel() {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<MeetingKind>('実務者会議');
  const loaded = useBackendQuery('agenda.programTemplates', {}, { enabled: open });
  const { busy, error, run } = useBackendAction();
  const [edited, setEdited] = useState<TemplateEntry[] | null>(null);
  const [saved, setSaved] = useState(false);
  const entries = edited ?? loaded.data?.[kind] ?? null;

  const change = (next: TemplateEntry[]) => {
    setEdited(next);
    setSaved(false);
  };
  const move = (index: number, delta: -1 | 1) => {
    if (!entries) return;
    const next = [...entries];
    const [entry] = next.splice(index, 1);
    next.splice(index + delta, 0, entry!);
    change(next);
  };
  const save = () => {
    if (!entries) return;
    void run('agenda.saveProgramTemplate', { kind, template: entries }).then((outcome) => {
      if (!outcome.ok) return;
      loaded.setData(outcome.value);
      setEdited(null);
      setSaved(true);
    });
  };

  return (
    <section className="triage-settings program-templates" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>
        <button type="button" className="disclosure" aria-expanded={open} onClick={() => setOpen((v) => !v)}>
          次第のひな形
        </button>
      </h2>
      {open && (
        <div className="program-templates-body">
          <p className="hint">新しく作る会議の次第は、その種類のひな形から始まります。作成済みの会議は変わりません。</p>
          <div className="field-inline">
            <label htmlFor={`${id}-kind`}>会議の種類</label>
            <select
              id={`${id}-kind`}
              value={kind}
              disabled={edited !== null}
              onChange={(e) => {
                setKind(e.target.value as MeetingKind);
                setSaved(false);
              }}
            >
              {MEETING_KINDS.map((k) => (
                <option key={k}>{k}</option>
              ))}
            </select>
          </div>
          {!entries && <p className="hint">読み込み中…</p>}
          {entries && (
            <ol className="template-list" aria-label={`${kind}のひな形`}>
              {entries.map((entry, index) => (
                <li key={`${index}-${labelOf(entry)}`} className={isBlock(entry) ? 'program-block' : undefined}>
                  <span className="template-entry">
                    {isBlock(entry) ? 'ケース' : entry.kind}・{labelOf(entry)}
                    {!isBlock(entry) && `（${entry.minutes}分）`}
                  </span>
                  <span className="template-buttons">
                    <button
                      type="button"
                      disabled={index === 0}
                      aria-label={`${labelOf(entry)} を上へ`}
                      onClick={() => move(index, -1)}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      disabled={index === entries.length - 1}
                      aria-label={`${labelOf(entry)} を下へ`}
                      onClick={() => move(index, 1)}
                    >
                      ↓
                    </button>
                    <button
                      type="button"
                      aria-label={`${labelOf(entry)} を外す`}
                      onClick={() => change(entries.filter((_, i) => i !== index))}
                    >
                      外す
                    </button>
                  </span>
                </li>
              ))}
            </ol>
          )}
          {entries &&
            CASE_BLOCKS.filter((b) => !entries.some((e) => isBlock(e) && e.block === b)).map((block) => (
              <button key={block} type="button" onClick={() => change([...entries, { block }])}>
                {BLOCK_LABELS[block]}を加える
              </button>
            ))}
          {entries && (
            <details>
              <summary>ひな形に項目を加える</summary>
              <ProgramItemForm
                agencyNames={[]}
                busy={busy}
                submitLabel="ひな形に加える"
                onSubmit={(fields) => {
                  change([...entries, fields]);
                  return Promise.resolve(true);
                }}
              />
            </details>
          )}
          <div className="form-buttons">
            <button type="button" className="primary" disabled={busy || edited === null} onClick={save}>
              ひな形を保存
            </button>
            {edited !== null && (
              <button type="button" onClick={() => setEdited(null)}>
                変更を取り消す
              </button>
            )}
          </div>
          {error && (
            <p role="alert" className="error">
              {error}
            </p>
          )}
          {saved && <p role="status">保存しました。</p>}
        </div>
      )}
    </section>
  );
}
