// アセスメントシートの項目: the council's own items, added, renamed, retired and ordered.
export function SheetItemsEditor() {
  return null;
}
