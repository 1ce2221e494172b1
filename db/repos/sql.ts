// Small helpers the meeting repositories share.
const collator = new Intl.Collator('ja', { numeric: true });

export function compareJa(a: string, b: string): number {
  return collator.compare(a, b);
}

export function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
