// Field-by-field changes between two versions of a case: what history rows record.
import { CASE_FIELD_ORDER, registrationOf, type LedgerCase, type MappedField } from './case';

export interface FieldChange {
  /** A field key, or `extra:<header>`. */
  field: string;
  oldValue: string | null;
  newValue: string | null;
}

/** A field value as history stores it: arrays joined with '、' (empty → null), null stays null. */
export function serializeFieldValue(value: string | readonly string[] | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  return value.length === 0 ? null : value.join('、');
}

/**
 * A field as diffs compare it. 登録区分 is compared as what it means: a case without the field IS a 要対協
 * registration, so absent → 要対協登録 is no change, and a change from absent is recorded from 要対協登録.
 */
function comparedValue(c: LedgerCase, field: MappedField): string | null {
  return serializeFieldValue(field === 'registration' ? registrationOf(c) : c[field]);
}

/** Changed fields in CASE_FIELD_ORDER, then changed extra columns (before's order, then new ones). */
export function diffCases(before: LedgerCase, after: LedgerCase): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of CASE_FIELD_ORDER) {
    const oldValue = comparedValue(before, field);
    const newValue = comparedValue(after, field);
    if (oldValue !== newValue) changes.push({ field, oldValue, newValue });
  }
  const headers = new Set([...Object.keys(before.extra), ...Object.keys(after.extra)]);
  for (const header of headers) {
    const oldValue = before.extra[header] ?? null;
    const newValue = after.extra[header] ?? null;
    if (oldValue !== newValue) changes.push({ field: `extra:${header}`, oldValue, newValue });
  }
  return changes;
}
