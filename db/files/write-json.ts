import { CASE_FIELD_ORDER, type LedgerCase } from '../../shared/ledger/case';

export const JSON_FORMAT = 'tsunagu-ledger';
export const JSON_VERSION = 1;

/** `cases` already sorted; each object gets exactly the LedgerCase keys, in the canonical order. */
export function writeLedgerJson(cases: readonly LedgerCase[]): Buffer {
  const doc = { format: JSON_FORMAT, version: JSON_VERSION, cases: cases.map(canonicalCase) };
  return Buffer.from(JSON.stringify(doc, null, 2) + '\n', 'utf8');
}

export function canonicalCase(c: LedgerCase): LedgerCase {
  const out: Record<string, unknown> = {};
  for (const key of CASE_FIELD_ORDER) out[key] = c[key];
  // 登録区分 only when set: a case stored before it existed keeps its exact JSON (absent = 要対協登録).
  if (c.registration !== undefined) out.registration = c.registration;
  out.extra = c.extra;
  return out as LedgerCase;
}
