// The wizard's column choices: what each select offers, and the override sent back to importPreview.
import type { ColumnTarget, MappingOverride, PreviewColumn } from '../../../shared/contract';
import { CASE_FIELD_ORDER } from '../../../shared/ledger/case';
import { FIELD_LABELS } from '../../../shared/ledger/fields';

export const TARGET_OPTIONS: { value: ColumnTarget; label: string }[] = [
  ...CASE_FIELD_ORDER.map((field) => ({ value: field, label: FIELD_LABELS[field] })),
  { value: 'extra', label: 'その他の列として保持' },
  { value: 'ignore', label: '取り込まない' },
];

export function targetLabel(target: ColumnTarget): string {
  return TARGET_OPTIONS.find((o) => o.value === target)?.label ?? target;
}

/** A new override with one column's choice; choosing what the headers suggested removes the override. */
export function setColumnTarget(
  mapping: MappingOverride,
  sheet: string,
  column: PreviewColumn,
  target: ColumnTarget,
): MappingOverride {
  const sheetMap = { ...(mapping[sheet] ?? {}) };
  if (target === column.suggested) delete sheetMap[String(column.index)];
  else sheetMap[String(column.index)] = target;
  const next = { ...mapping };
  if (Object.keys(sheetMap).length) next[sheet] = sheetMap;
  else delete next[sheet];
  return next;
}

/** Field labels that more than one column of a sheet is mapped to (only one value can win). */
export function duplicateTargets(columns: readonly PreviewColumn[]): string[] {
  const seen = new Map<ColumnTarget, number>();
  for (const c of columns)
    if (c.target !== 'extra' && c.target !== 'ignore') seen.set(c.target, (seen.get(c.target) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([target]) => targetLabel(target));
}

/** 0 → A, 25 → Z, 26 → AA: how the column is called in Excel. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
