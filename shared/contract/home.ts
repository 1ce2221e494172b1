// home.*: the first screen after unlocking — where things stand (shared/home/summary.ts).
import { z } from 'zod';
import type { HomeSummary } from '../home/summary';
import { method, result } from './method';

export const homeMethods = {
  /** Reviews due and overdue, open cases by 重症度 and 種別, upcoming meetings and what they lack, recent changes. */
  'home.summary': method(z.object({}).strict(), result<HomeSummary>()),
} as const;
