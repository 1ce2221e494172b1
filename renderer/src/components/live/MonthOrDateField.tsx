// A date that may be a month (次回確認時期 is usually "2025-09"): typed text, passed on only once it is a
// whole month or day, so a half-typed value never reaches the saved draft.
import { useEffect, useState } from 'react';

const MONTH_OR_DAY = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;

interface Props {
  id: string;
  value: string | null;
  onChange(value: string | null): void;
  label?: string;
}

export function MonthOrDateField({ id, value, onChange, label }: Props) {
  const [text, setText] = useState(value ?? '');
  useEffect(() => setText(value ?? ''), [value]);
  const valid = text === '' || MONTH_OR_DAY.test(text);
  return (
    <span className="month-or-date">
      <input
        id={id}
        value={text}
        placeholder="2025-09 / 2025-09-15"
        inputMode="numeric"
        aria-invalid={!valid}
        aria-label={label}
        onChange={(e) => {
          const next = e.target.value.trim();
          setText(e.target.value);
          if (next === '' || MONTH_OR_DAY.test(next)) onChange(next === '' ? null : next);
        }}
      />
      {!valid && <span className="field-error">年-月（2025-09）または年-月-日で入力してください</span>}
    </span>
  );
}
