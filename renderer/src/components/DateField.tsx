// The one date input of the app (ledger, decisions, reports, meetings). People type dates the way the
// ledger holds them — 2025/4/1, R7.4.1, 令和7年4月1日, Ｒ７．４．１, or a month such as R9.3 where the field
// allows one — so it is a text field read with the ledger's date reader, not <input type="date"> (which
// turned R7.13.1 into 0001-07-13). A value is passed on only when it is a real, plausible date for the
// field (the same rules the backend applies); otherwise the field says why, and tells the form through
// onProblem so the form never reports itself saved while a date is wrong.
import { useEffect, useId, useRef, useState } from 'react';
import { readDateText, type DateRule } from '../../../shared/ledger/date-rules';
import { formatDate } from '../../../shared/ledger/dates';
import { useDateStyle, type DateStyle } from '../lib/date-style';

interface Props {
  value: string | null;
  rule: DateRule;
  onChange(iso: string | null): void;
  /** The Japanese reason while the text is not a valid date, null once it is (and when the field goes away). */
  onProblem?(message: string | null): void;
  id?: string;
  /** For a field without a visible <label>. */
  label?: string;
  required?: boolean;
  /** Shown and read out after the field's own error, e.g. the case form's server message. */
  describedBy?: string;
}

const PLACEHOLDERS: Record<DateStyle, { day: string; month: string }> = {
  wareki: { day: 'R7.4.1 / 令和7年4月1日', month: 'R7.12 / R7.12.1' },
  seireki: { day: '2025/4/1', month: '2025/12 / 2025/12/1' },
};

/** What the field shows for a stored value, and the problem with it if a bad value is already stored. */
function shown(value: string | null, rule: DateRule, style: DateStyle): { text: string; problem: string | null } {
  if (value === null) return { text: '', problem: null };
  const reading = readDateText(value, rule);
  // A bad date already in the database is shown as stored, never shifted, with the reason.
  if (!reading.ok) return { text: value, problem: `保存されている日付が正しくありません: ${reading.message}` };
  return { text: formatDate(reading.iso, style), problem: null };
}

export function DateField({ value, rule, onChange, onProblem, id, label, required, describedBy }: Props) {
  const style = useDateStyle();
  const ownId = useId();
  const inputId = id ?? ownId;
  const [text, setText] = useState(() => shown(value, rule, style).text);
  const [problem, setProblem] = useState(() => shown(value, rule, style).problem);
  // The last value this field passed on: a different value coming back in was set from outside (+3か月,
  // a reload) and replaces what is typed; our own value coming back leaves the typing alone.
  const emitted = useRef(value);

  useEffect(() => {
    if (value === emitted.current) return;
    emitted.current = value;
    const next = shown(value, rule, style);
    setText(next.text);
    setProblem(next.problem);
  }, [value, rule, style]);

  // The 和暦/西暦 setting changed: a valid date is shown again in the new style.
  useEffect(() => {
    setText((current) => {
      const reading = readDateText(current, rule);
      return reading.ok && reading.iso !== null ? formatDate(reading.iso, style) : current;
    });
  }, [style, rule]);

  const report = useRef(onProblem);
  report.current = onProblem;
  useEffect(() => report.current?.(problem), [problem]);
  useEffect(() => () => report.current?.(null), []);

  const read = (typed: string) => {
    const reading = readDateText(typed, rule);
    if (!reading.ok) return { iso: null, problem: reading.message };
    if (reading.iso === null && required) return { iso: null, problem: '日付を入力してください' };
    return { iso: reading.iso, problem: null };
  };

  const type = (typed: string) => {
    setText(typed);
    const r = read(typed);
    setProblem(r.problem);
    if (r.problem === null && r.iso !== emitted.current) {
      emitted.current = r.iso;
      onChange(r.iso);
    }
  };

  // Once the person leaves the field, a valid date is shown in their 和暦/西暦 style. Nothing appears or
  // disappears under the field on leaving it: that moved the button being clicked away from the pointer.
  const settle = () => {
    const r = read(text);
    if (r.problem === null && r.iso !== null) setText(formatDate(r.iso, style));
  };

  const errorId = `${inputId}-error`;
  const placeholders = PLACEHOLDERS[style];
  return (
    <span className="date-field">
      <input
        id={inputId}
        type="text"
        value={text}
        aria-label={label}
        aria-invalid={problem !== null}
        aria-describedby={[problem !== null ? errorId : null, describedBy].filter(Boolean).join(' ') || undefined}
        aria-required={required || undefined}
        placeholder={rule === 'dayOrMonth' ? placeholders.month : placeholders.day}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => type(e.target.value)}
        onBlur={settle}
      />
      {problem !== null && (
        <span id={errorId} className="field-error">
          {problem}
        </span>
      )}
    </span>
  );
}
