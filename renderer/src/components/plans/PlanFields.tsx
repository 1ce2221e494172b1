// The plan editor's small fields: a labelled text (one line or several) and a labelled date, each writing
// null for an emptied field, as the content schema reads blanks.
import { useId } from 'react';
import type { DateRule } from '../../../../shared/ledger/date-rules';
import { DateField } from '../DateField';

interface TextProps {
  label: string;
  value: string | null;
  onChange(value: string | null): void;
  multiline?: boolean;
  /** A hint under the label (e.g. 「ご本人の言葉で」). */
  hint?: string;
  className?: string;
}

export function PlanText({ label, value, onChange, multiline, hint, className }: TextProps) {
  const id = useId();
  const set = (text: string) => onChange(text === '' ? null : text);
  return (
    <div className={`plan-field${multiline ? ' plan-field-wide' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {multiline ? (
        <textarea
          id={id}
          rows={3}
          value={value ?? ''}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onChange={(e) => set(e.target.value)}
        />
      ) : (
        <input id={id} type="text" value={value ?? ''} onChange={(e) => set(e.target.value)} />
      )}
    </div>
  );
}

interface DateProps {
  label: string;
  value: string | null;
  rule: DateRule;
  onChange(value: string | null): void;
  onProblem(message: string | null): void;
}

export function PlanDate({ label, value, rule, onChange, onProblem }: DateProps) {
  const id = useId();
  return (
    <div className="plan-field">
      <label htmlFor={id}>{label}</label>
      <DateField id={id} value={value} rule={rule} onChange={onChange} onProblem={onProblem} />
    </div>
  );
}
