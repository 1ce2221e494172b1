// stats.*: the year's figures (the whole computation is db/services/stats.ts over shared/stats/) and their
// files. The files are written in the file worker (charts drawn to PNG, the password applied), as the minutes.
import { yearComparison } from '../services/stats';
import { runJob } from '../workers/run-in-worker';
import type { HandlerContext, HandlersFor } from './context';

export function statsHandlers(ctx: HandlerContext): HandlersFor<'stats'> {
  return {
    'stats.year': ({ fiscalYear }) => yearComparison(ctx.store(), fiscalYear),
    'stats.export': ({ fiscalYear, format, hideSmallCounts, filePassword }) => {
      const store = ctx.store();
      const comparison = yearComparison(store, fiscalYear);
      const threshold = hideSmallCounts ? store.settings.read().smallCountThreshold : null;
      return runJob('writeDocument', {
        document: { kind: 'stats', comparison, format, threshold, now: ctx.now() },
        filePassword,
      });
    },
  };
}
