// The plan's support rows from the case's 家庭支援事業 records: each service the family is being offered or uses
// (not 終了) becomes a row — the service and its provider — unless a row already names it. Only those two words
// go to the plan: how it came about (勧奨, 措置) is the centre's record, not the family's plan.
import type { SupportRow } from './support-plan';

export interface ServiceForPlan {
  service: string;
  provider: string | null;
  status: string | null;
}

export function supportRowsFromServices(
  records: readonly ServiceForPlan[],
  existing: readonly Pick<SupportRow, 'service'>[],
): SupportRow[] {
  const named = new Set(existing.map((r) => r.service.trim()));
  const rows: SupportRow[] = [];
  for (const r of records) {
    if (r.status === '終了' || named.has(r.service)) continue;
    named.add(r.service);
    rows.push({ service: r.service, who: r.provider, role: null, monitoring: null, progress: null });
  }
  return rows;
}
