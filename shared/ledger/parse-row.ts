// One cell into one field of a case: dates that must be read or the row is rejected, coded values that warn
// and keep their original text in `extra`, and the case schema's limits as rejection reasons.
import type { ImportWarning, PreviewColumn } from '../contract';
import { caseFieldsSchema, type LedgerCase, type MappedField } from './case';
import { isValidCase } from './case-check';
import { parseDateCell } from './dates';
import { FIELD_LABELS, isDateField } from './fields';
import type { Cell } from './grid';
import {
  normalizeAbuseTypes,
  normalizeClassification,
  normalizeName,
  normalizeRegistration,
  normalizeRisk,
  normalizeSex,
  normalizeStatus,
  splitAgencies,
  type ValueParse,
} from './values';

const NAME_FIELDS = new Set<MappedField>(['name', 'kana', 'guardianName']);

export interface Column extends PreviewColumn {
  /** The `extra` key of this column: its header, numbered when an earlier extra column has the same. */
  extraKey: string;
}

export interface RowContext {
  sheet: string;
  row: number;
  caseNo: string | null;
  warnings: ImportWarning[];
  extra: Record<string, string>;
}

export function warn(ctx: RowContext, message: string): void {
  ctx.warnings.push({ sheet: ctx.sheet, row: ctx.row, caseNo: ctx.caseNo, message });
}

/** Keeps an original text under its header without overwriting an extra column of the same name. */
export function keepOriginal(ctx: RowContext, header: string, text: string): string {
  let key = header;
  for (let n = 2; key in ctx.extra; n++) key = `${header}（${n}）`;
  ctx.extra[key] = text;
  return key;
}

function coded<T>(ctx: RowContext, column: Column, parsed: ValueParse<T>, instead = '空欄'): T | null {
  if (parsed.kind === 'ok') return parsed.value;
  if (parsed.kind === 'unknown') {
    const key = keepOriginal(ctx, column.header, parsed.text);
    const label = FIELD_LABELS[column.target as MappedField];
    warn(
      ctx,
      `「${column.header}」の値「${parsed.text}」は${label}として読み取れないため、${label}は${instead}にし、元の値を「${key}」に残しました`,
    );
  }
  return null;
}

/** Sets one field from a cell; returns a rejection reason for an unreadable date. */
export function applyField(
  ctx: RowContext,
  c: LedgerCase,
  field: MappedField,
  column: Column,
  cell: Cell,
  text: string,
): string | null {
  if (isDateField(field)) {
    const parsed = parseDateCell(cell, { allowMonth: field === 'nextReview' });
    if (parsed.kind === 'invalid') return `「${column.header}」の日付を読めません: 「${parsed.text}」`;
    c[field] = parsed.kind === 'empty' ? null : parsed.iso;
    return null;
  }
  switch (field) {
    case 'caseNo':
      return null;
    case 'classification':
      c.classification = coded(ctx, column, normalizeClassification(text));
      return null;
    case 'registration': {
      // Only センター支援 is written into the case: 要対協登録, an empty cell and an unreadable one (kept in extra)
      // leave the field absent, which means 要対協登録. An exported ledger (every row spelled out) so imports
      // back to exactly the cases it came from.
      const registration = coded(ctx, column, normalizeRegistration(text), '「要対協登録」');
      if (registration === 'センター支援') c.registration = registration;
      else delete c.registration;
      return null;
    }
    case 'riskLevel':
      c.riskLevel = coded(ctx, column, normalizeRisk(text));
      return null;
    case 'sex':
      c.sex = coded(ctx, column, normalizeSex(text));
      return null;
    case 'status':
      c.status = coded(ctx, column, normalizeStatus(text), '「継続」') ?? 'active';
      return null;
    case 'abuseTypes': {
      const { types, unknown } = normalizeAbuseTypes(text);
      c.abuseTypes = types;
      if (unknown.length > 0 && text !== null) {
        const key = keepOriginal(ctx, column.header, text);
        warn(
          ctx,
          `「${column.header}」の「${unknown.join('・')}」は虐待の種類として読み取れないため、元の値を「${key}」に残しました`,
        );
      }
      return null;
    }
    case 'agencies':
      c.agencies = splitAgencies(text);
      return null;
    default:
      c[field] = NAME_FIELDS.has(field) ? normalizeName(text) : text;
      return null;
  }
}

export function schemaProblems(c: LedgerCase): string[] {
  if (isValidCase(c)) return [];
  const result = caseFieldsSchema.safeParse(c);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const key = issue.path[0];
    const label = typeof key === 'string' && key in FIELD_LABELS ? FIELD_LABELS[key as MappedField] : String(key ?? '');
    const where = key === 'extra' ? `「${String(issue.path[1] ?? '')}」` : `「${label}」`;
    return issue.code === 'too_big' ? `${where}が長すぎます` : `${where}の値が正しくありません`;
  });
}
