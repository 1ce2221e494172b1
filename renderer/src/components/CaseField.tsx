// One labelled input of the case panel; the control depends on what the field holds.
import { useId } from 'react';
import { CLASSIFICATIONS, RISK_LEVELS, SEXES, STATUSES } from '../../../shared/ledger/case';
import type { FieldKind } from '../lib/case-form';
import { SEX_LABELS, STATUS_LABELS } from '../../../shared/ledger/fields';

interface Props {
  label: string;
  kind: FieldKind;
  value: string;
  problem?: string;
  onChange(value: string): void;
}

const HINTS: Partial<Record<FieldKind, string>> = {
  agencies: '複数のときは「、」で区切ります。',
  dateOrMonth: '年月（2025-12、R7.12）または日付（2025-12-01）。',
};

export function CaseField({ label, kind, value, problem, onChange }: Props) {
  const id = useId();
  const hint = HINTS[kind];
  const describedBy = [hint && `${id}-hint`, problem && `${id}-problem`].filter(Boolean).join(' ') || undefined;
  const common = { id, 'aria-describedby': describedBy, 'aria-invalid': problem ? true : undefined };

  return (
    <div className={`case-field${kind === 'longText' ? ' wide' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {kind === 'longText' ? (
        <textarea {...common} rows={3} value={value} onChange={(e) => onChange(e.target.value)} />
      ) : kind === 'date' ? (
        <input {...common} type="date" value={value} onChange={(e) => onChange(e.target.value)} />
      ) : kind === 'classification' || kind === 'risk' || kind === 'sex' || kind === 'status' ? (
        <select {...common} value={value} onChange={(e) => onChange(e.target.value)}>
          {options(kind).map(([optionValue, optionLabel]) => (
            <option key={optionValue} value={optionValue}>{optionLabel}</option>
          ))}
        </select>
      ) : (
        <input {...common} type="text" value={value} onChange={(e) => onChange(e.target.value)} />
      )}
      {hint && <p id={`${id}-hint`} className="hint">{hint}</p>}
      {problem && <p id={`${id}-problem`} className="error">{problem}</p>}
    </div>
  );
}

function options(kind: 'classification' | 'risk' | 'sex' | 'status'): [string, string][] {
  const unset: [string, string] = ['', '（未設定）'];
  switch (kind) {
    case 'classification':
      return [unset, ...CLASSIFICATIONS.map((c): [string, string] => [c, c])];
    case 'risk':
      return [unset, ...RISK_LEVELS.map((r): [string, string] => [r, r])];
    case 'sex':
      return [unset, ...SEXES.map((s): [string, string] => [s, SEX_LABELS[s]])];
    case 'status':
      return STATUSES.map((s): [string, string] => [s, STATUS_LABELS[s]]);
  }
}
