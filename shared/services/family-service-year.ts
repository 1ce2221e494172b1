// The year's figures of the 家庭支援事業 records: per service, how many 利用勧奨 (口頭 / 文書 / 方法未記入), 措置
// and moves back to the family's own application were recorded with a day in the fiscal year. Counted as steps
// (延べ件数): a family recommended twice in the year counts twice, as each recommendation is a piece of work.
// Aggregate only: no 登録番号 leaves this function.
import { fiscalYearRange } from '../stats/fiscal-year';
import { serviceChoices, type StepKind } from './family-service';

/** One step as the figures need it. */
export interface ServiceStepFact {
  service: string;
  kind: StepKind;
  date: string;
  method: '口頭' | '文書' | null;
}

export interface ServiceYearRow {
  service: string;
  recommendedOral: number;
  recommendedWritten: number;
  /** 利用勧奨 whose method was not recorded (made by a meeting's decision and not completed). */
  recommendedUnknown: number;
  measures: number;
  toApplication: number;
}

/** Every service of the law (also when zero, so two years line up), then the council's own that have counts. */
export function serviceYearRows(
  facts: readonly ServiceStepFact[],
  fiscalYear: number,
  ownServices: readonly string[] = [],
): ServiceYearRow[] {
  const { from, to } = fiscalYearRange(fiscalYear);
  const rows = new Map<string, ServiceYearRow>();
  const row = (service: string) => {
    let r = rows.get(service);
    if (!r) {
      r = { service, recommendedOral: 0, recommendedWritten: 0, recommendedUnknown: 0, measures: 0, toApplication: 0 };
      rows.set(service, r);
    }
    return r;
  };
  const choices = serviceChoices(ownServices);
  for (const s of choices.slice(0, 6)) row(s);
  for (const f of facts) {
    if (f.date < from || f.date > to) continue;
    const r = row(f.service);
    if (f.kind === 'recommendation') {
      if (f.method === '口頭') r.recommendedOral++;
      else if (f.method === '文書') r.recommendedWritten++;
      else r.recommendedUnknown++;
    } else if (f.kind === 'measure') r.measures++;
    else if (f.kind === 'toApplication') r.toApplication++;
  }
  const order = (service: string) => {
    const i = choices.indexOf(service);
    return i < 0 ? choices.length : i;
  };
  return [...rows.values()].sort((a, b) => order(a.service) - order(b.service) || a.service.localeCompare(b.service));
}
