// Natural order for 登録番号: S-2 before S-10. Ties the collator sees as equal (e.g. width variants)
// fall back to code points, so the order is total and stable.
const collator = new Intl.Collator('ja', { numeric: true, sensitivity: 'variant' });

export function compareCaseNo(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
