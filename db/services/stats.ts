// The year's figures from the database: the rows are read in a few bulk statements (StatsRepo) and handed to
// the one pure function (shared/stats/fiscal-year.ts) the CLI, the screens and the documents share.
import { serviceYearRows } from '../../shared/services/family-service-year';
import { fiscalYearFigures, fiscalYearRange } from '../../shared/stats/fiscal-year';
import type { ServiceYearRow } from '../../shared/services/family-service-year';
import type { StatsInput } from '../../shared/stats/inputs';
import type { YearComparison, YearFigures } from '../../shared/stats/types';
import type { Store } from '../repos/store';

/** Everything the figures of the years `first` … `last` are computed from, read once. */
function readInputs(store: Store, first: number, last: number): Omit<StatsInput, 'fiscalYear'> {
  const from = fiscalYearRange(first).from;
  const to = fiscalYearRange(last).to;
  return {
    timeZone: store.settings.read().timeZone,
    cases: store.stats.cases(),
    changes: store.stats.changes(),
    meetings: store.stats.meetings(from, to),
    decisions: store.stats.decisions(from, to),
  };
}

/** The 家庭支援事業 records' counts of the years `first` … `last`, each year's from one read of the steps. */
function serviceRecords(store: Store, first: number, last: number): (fiscalYear: number) => ServiceYearRow[] {
  const facts = store.familyServices.stepFacts(fiscalYearRange(first).from, fiscalYearRange(last).to);
  const own = store.settings.read().ownServices;
  return (fiscalYear) => serviceYearRows(facts, fiscalYear, own);
}

/** One fiscal year's figures (2024 = 2024-04-01 … 2025-03-31). */
export function yearFigures(store: Store, fiscalYear: number): YearFigures {
  const records = serviceRecords(store, fiscalYear, fiscalYear);
  return {
    ...fiscalYearFigures({ fiscalYear, ...readInputs(store, fiscalYear, fiscalYear) }),
    familyServiceRecords: records(fiscalYear),
  };
}

/** A fiscal year and the one before it, from one read of the rows. */
export function yearComparison(store: Store, fiscalYear: number): YearComparison {
  const inputs = readInputs(store, fiscalYear - 1, fiscalYear);
  const records = serviceRecords(store, fiscalYear - 1, fiscalYear);
  return {
    current: { ...fiscalYearFigures({ fiscalYear, ...inputs }), familyServiceRecords: records(fiscalYear) },
    previous: {
      ...fiscalYearFigures({ fiscalYear: fiscalYear - 1, ...inputs }),
      familyServiceRecords: records(fiscalYear - 1),
    },
  };
}
