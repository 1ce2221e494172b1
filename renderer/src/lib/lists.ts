// Lists typed into one text field, the way ledgers write them: separated by 、 (or a comma).
export function splitList(text: string): string[] {
  return text
    .split(/[、,，\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function joinList(items: readonly string[]): string {
  return items.join('、');
}

/** A whole number from a text field, or null when empty or not a number. */
export function intOrNull(text: string): number | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const n = Number(trimmed.normalize('NFKC'));
  return Number.isInteger(n) ? n : null;
}

export function textOrNull(text: string): string | null {
  const trimmed = text.trim();
  return trimmed ? trimmed : null;
}
