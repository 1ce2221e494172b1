// The text a board field is being typed into, and committing it. Commits happen on Enter or blur (the
// field's own handlers), and also when the field goes away — a click on the canvas deselects the object
// and unmounts its field before any blur reaches it — and when the board is saved for closing, locking
// or a snapshot (commitPendingEdits). A commit with nothing new does nothing, so these never repeat one.
import { useCallback, useEffect, useRef, useState } from 'react';
import { registerPendingEdit } from './pending-saves';

export interface DraftText {
  draft: string;
  setDraft(text: string): void;
  /** Puts the typed text into the document (through onCommit) unless it is what the document holds. */
  commit(): void;
  /** Back to the document's text (Escape). */
  reset(): void;
}

export function useDraftText(value: string, onCommit: (text: string) => void): DraftText {
  const [draft, setDraftState] = useState(value);
  // Read by commits that run outside a render (unmount, commitPendingEdits), so they see the latest.
  // committed: the text last handed to onCommit, until the document's value comes back.
  const latest = useRef<{ draft: string; value: string; committed: string | null; onCommit(text: string): void }>({
    draft: value,
    value,
    committed: null,
    onCommit,
  });

  useEffect(() => {
    latest.current.onCommit = onCommit;
  });

  // The document changed (undo, another field): show its text.
  useEffect(() => {
    latest.current.value = value;
    latest.current.draft = value;
    latest.current.committed = null;
    setDraftState(value);
  }, [value]);

  const setDraft = useCallback((text: string) => {
    latest.current.draft = text;
    setDraftState(text);
  }, []);

  const commit = useCallback(() => {
    const { draft: text, value: held, committed, onCommit: commitTo } = latest.current;
    if (text === held || text === committed) return;
    latest.current.committed = text;
    commitTo(text);
  }, []);

  useEffect(() => {
    const unregister = registerPendingEdit(commit);
    return () => {
      unregister();
      commit();
    };
  }, [commit]);

  const reset = useCallback(() => setDraft(latest.current.value), [setDraft]);

  return { draft, setDraft, commit, reset };
}
