// 対象範囲: which cases a meeting covers. 部会 scopes can be loaded from a saved template or saved as one.
import { useId, useState } from 'react';
import { CLASSIFICATIONS } from '../../../../shared/ledger/case';
import type { MeetingScope, ScopeTemplate } from '../../../../shared/meeting/types';
import { intOrNull, joinList, splitList } from '../../lib/lists';
import { CheckboxGroup } from '../CheckboxGroup';

interface Props {
  scope: MeetingScope;
  templates: readonly ScopeTemplate[];
  onChange(scope: MeetingScope): void;
  /** Saves the scope as a 部会 template; resolves to an error message or null. */
  onSaveTemplate(): Promise<string | null>;
}

export function ScopeEditor({ scope, templates, onChange, onSaveTemplate }: Props) {
  const id = useId();
  const [templateId, setTemplateId] = useState('');
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const set = (changes: Partial<MeetingScope>) => onChange({ ...scope, ...changes });

  const load = (value: string) => {
    setTemplateId(value);
    const template = templates.find((t) => String(t.id) === value);
    if (template) {
      onChange(template.scope);
      setMessage({ error: false, text: `「${template.name}」の対象範囲を読み込みました。` });
    }
  };

  const save = () => {
    setMessage(null);
    onSaveTemplate().then((error) =>
      setMessage(error ? { error: true, text: error } : { error: false, text: '部会の対象範囲として保存しました。' }),
    );
  };

  return (
    <fieldset className="scope-editor">
      <legend>対象範囲</legend>
      <div className="field-inline">
        <label htmlFor={`${id}-template`}>部会の対象範囲を読み込む</label>
        <select id={`${id}-template`} value={templateId} onChange={(e) => load(e.target.value)}>
          <option value="">（選択してください）</option>
          {templates.map((t) => (
            <option key={t.id} value={String(t.id)}>
              {t.name}
            </option>
          ))}
        </select>
      </div>
      <CheckboxGroup
        legend="種別"
        options={CLASSIFICATIONS}
        selected={scope.classifications}
        onChange={(classifications) => set({ classifications })}
      />
      <div className="form-row">
        <div className="field-inline">
          <label htmlFor={`${id}-min`}>年齢（から）</label>
          <input
            id={`${id}-min`}
            type="number"
            min={0}
            max={100}
            value={scope.minAge ?? ''}
            onChange={(e) => set({ minAge: intOrNull(e.target.value) })}
          />
        </div>
        <div className="field-inline">
          <label htmlFor={`${id}-max`}>年齢（まで）</label>
          <input
            id={`${id}-max`}
            type="number"
            min={0}
            max={100}
            value={scope.maxAge ?? ''}
            onChange={(e) => set({ maxAge: intOrNull(e.target.value) })}
          />
        </div>
      </div>
      <p className="hint">年齢は会議の日の満年齢です（両端を含みます）。空欄は条件なしです。</p>
      <ListField label="地区" values={scope.districts} onChange={(districts) => set({ districts })} />
      <ListField label="主担当機関" values={scope.leadAgencies} onChange={(leadAgencies) => set({ leadAgencies })} />
      <ListField label="個別に選んだ登録番号" values={scope.caseNos} onChange={(caseNos) => set({ caseNos })} />
      <p className="hint">複数は「、」で区切ります。個別に選んだケースは、ほかの条件にかかわらず対象になります。</p>
      <button type="button" onClick={save}>
        この対象範囲を部会として保存
      </button>
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'error' : 'muted'}>
          {message.text}
        </p>
      )}
    </fieldset>
  );
}

/** A 、-separated list kept as typed while editing, so a trailing 、 does not vanish under the cursor. */
function ListField({
  label,
  values,
  onChange,
}: {
  label: string;
  values: readonly string[];
  onChange(values: string[]): void;
}) {
  const id = useId();
  const [text, setText] = useState(joinList(values));
  const [seen, setSeen] = useState(values);
  if (seen !== values && joinList(splitList(text)) !== joinList(values)) {
    setSeen(values);
    setText(joinList(values));
  }
  return (
    <div className="field-inline">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          const next = splitList(e.target.value);
          setSeen(next);
          onChange(next);
        }}
      />
    </div>
  );
}
