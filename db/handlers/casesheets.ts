// casesheets.*: the merged sheet per case and its 聞き取り (db/services/casesheets.ts over
// shared/assessment/merge.ts). A refused 聞き取り answers 'invalid_input' with its Japanese reason.
import { AppError } from '../../shared/contract';
import { caseSheet, caseSheetList, CaseSheetRuleError, setHearing } from '../services/casesheets';
import type { HandlerContext, HandlersFor } from './context';

function ruled<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof CaseSheetRuleError) throw new AppError('invalid_input', err.message);
    throw err;
  }
}

export function casesheetsHandlers(ctx: HandlerContext): HandlersFor<'casesheets'> {
  return {
    'casesheets.forMeeting': ({ meetingId, masked }) => ({ cases: caseSheetList(ctx.store(), meetingId, masked) }),
    'casesheets.forCase': ({ meetingId, caseNo, masked }) =>
      ruled(() => caseSheet(ctx.store(), meetingId, caseNo, masked)),
    'casesheets.setHearing': (input) =>
      ctx.tx((store) =>
        ruled(() => {
          const { hearing, meetingId } = setHearing(store, input, ctx.at(), store.settings.read().operatorName);
          ctx.emit({ name: 'assessments.changed', payload: { meetingId } });
          return hearing;
        }),
      ),
  };
}
