// monthly.*: 月次報告の遅れ — the children whose school or nursery has not reported within the set days
// (shared/assessment/monthly-reports.ts).
import { z } from 'zod';
import type { OverdueList } from '../assessment/monthly-reports';
import { method, result } from './method';

export const monthlyMethods = {
  /** The overdue monthly reports, the longest wait first, with how many children are watched. */
  'monthly.overdue': method(z.object({}).strict(), result<OverdueList>()),
} as const;
