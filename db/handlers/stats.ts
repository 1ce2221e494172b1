// stats.*: the year's figures, read-only (the whole computation is db/services/stats.ts over shared/stats/).
import { yearComparison } from '../services/stats';
import type { HandlerContext, HandlersFor } from './context';

export function statsHandlers(ctx: HandlerContext): HandlersFor<'stats'> {
  return {
    'stats.year': ({ fiscalYear }) => yearComparison(ctx.store(), fiscalYear),
  };
}
