// A text field that commits on Enter, when it loses focus, and when it goes away or the board is saved
// (useDraftText). Enter while the IME is composing only confirms the conversion (Japanese input) and
// must not commit the half-typed text.
import type { KeyboardEvent } from 'react';
import { useDraftText } from './useDraftText';

interface Props {
  label: string;
  value: string;
  onCommit(value: string): void;
  multiline?: boolean;
}

export function InlineText({ label, value, onCommit, multiline }: Props) {
  const { draft, setDraft, commit, reset } = useDraftText(value, onCommit);
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (e.key === 'Escape') reset();
    // Shift+Enter is a new line in a note.
    if (e.key !== 'Enter' || e.nativeEvent.isComposing || e.keyCode === 229 || (multiline && e.shiftKey)) return;
    e.preventDefault();
    commit();
  };
  const common = {
    value: draft,
    onChange: (e: { target: { value: string } }) => setDraft(e.target.value),
    onBlur: commit,
    onKeyDown,
    'aria-label': label,
  };
  return (
    <label className="board-field">
      <span>{label}</span>
      {multiline ? <textarea rows={3} {...common} /> : <input type="text" {...common} />}
    </label>
  );
}
