// History rows store serialized values (diffCases: enum keys, ISO dates, arrays joined with 、);
// this reads them back the way the rest of the screen shows them.
import type { CaseStatus, Sex } from '../../../shared/ledger/case';
import { formatDate } from '../../../shared/ledger/dates';
import { DATE_FIELDS, SEX_LABELS, STATUS_LABELS } from '../../../shared/ledger/fields';
import type { DateStyle } from './date-style';

const EMPTY = '（空）';

export function historyValue(field: string, value: string | null, dateStyle: DateStyle): string {
  if (value === null || value === '') return EMPTY;
  if (field === 'sex' && Object.hasOwn(SEX_LABELS, value)) return SEX_LABELS[value as Sex];
  if (field === 'status' && Object.hasOwn(STATUS_LABELS, value)) return STATUS_LABELS[value as CaseStatus];
  if ((DATE_FIELDS as readonly string[]).includes(field)) return formatDate(value, dateStyle);
  return value;
}
