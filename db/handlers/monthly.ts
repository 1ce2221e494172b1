// monthly.*: 月次報告の遅れ, from the ledger, the agencies list, the agency reports and the assessment answers.
import { answerDay, overdueMonthlyReports } from '../../shared/assessment/monthly-reports';
import type { HandlerContext, HandlersFor } from './context';

export function monthlyHandlers(ctx: HandlerContext): HandlersFor<'monthly'> {
  return {
    'monthly.overdue': () => {
      const store = ctx.store();
      const settings = store.settings.read();
      const answers = store.monthly
        .currentAnswerDays()
        .map((a) => ({ caseNo: a.caseNo, agency: a.agency, day: answerDay(a, settings.timeZone) }));
      return overdueMonthlyReports({
        cases: store.cases.all(),
        agencies: store.agencies.list(),
        reports: [...store.monthly.lastAgencyReports(), ...answers],
        days: settings.monthlyReportDays,
        now: ctx.now(),
        timeZone: settings.timeZone,
      });
    },
  };
}
