// The agency's name: typed freely or picked from the council's agency list (a datalist, so typing filters
// it). Commits on Enter (not while the IME is composing), when the field loses focus, and when it goes
// away or the board is saved (useDraftText); an empty name is not committed.
import { useId, useMemo, type KeyboardEvent } from 'react';
import { useBackendQuery } from '../../hooks/useBackendQuery';
import { useDraftText } from './useDraftText';

interface Props {
  value: string;
  onCommit(name: string): void;
}

/** The names in the council's agency list; empty while loading or when the list cannot be read. */
function useAgencyNames(): string[] {
  const { data } = useBackendQuery('agencies.list', {});
  return useMemo(() => (data ? data.agencies.map((a) => a.name) : []), [data]);
}

export function AgencyNameField({ value, onCommit }: Props) {
  const id = useId();
  const names = useAgencyNames();
  const { draft, setDraft, commit, reset } = useDraftText(value, (typed) => {
    const name = typed.trim();
    if (name && name !== value) onCommit(name);
    else reset();
  });
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Escape') reset();
    if (e.key !== 'Enter' || e.nativeEvent.isComposing || e.keyCode === 229) return;
    e.preventDefault();
    commit();
  };
  return (
    <label className="board-field">
      <span>機関名</span>
      <input
        type="text"
        list={`${id}-agencies`}
        aria-label="機関名"
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
      <datalist id={`${id}-agencies`}>
        {names.map((n) => (
          <option key={n} value={n} />
        ))}
      </datalist>
    </label>
  );
}
