// One labelled input of the case panel; the control depends on what the field holds.
import { useId } from 'react';
import { CLASSIFICATIONS, REGISTRATIONS, RISK_LEVELS, SEXES, STATUSES } from '../../../shared/ledger/case';
import type { DateRule } from '../../../shared/ledger/date-rules';
import type { FieldKind } from '../lib/case-form';
import { DateField } from './DateField';
import { SEX_LABELS, STATUS_LABELS } from '../../../shared/ledger/fields';

interface Props {
  label: string;
  kind: FieldKind;
  value: string;
  problem?: string;
  onChange(value: string): void;
  /** For date fields: the rule, and where to report that the typed text is not a valid date. */
  dateRule?: DateRule;
  onDateProblem?(message: string | null): void;
}

const HINTS: Partial<Record<FieldKind, string>> = {
  agencies: '複数のときは「、」で区切ります。',
  date: '2025/4/1、R7.4.1、令和7年4月1日 のどれでも入力できます。',
  dateOrMonth: '年月（R7.12、2025/12）または日付（R7.12.1、2025/12/1）。',
};

export function CaseField({ label, kind, value, problem, onChange, dateRule, onDateProblem }: Props) {
  const id = useId();
  const hint = HINTS[kind];
  const describedBy = [hint && `${id}-hint`, problem && `${id}-problem`].filter(Boolean).join(' ') || undefined;
  const common = { id, 'aria-describedby': describedBy, 'aria-invalid': problem ? true : undefined };

  return (
    <div className={`case-field${kind === 'longText' ? ' wide' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {kind === 'longText' ? (
        <textarea {...common} rows={3} value={value} onChange={(e) => onChange(e.target.value)} />
      ) : kind === 'date' || kind === 'dateOrMonth' ? (
        <DateField
          id={id}
          value={value === '' ? null : value}
          rule={dateRule ?? (kind === 'date' ? 'day' : 'dayOrMonth')}
          describedBy={describedBy}
          onChange={(iso) => onChange(iso ?? '')}
          onProblem={onDateProblem}
        />
      ) : isChoice(kind) ? (
        <select {...common} value={value} onChange={(e) => onChange(e.target.value)}>
          {options(kind).map(([optionValue, optionLabel]) => (
            <option key={optionValue} value={optionValue}>
              {optionLabel}
            </option>
          ))}
        </select>
      ) : (
        <input {...common} type="text" value={value} onChange={(e) => onChange(e.target.value)} />
      )}
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {problem && (
        <p id={`${id}-problem`} className="error">
          {problem}
        </p>
      )}
    </div>
  );
}

type ChoiceKind = 'classification' | 'registration' | 'risk' | 'sex' | 'status';

function isChoice(kind: FieldKind): kind is ChoiceKind {
  return kind === 'classification' || kind === 'registration' || kind === 'risk' || kind === 'sex' || kind === 'status';
}

function options(kind: ChoiceKind): [string, string][] {
  const unset: [string, string] = ['', '（未設定）'];
  switch (kind) {
    case 'classification':
      return [unset, ...CLASSIFICATIONS.map((c): [string, string] => [c, c])];
    case 'risk':
      return [unset, ...RISK_LEVELS.map((r): [string, string] => [r, r])];
    case 'sex':
      return [unset, ...SEXES.map((s): [string, string] => [s, SEX_LABELS[s]])];
    case 'registration':
      // No （未設定）: a case is always one or the other (absent reads as 要対協登録).
      return REGISTRATIONS.map((r): [string, string] => [r, r]);
    case 'status':
      return STATUSES.map((s): [string, string] => [s, STATUS_LABELS[s]]);
  }
}
