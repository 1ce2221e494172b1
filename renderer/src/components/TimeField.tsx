// The app's clock-time input (開始時刻). A text field read the Japanese way (shared/time/time-text.ts), not
// <input type="time">, whose face follows the browser's language (02:00 PM in an English browser). It works
// like DateField: a value is passed on only when it is a time, otherwise the field says why and tells the
// form through onProblem, so the form is not saved with a wrong time.
import { useEffect, useId, useRef, useState } from 'react';
import { readTimeText } from '../../../shared/time/time-text';

interface Props {
  value: string | null;
  onChange(value: string | null): void;
  onProblem?(message: string | null): void;
  id?: string;
  required?: boolean;
}

export function TimeField({ value, onChange, onProblem, id, required }: Props) {
  const ownId = useId();
  const inputId = id ?? ownId;
  const [text, setText] = useState(value ?? '');
  const [problem, setProblem] = useState<string | null>(null);

  const report = useRef(onProblem);
  report.current = onProblem;
  useEffect(() => report.current?.(problem), [problem]);
  useEffect(() => () => report.current?.(null), []);

  const read = (typed: string): { value: string | null; problem: string | null } => {
    const reading = readTimeText(typed);
    if (!reading.ok) return { value: null, problem: reading.message };
    if (reading.value === null && required) return { value: null, problem: '時刻を入力してください' };
    return { value: reading.value, problem: null };
  };

  const type = (typed: string) => {
    setText(typed);
    const r = read(typed);
    setProblem(r.problem);
    if (r.problem === null && r.value !== value) onChange(r.value);
  };

  const errorId = `${inputId}-error`;
  return (
    <span className="date-field">
      <input
        id={inputId}
        type="text"
        inputMode="numeric"
        value={text}
        aria-invalid={problem !== null}
        aria-describedby={problem !== null ? errorId : undefined}
        aria-required={required || undefined}
        placeholder="14:00"
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => type(e.target.value)}
        // Shown as stored (24-hour HH:MM) once the person leaves the field.
        onBlur={() => {
          const r = read(text);
          if (r.problem === null && r.value !== null) setText(r.value);
        }}
      />
      {problem !== null && (
        <span id={errorId} className="field-error">
          {problem}
        </span>
      )}
    </span>
  );
}
