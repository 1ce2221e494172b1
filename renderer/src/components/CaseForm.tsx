// Every field of a case with its Japanese label, in the ledger's field order, then the extra columns.
import { ABUSE_TYPES, CASE_FIELD_ORDER } from '../../../shared/ledger/case';
import { FIELD_LABELS } from '../../../shared/ledger/fields';
import { DATE_RULES, FIELD_KINDS, type CaseFormValues, type FormProblem, type ScalarField } from '../lib/case-form';
import { CaseField } from './CaseField';
import { CheckboxGroup } from './CheckboxGroup';

interface Props {
  caseNo: string;
  values: CaseFormValues;
  problems: FormProblem[];
  onChange(values: CaseFormValues): void;
  /** A date field's text is not a valid date (message) or is again (null). */
  onDateProblem(field: ScalarField, message: string | null): void;
}

export function CaseForm({ caseNo, values, problems, onChange, onDateProblem }: Props) {
  const setScalar = (field: ScalarField, value: string) =>
    onChange({ ...values, scalars: { ...values.scalars, [field]: value } });
  const extraHeaders = Object.keys(values.extra);

  return (
    <div className="case-form">
      {CASE_FIELD_ORDER.map((field) =>
        field === 'caseNo' ? (
          <div key={field} className="case-field">
            <span className="label">{FIELD_LABELS.caseNo}</span>
            <span className="readonly">{caseNo}</span>
          </div>
        ) : field === 'abuseTypes' ? (
          <div key={field} className="case-field wide">
            <CheckboxGroup
              legend={FIELD_LABELS.abuseTypes}
              options={ABUSE_TYPES}
              selected={values.abuseTypes}
              onChange={(abuseTypes) => onChange({ ...values, abuseTypes })}
            />
          </div>
        ) : (
          <CaseField
            key={field}
            label={FIELD_LABELS[field]}
            kind={FIELD_KINDS[field]}
            value={values.scalars[field]}
            problem={problems.find((p) => p.field === field)?.message}
            onChange={(value) => setScalar(field, value)}
            dateRule={DATE_RULES[field]}
            onDateProblem={(message) => onDateProblem(field, message)}
          />
        ),
      )}
      {extraHeaders.length > 0 && (
        <fieldset className="extra-columns wide">
          <legend>その他の列</legend>
          {extraHeaders.map((header) => (
            <CaseField
              key={header}
              label={header}
              kind="text"
              value={values.extra[header] ?? ''}
              onChange={(value) => onChange({ ...values, extra: { ...values.extra, [header]: value } })}
            />
          ))}
        </fieldset>
      )}
    </div>
  );
}
