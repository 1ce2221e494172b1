// The センター支援 families as their own sheet of the 年度実績: the figures above it are the 要対協's (the council's
// report) and leave these families out, so they are shown once, apart, with a note that says so.
import type { StatsSheet, TableRow } from './chart-tables';
import type { YearFigures } from './types';

/** `set` records a cell's count for this year and the previous year (statsReport's values). */
export function centreSupportSheet(
  cur: YearFigures,
  prev: YearFigures,
  set: (cell: string, current: number, previous: number) => void,
): StatsSheet {
  const none = { newCases: 0, closures: 0, openAtYearEnd: 0 };
  const [a, b] = [cur.centreSupport ?? none, prev.centreSupport ?? none];
  const row = (label: string, key: keyof typeof none): TableRow => {
    const cell = `centre:${key}`;
    set(cell, a[key], b[key]);
    return { label, cell };
  };
  return {
    name: 'センター支援',
    tables: [
      {
        id: 'centreSupport',
        title: 'センター支援の家庭',
        note: 'こども家庭センターが要対協の外で支援する家庭です。ほかの表の件数には含みません。',
        unit: '件',
        rowHead: '区分',
        rows: [row('新規', 'newCases'), row('終結', 'closures'), row('年度末に支援中', 'openAtYearEnd')],
        total: null,
        protect: true,
      },
    ],
  };
}
