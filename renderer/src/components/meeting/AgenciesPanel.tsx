// 関係機関: the managed list of agencies (name and kind) that meetings invite and reports come from.
import { useId, useState, type FormEvent } from 'react';
import { AGENCY_KINDS, type Agency, type AgencyKind } from '../../../../shared/meeting/types';
import { useApi } from '../../api-context';
import { useBackendAction } from '../../hooks/useBackendAction';

export function AgenciesPanel({ agencies, onChanged }: { agencies: readonly Agency[]; onChanged(): void }) {
  const api = useApi();
  const id = useId();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<AgencyKind>('学校');
  const { error, setError, run } = useBackendAction();

  const act = (call: () => Promise<unknown>) => run(call).then((outcome) => outcome.ok && onChanged());

  const add = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return setError('機関名を入力してください。');
    void act(() => api.call('agencies.save', { name: name.trim(), kind }).then(() => setName('')));
  };

  return (
    <section className="agencies-panel" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>関係機関</h2>
      <ul className="agency-list">
        {agencies.map((a) => (
          <li key={a.id}>
            <span>{a.name}</span>
            <label className="visually-hidden" htmlFor={`${id}-kind-${a.id}`}>{`${a.name}の種別`}</label>
            <select
              id={`${id}-kind-${a.id}`}
              value={a.kind}
              onChange={(e) =>
                void act(() =>
                  api.call('agencies.save', { id: a.id, name: a.name, kind: e.target.value as AgencyKind }),
                )
              }
            >
              {AGENCY_KINDS.map((k) => (
                <option key={k}>{k}</option>
              ))}
            </select>
            <button
              type="button"
              className="link"
              aria-label={`${a.name}を削除`}
              onClick={() => void act(() => api.call('agencies.remove', { id: a.id }))}
            >
              削除
            </button>
          </li>
        ))}
      </ul>
      <form className="agency-add" onSubmit={add}>
        <div className="field-inline">
          <label htmlFor={`${id}-name`}>機関名</label>
          <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="field-inline">
          <label htmlFor={`${id}-kind`}>機関の種別</label>
          <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as AgencyKind)}>
            {AGENCY_KINDS.map((k) => (
              <option key={k}>{k}</option>
            ))}
          </select>
        </div>
        <button type="submit">機関を追加</button>
      </form>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </section>
  );
}
