// The year's figures as the tables every output shows (the charts, the XLSX sheets, the DOCX 報告資料, later the
// screen): one table per breakdown, its rows in a fixed order (the ledger's own order of 種別, 重症度, 会議の種類 and
// 家庭支援事業; reasons by count) with this year's and the previous year's count side by side. Each count is a
// cell with an id, and the groups of cells that add up to a total are listed, so small-counts.ts can hide small
// counts without a total giving them back.
import { ABUSE_TYPES, CLASSIFICATIONS, RISK_LEVELS } from '../ledger/case';
import { FAMILY_SERVICES } from '../meeting/decision';
import { MEETING_KINDS } from '../meeting/types';
import { ABUSE_LABELS, AGE_LABELS, monthLabel, orderKeys, SPECIAL_PREGNANCY, TOTAL_LABEL } from './chart-labels';
import { AGE_BANDS, NO_REASON, NO_RISK, type Counts, type YearComparison } from './types';
import type { SumGroup } from './small-counts';
import { centreSupportSheet } from './centre-table';

export interface TableRow {
  label: string;
  /** The id of the count in StatsReport.values. */
  cell: string;
}

export interface StatsTable {
  id: string;
  title: string;
  /** One line under the title, when the table needs one to be read right. */
  note?: string;
  /** 件 (cases) or 回 (meetings). */
  unit: '件' | '回';
  /** The first column's heading: 種別, 年齢, 月 …. */
  rowHead: string;
  rows: TableRow[];
  total: TableRow | null;
  /** Counts of cases, hidden when small; meetings held are not about a child and are never hidden. */
  protect: boolean;
}

/** The sheets of the XLSX: the tables grouped as the issue lists the breakdowns. */
export interface StatsSheet {
  name: string;
  tables: StatsTable[];
}

export interface StatsReport {
  fiscalYear: number;
  sheets: StatsSheet[];
  values: { current: ReadonlyMap<string, number>; previous: ReadonlyMap<string, number> };
  /** Cells that add up to a total: what small-counts.ts must keep from giving a hidden count back. */
  groups: SumGroup[];
}

