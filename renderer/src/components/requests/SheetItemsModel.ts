// The item editor's changes to the sheet, as pure functions over the items array (its order is the sheet's
// order). Nothing here deletes an item: answers are keyed by item id and must keep their item.
import type { AssessmentItem, ItemKind } from '../../../../shared/assessment/sheet';

let counter = 0;
/** A new item's id, made once: base36 time and a counter, so two added in one millisecond still differ. */
export function newItemId(now: number = Date.now()): string {
  counter = (counter + 1) % 1296;
  return `item-${now.toString(36)}-${counter.toString(36)}`;
}

/** Runs of consecutive items of one group, in order: how the sheet (and its workbook's group row) shows them. */
export function groupRuns(items: readonly AssessmentItem[]): { group: string; items: AssessmentItem[] }[] {
  const runs: { group: string; items: AssessmentItem[] }[] = [];
  for (const item of items) {
    const last = runs.at(-1);
    if (last && last.group === item.group) last.items.push(item);
    else runs.push({ group: item.group, items: [item] });
  }
  return runs;
}

/** A new item goes after the last item of its group (so it joins that group), or at the end for a new group. */
export function addItem(
  items: readonly AssessmentItem[],
  input: { group: string; label: string; kind: ItemKind },
  id: string = newItemId(),
): AssessmentItem[] {
  const item: AssessmentItem = {
    id,
    group: input.group.trim(),
    label: input.label.trim(),
    kind: input.kind,
    feeds: null,
    retired: false,
  };
  let at = items.length;
  for (let i = 0; i < items.length; i++) if (items[i]!.group === item.group) at = i + 1;
  return [...items.slice(0, at), item, ...items.slice(at)];
}

export function renameItem(
  items: readonly AssessmentItem[],
  id: string,
  names: { group: string; label: string },
): AssessmentItem[] {
  return items.map((i) => (i.id === id ? { ...i, group: names.group.trim(), label: names.label.trim() } : i));
}

/** Swaps the item with its neighbour (-1 up, +1 down); unchanged at either end. */
export function moveItem(items: readonly AssessmentItem[], id: string, by: -1 | 1): AssessmentItem[] {
  const at = items.findIndex((i) => i.id === id);
  const to = at + by;
  if (at < 0 || to < 0 || to >= items.length) return [...items];
  const next = [...items];
  [next[at], next[to]] = [next[to]!, next[at]!];
  return next;
}

export function setRetired(items: readonly AssessmentItem[], id: string, retired: boolean): AssessmentItem[] {
  return items.map((i) => (i.id === id ? { ...i, retired } : i));
}
