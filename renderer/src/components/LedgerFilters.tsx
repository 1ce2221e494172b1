import { useId } from 'react';
import {
  CLASSIFICATIONS,
  REGISTRATIONS,
  RISK_LEVELS,
  STATUSES,
  type CaseStatus,
  type Classification,
  type Registration,
  type RiskLevel,
} from '../../../shared/ledger/case';
import { CheckboxGroup } from './CheckboxGroup';
import { DateField } from './DateField';
import { STATUS_LABELS } from '../../../shared/ledger/fields';

export interface FilterState {
  classification: Classification[];
  registration: Registration[];
  riskLevel: RiskLevel[];
  status: CaseStatus[];
  /** '' = every agency. */
  leadAgency: string;
  /** '' = no due-date filter. */
  reviewDueBy: string;
}

export const NO_FILTERS: FilterState = {
  classification: [],
  registration: [],
  riskLevel: [],
  status: [],
  leadAgency: '',
  reviewDueBy: '',
};

interface Props {
  filters: FilterState;
  agencies: readonly string[];
  onChange(filters: FilterState): void;
}

export function LedgerFilters({ filters, agencies, onChange }: Props) {
  const id = useId();
  const set = <K extends keyof FilterState>(key: K, value: FilterState[K]) => onChange({ ...filters, [key]: value });
  const active =
    filters.classification.length + filters.registration.length + filters.riskLevel.length + filters.status.length >
      0 ||
    filters.leadAgency !== '' ||
    filters.reviewDueBy !== '';

  return (
    <div className="filters" role="group" aria-label="絞り込み">
      <CheckboxGroup
        legend="種別"
        options={CLASSIFICATIONS}
        selected={filters.classification}
        onChange={(v) => set('classification', v)}
      />
      <CheckboxGroup
        legend="登録区分"
        options={REGISTRATIONS}
        selected={filters.registration}
        onChange={(v) => set('registration', v)}
      />
      <CheckboxGroup
        legend="重症度"
        options={RISK_LEVELS}
        selected={filters.riskLevel}
        onChange={(v) => set('riskLevel', v)}
      />
      <div className="field-inline">
        <label htmlFor={`${id}-agency`}>主担当機関</label>
        <select id={`${id}-agency`} value={filters.leadAgency} onChange={(e) => set('leadAgency', e.target.value)}>
          <option value="">すべて</option>
          {agencies.map((agency) => (
            <option key={agency} value={agency}>
              {agency}
            </option>
          ))}
        </select>
      </div>
      <CheckboxGroup
        legend="状態"
        options={STATUSES}
        labels={STATUS_LABELS}
        selected={filters.status}
        onChange={(v) => set('status', v)}
      />
      <div className="field-inline">
        <label htmlFor={`${id}-due`}>次回確認がこの日まで</label>
        <DateField
          id={`${id}-due`}
          rule="day"
          value={filters.reviewDueBy || null}
          onChange={(iso) => set('reviewDueBy', iso ?? '')}
        />
      </div>
      <button type="button" className="link" onClick={() => onChange(NO_FILTERS)} disabled={!active}>
        絞り込みを解除
      </button>
    </div>
  );
}