/** Builds the report's tables and cells from one year and the year before it. */
export function statsReport(cmp: YearComparison): StatsReport {
  const { current: cur, previous: prev } = cmp;
  const values = { current: new Map<string, number>(), previous: new Map<string, number>() };
  const set = (cell: string, a: number, b: number) => {
    values.current.set(cell, a);
    values.previous.set(cell, b);
  };
  const rowsOf = (prefix: string, keys: string[], a: Counts, b: Counts, label = (k: string) => k): TableRow[] =>
    keys.map((k) => {
      const cell = `${prefix}:${k}`;
      set(cell, a[k] ?? 0, b[k] ?? 0);
      return { label: label(k), cell };
    });
  const total = (cell: string, a: number, b: number): TableRow => {
    set(cell, a, b);
    return { label: TOTAL_LABEL, cell };
  };
  const sumTotal = (cell: string, rows: TableRow[]): TableRow =>
    total(
      cell,
      rows.reduce((s, r) => s + values.current.get(r.cell)!, 0),
      rows.reduce((s, r) => s + values.previous.get(r.cell)!, 0),
    );

  const nr = [cur.newRegistrations, prev.newRegistrations] as const;
  const newTotal = total('new:total', nr[0].total, nr[1].total);
  const newByClass = rowsOf(
    'new:class',
    orderKeys(CLASSIFICATIONS, nr[0].byClassification, nr[1].byClassification),
    nr[0].byClassification,
    nr[1].byClassification,
  );
  const newByAbuse = rowsOf(
    'new:abuse',
    orderKeys(ABUSE_TYPES, nr[0].byAbuseType, nr[1].byAbuseType),
    nr[0].byAbuseType,
    nr[1].byAbuseType,
    (k) => ABUSE_LABELS[k] ?? k,
  );
  const newByAge = rowsOf('new:age', [...AGE_BANDS], nr[0].byAgeBand, nr[1].byAgeBand, (k) => AGE_LABELS[k] ?? k);

  const cl = [cur.closures, prev.closures] as const;
  const closedTotal = total('closed:total', cl[0].total, cl[1].total);
  const closedByReason = rowsOf(
    'closed:reason',
    orderKeys([], cl[0].byReason, cl[1].byReason, NO_REASON),
    cl[0].byReason,
    cl[1].byReason,
  );

  const op = [cur.openAtYearEnd, prev.openAtYearEnd] as const;
  const openTotal = total('open:total', op[0].total, op[1].total);
  const openByClass = rowsOf(
    'open:class',
    orderKeys(CLASSIFICATIONS, op[0].byClassification, op[1].byClassification),
    op[0].byClassification,
    op[1].byClassification,
  );
  const openByRisk = rowsOf(
    'open:risk',
    orderKeys(RISK_LEVELS, op[0].byRisk, op[1].byRisk, NO_RISK),
    op[0].byRisk,
    op[1].byRisk,
  );

  const mt = [cur.meetings, prev.meetings] as const;
  const meetingsByKind = rowsOf(
    'meet:kind',
    orderKeys(MEETING_KINDS, mt[0].byKind, mt[1].byKind),
    mt[0].byKind,
    mt[1].byKind,
  );
  const meetingsTotal = sumTotal('meet:total', meetingsByKind);
  set('meet:confirmed', mt[0].casesConfirmed, mt[1].casesConfirmed);
  set('meet:discussed', mt[0].casesDiscussed, mt[1].casesDiscussed);

  const fs = [cur.familySupport, prev.familySupport] as const;
  const recommended = rowsOf(
    'family:rec',
    orderKeys(FAMILY_SERVICES, fs[0].recommended, fs[1].recommended),
    fs[0].recommended,
    fs[1].recommended,
  );
  const recommendedTotal = sumTotal('family:rec:total', recommended);
  const provided = rowsOf(
    'family:prov',
    orderKeys(FAMILY_SERVICES, fs[0].provided, fs[1].provided),
    fs[0].provided,
    fs[1].provided,
  );
  const providedTotal = sumTotal('family:prov:total', provided);

  const monthRows = (key: 'new' | 'closed'): TableRow[] =>
    cur.months.map((m, i) => {
      const cell = `month:${key}:${i}`;
      set(cell, m[key], prev.months[i]?.[key] ?? 0);
      return { label: monthLabel(m.month), cell };
    });
  const monthsNew = monthRows('new');
  const monthsClosed = monthRows('closed');

  const table = (
    t: Omit<StatsTable, 'unit' | 'protect'> & Partial<Pick<StatsTable, 'unit' | 'protect'>>,
  ): StatsTable => ({
    unit: '件',
    protect: true,
    ...t,
  });
  const sheets: StatsSheet[] = [
    {
      name: '新規登録（種別）',
      tables: [
        table({
          id: 'newByClassification',
          rowHead: '種別',
          title: '新規登録（種別）',
          rows: newByClass,
          total: newTotal,
        }),
      ],
    },
    {
      name: '新規登録（虐待種別）',
      tables: [
        table({
          id: 'newByAbuseType',
          rowHead: '虐待種別',
          title: '新規登録（虐待種別）',
          note: '1件に複数の虐待種別があれば、それぞれに数えています（合計はありません）。',
          rows: newByAbuse,
          total: null,
        }),
      ],
    },
    {
      name: '新規登録（年齢）',
      tables: [
        table({
          id: 'newByAgeBand',
          rowHead: '年齢',
          title: '新規登録（登録時の年齢）',
          note: '特定妊婦を除きます。年齢は登録日時点の満年齢です。',
          rows: newByAge,
          total: null,
        }),
      ],
    },
    {
      name: '終結（理由）',
      tables: [
        table({
          id: 'closuresByReason',
          rowHead: '終結理由',
          title: '終結（理由）',
          rows: closedByReason,
          total: closedTotal,
        }),
      ],
    },
    {
      name: '年度末の登録',
      tables: [
        table({
          id: 'openByClassification',
          rowHead: '種別',
          title: '年度末の登録ケース（種別）',
          rows: openByClass,
          total: openTotal,
        }),
        table({
          id: 'openByRisk',
          rowHead: '重症度',
          title: '年度末の登録ケース（重症度）',
          rows: openByRisk,
          total: openTotal,
        }),
      ],
    },
    {
      name: '会議',
      tables: [
        table({
          id: 'meetingsByKind',
          rowHead: '会議の種類',
          title: '会議の開催（種類別）',
          unit: '回',
          protect: false,
          rows: meetingsByKind,
          total: meetingsTotal,
        }),
        table({
          id: 'meetingCases',
          rowHead: '区分',
          title: '会議で取り上げたケース',
          note: '延べ件数です（同じケースを複数の会議で取り上げれば、その回数だけ数えます）。',
          rows: [
            { label: '確認', cell: 'meet:confirmed' },
            { label: '協議', cell: 'meet:discussed' },
          ],
          total: null,
        }),
      ],
    },
    {
      name: '家庭支援事業',
      tables: [
        table({
          id: 'familyRecommended',
          rowHead: '事業',
          title: '家庭支援事業（利用勧奨）',
          rows: recommended,
          total: recommendedTotal,
        }),
        table({
          id: 'familyProvided',
          rowHead: '事業',
          title: '家庭支援事業（措置）',
          rows: provided,
          total: providedTotal,
        }),
      ],
    },
    {
      name: '月別',
      tables: [
        table({ id: 'monthsNew', rowHead: '月', title: '月別の新規登録', rows: monthsNew, total: newTotal }),
        table({ id: 'monthsClosed', rowHead: '月', title: '月別の終結', rows: monthsClosed, total: closedTotal }),
      ],
    },
    centreSupportSheet(cur, prev, set),
  ];

  const cells = (rows: TableRow[]) => rows.map((r) => r.cell);
  // The age bands leave 特定妊婦 out: with it they add up to the year's new registrations.
  const pregnancy = newByClass.find((r) => r.label === SPECIAL_PREGNANCY);
  const groups: SumGroup[] = [
    {
      total: 'new:total',
      lists: [cells(newByClass), cells(monthsNew), [...cells(newByAge), ...(pregnancy ? [pregnancy.cell] : [])]],
    },
    { total: 'closed:total', lists: [cells(closedByReason), cells(monthsClosed)] },
    { total: 'open:total', lists: [cells(openByClass), cells(openByRisk)] },
    { total: 'family:rec:total', lists: [cells(recommended)] },
    { total: 'family:prov:total', lists: [cells(provided)] },
  ];
  return { fiscalYear: cur.fiscalYear, sheets, values, groups };
}

/** Every table of the report in sheet order. */
export function reportTables(report: StatsReport): StatsTable[] {
  return report.sheets.flatMap((s) => s.tables);
}

export { fiscalYearLabel, monthLabel } from './chart-labels';
