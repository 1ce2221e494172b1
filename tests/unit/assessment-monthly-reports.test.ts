// 月次報告の遅れ: which 所属 report monthly (kind in the agencies list, else the name's ending), the last report by
// name after NFKC, 登録日 as the start, the boundary day and the council's time zone.
import { describe, expect, it } from 'vitest';
import {
  answerDay,
  isMonthlyReporter,
  overdueMonthlyReports,
  type ReportFact,
} from '../../shared/assessment/monthly-reports';
import { emptyCase, type LedgerCase } from '../../shared/ledger/case';
import type { AgencyKind } from '../../shared/meeting/types';

const agencies: { name: string; kind: AgencyKind }[] = [
  { name: 'さくら学園', kind: '保育所等' },
  { name: '第一小学校', kind: '学校' },
  { name: '市立病院附属学校', kind: '医療' },
];

const kase = (caseNo: string, affiliation: string | null, over: Partial<LedgerCase> = {}): LedgerCase => ({
  ...emptyCase(caseNo),
  affiliation,
  kana: 'やまだ はなこ',
  registeredDate: '2026-01-10',
  ...over,
});

// 2026-12-01 00:30 in Tokyo is still 11-30 in UTC.
const NOW = '2026-11-30T15:30:00.000Z';
const run = (cases: LedgerCase[], reports: ReportFact[], days = 40) =>
  overdueMonthlyReports({ cases, agencies, reports, days, now: NOW, timeZone: 'Asia/Tokyo' });

describe('isMonthlyReporter', () => {
  it('goes by the kind in the agencies list, else by the name ending', () => {
    expect(isMonthlyReporter('さくら学園', agencies)).toBe(true);
    expect(isMonthlyReporter('　さくら学園 ', agencies)).toBe(true);
    expect(isMonthlyReporter('市立病院附属学校', agencies)).toBe(false);
    for (const name of ['東中学校', 'みどり保育園', '北保育所', 'ひかり幼稚園', '認定こども園あおば', '南義務教育学校'])
      expect(isMonthlyReporter(name, agencies), name).toBe(name === '認定こども園あおば' ? false : true);
    expect(isMonthlyReporter('あおばこども園', agencies)).toBe(true);
    expect(isMonthlyReporter('保健センター', agencies)).toBe(false);
    expect(isMonthlyReporter('  ', agencies)).toBe(false);
  });
});

describe('overdueMonthlyReports', () => {
  it('counts from the last report of the 所属 itself, names compared after NFKC and trimming', () => {
    const list = run(
      [kase('R7-0001', '第一小学校'), kase('R7-0002', '第一小学校'), kase('R7-0003', '保健センター')],
      [
        { caseNo: 'R7-0001', agency: '第一小学校', day: '2026-09-01' },
        { caseNo: 'R7-0001', agency: '第一小学校 ', day: '2026-11-15' },
        // Another agency's report does not count for the school's monthly one.
        { caseNo: 'R7-0002', agency: '保健センター', day: '2026-11-20' },
        { caseNo: 'R7-0002', agency: '第一小学校', day: '2026-10-01' },
      ],
    );
    expect(list.watched).toBe(2);
    expect(list.rows).toEqual([
      {
        caseNo: 'R7-0002',
        label: 'R7-0002 Y.H.',
        affiliation: '第一小学校',
        lastReportDay: '2026-10-01',
        daysSince: 61,
      },
    ]);
  });

  it('is overdue only after more than the set days, today in the council zone', () => {
    // Today is 2026-12-01 in Tokyo: 40 days back is 10-22.
    const at = (day: string) =>
      run([kase('R7-0001', '第一小学校')], [{ caseNo: 'R7-0001', agency: '第一小学校', day }]);
    expect(at('2026-10-22').rows).toEqual([]);
    expect(at('2026-10-21').rows[0]?.daysSince).toBe(41);
    // In UTC it would still be 11-30, and 10-21 only 40 days back.
    const utc = overdueMonthlyReports({
      cases: [kase('R7-0001', '第一小学校')],
      agencies,
      reports: [{ caseNo: 'R7-0001', agency: '第一小学校', day: '2026-10-21' }],
      days: 40,
      now: NOW,
      timeZone: 'UTC',
    });
    expect(utc.rows).toEqual([]);
  });

  it('counts from 登録日 with no report since; a newer case is not overdue; neither date: overdue, first', () => {
    const list = run(
      [
        kase('R7-0001', 'みどり保育園', { registeredDate: '2026-10-30' }),
        kase('R7-0002', 'みどり保育園', { registeredDate: '2026-08-01' }),
        kase('R7-0003', 'みどり保育園', { registeredDate: null }),
        // A report from before the registration: counted from 登録日.
        kase('R7-0004', 'みどり保育園', { registeredDate: '2026-11-01' }),
        kase('R7-0005', 'みどり保育園', { status: 'closed', registeredDate: null }),
      ],
      [{ caseNo: 'R7-0004', agency: 'みどり保育園', day: '2026-05-01' }],
    );
    expect(list.watched).toBe(4);
    expect(list.rows.map((r) => [r.caseNo, r.lastReportDay, r.daysSince])).toEqual([
      ['R7-0003', null, null],
      ['R7-0002', null, 122],
    ]);
  });

  it('takes a report dated after today as today', () => {
    const list = run(
      [kase('R7-0001', '第一小学校')],
      [{ caseNo: 'R7-0001', agency: '第一小学校', day: '2027-01-01' }],
      7,
    );
    expect(list.rows).toEqual([]);
  });
});

describe('answerDay', () => {
  it('is the 記入日, else the import day in the zone', () => {
    expect(answerDay({ filledOn: '2026-11-02', importedAt: NOW }, 'Asia/Tokyo')).toBe('2026-11-02');
    expect(answerDay({ filledOn: null, importedAt: NOW }, 'Asia/Tokyo')).toBe('2026-12-01');
    expect(answerDay({ filledOn: null, importedAt: NOW }, 'UTC')).toBe('2026-11-30');
  });
});
