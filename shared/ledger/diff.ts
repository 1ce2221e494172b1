// Field-by-field changes between two versions of a case: what history rows record.
import { CASE_FIELD_ORDER, type LedgerCase } from './case';

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

/** Changed fields in CASE_FIELD_ORDER, then changed extra columns (before's order, then new ones). */
export function diffCases(before: LedgerCase, after: LedgerCase): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of CASE_FIELD_ORDER) {
    const oldValue = serializeFieldValue(before[field]);
    const newValue = serializeFieldValue(after[field]);
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
