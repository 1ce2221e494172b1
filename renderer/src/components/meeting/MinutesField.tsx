// The minutes of a 協議 card. Out of the Tab order like the card's other controls: Enter on the card
// focuses it, Esc goes back to the card (AgendaCard).
import { useState, type Ref } from 'react';

/** Minutes for a 協議 case, saved when the field is left or Enter is pressed; empty = the default. */
export function MinutesField({
  ref,
  caseNo,
  value,
  fallback,
  onSave,
}: {
  ref?: Ref<HTMLInputElement>;
  caseNo: string;
  value: number | null;
  fallback: number;
  onSave(minutes: number | null): void;
}) {
  const [text, setText] = useState(value === null ? '' : String(value));
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    setText(value === null ? '' : String(value));
  }
  const commit = () => {
    const trimmed = text.trim();
    const minutes = trimmed === '' ? null : Number(trimmed);
    if (minutes !== null && !(Number.isInteger(minutes) && minutes >= 1 && minutes <= 120)) {
      setText(value === null ? '' : String(value));
      return;
    }
    if (minutes !== value) onSave(minutes);
  };
  return (
    <label className="minutes-field">
      時間（分）
      <input
        ref={ref}
        type="number"
        tabIndex={-1}
        min={1}
        max={120}
        aria-label={`${caseNo} の時間（分）`}
        placeholder={String(fallback)}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
    </label>
  );
}
