// 家庭支援事業 records: the status the steps lead to, the 措置-without-勧奨 warning and its reason, steps in time,
// the services offered, and the year's counts per service.
import { describe, expect, it } from 'vitest';
import {
  MEASURE_WITHOUT_RECOMMENDATION,
  measureWarning,
  serviceChoices,
  serviceStatus,
  stepInputSchema,
  stepDetail,
  stepProblem,
  stepSummary,
  type StepInput,
} from '../../shared/services/family-service';
import { serviceYearRows } from '../../shared/services/family-service-year';

const rec = (date: string, method: '口頭' | '文書' | null = '口頭'): StepInput => ({
  kind: 'recommendation',
  date,
  method,
  answer: '検討中',
  note: null,
});
const measure = (date: string, reason: string | null = null): StepInput => ({
  kind: 'measure',
  date,
  noticeDate: null,
  noticeNo: null,
  noRecommendationReason: reason,
});
const start = (date: string): StepInput => ({ kind: 'start', date });
const end = (date: string): StepInput => ({ kind: 'end', date, reason: null });
const toApp = (date: string): StepInput => ({ kind: 'toApplication', date });

describe('serviceStatus', () => {
  it.each<[string, StepInput[], string | null]>([
    ['no step', [], null],
    ['a recommendation', [rec('2026-04-01')], '勧奨中'],
    [
      'the family starts after the recommendation (their own application)',
      [rec('2026-04-01'), start('2026-04-10')],
      '利用中（申請）',
    ],
    ['a 措置', [rec('2026-04-01'), measure('2026-05-01')], '措置中'],
    ['use under a 措置 is the 措置', [rec('2026-04-01'), measure('2026-05-01'), start('2026-05-02')], '措置中'],
    ["back to the family's application", [measure('2026-05-01', '緊急'), toApp('2026-08-01')], '利用中（申請）'],
    ['ended', [rec('2026-04-01'), start('2026-04-02'), end('2026-06-30')], '終了'],
    ['a new round after the end', [rec('2026-04-01'), end('2026-04-02'), rec('2026-09-01')], '勧奨中'],
    ['a recommendation while in use changes nothing', [measure('2026-04-01', '緊急'), rec('2026-05-01')], '措置中'],
    ['steps in time, whatever order they are given', [measure('2026-05-01'), rec('2026-04-01')], '措置中'],
  ])('%s', (_name, steps, status) => {
    expect(serviceStatus(steps)).toBe(status);
  });
});

describe('a 措置 without a 利用勧奨', () => {
  it('warns in Japanese when no recommendation came on or before its day', () => {
    expect(measureWarning([], measure('2026-05-01'))).toBe(
      '利用勧奨の記録がありません。措置の理由を入力してください。',
    );
    expect(measureWarning([rec('2026-05-02')], measure('2026-05-01'))).toBe(MEASURE_WITHOUT_RECOMMENDATION);
    expect(measureWarning([rec('2026-05-01')], measure('2026-05-01'))).toBeNull();
    expect(measureWarning([], rec('2026-05-01'))).toBeNull();
  });

  it('is refused without the reason and allowed with it', () => {
    expect(stepProblem([], measure('2026-05-01'))).toBe(MEASURE_WITHOUT_RECOMMENDATION);
    expect(stepProblem([], measure('2026-05-01', '保護者が連絡に応じず、勧奨の機会がない'))).toBeNull();
    expect(stepProblem([rec('2026-04-01')], measure('2026-05-01'))).toBeNull();
  });

  it('reads a blank reason as no reason (the form field left empty)', () => {
    const parsed = stepInputSchema.parse({ ...measure('2026-05-01'), noRecommendationReason: '   ' });
    expect(stepProblem([], parsed)).toBe(MEASURE_WITHOUT_RECOMMENDATION);
  });
});

describe('stepProblem', () => {
  it('keeps the steps in time', () => {
    expect(stepProblem([rec('2026-05-01')], rec('2026-04-30'))).toBe(
      '日付が前の記録（2026-05-01の利用勧奨）より前です。日付を確認してください。',
    );
    expect(stepProblem([rec('2026-05-01')], rec('2026-05-01'))).toBeNull();
  });

  it('refuses a notice dated before its 措置', () => {
    const step = { ...measure('2026-05-10'), noticeDate: '2026-05-09' } as StepInput;
    expect(stepProblem([rec('2026-05-01')], step)).toBe('通知日が措置の日より前です。日付を確認してください。');
  });

  it('refuses an end with nothing to end, a second start, and a move back without a 措置', () => {
    expect(stepProblem([], end('2026-05-01'))).toBe('終了する利用がありません。');
    expect(stepProblem([rec('2026-04-01'), end('2026-04-02')], end('2026-05-01'))).toBe('終了する利用がありません。');
    expect(stepProblem([rec('2026-04-01'), start('2026-04-02')], start('2026-05-01'))).toBe('すでに利用中です。');
    expect(stepProblem([measure('2026-04-01', '緊急'), start('2026-04-02')], start('2026-05-01'))).toBe(
      'すでに利用中です。',
    );
    expect(stepProblem([measure('2026-04-01', '緊急')], start('2026-04-02'))).toBeNull();
    expect(stepProblem([rec('2026-04-01')], toApp('2026-05-01'))).toBe(
      '措置中ではないため、申請利用へ移行できません。',
    );
    expect(stepProblem([measure('2026-04-01', '緊急')], toApp('2026-05-01'))).toBeNull();
  });
});

describe('serviceChoices', () => {
  it("offers the six of the law, then the council's own once each", () => {
    expect(serviceChoices([])).toHaveLength(6);
    expect(serviceChoices([' 産後ケア ', '一時預かり', '産後ケア', ''])).toEqual([
      '子育て短期支援',
      '養育支援訪問',
      '一時預かり',
      '子育て世帯訪問支援',
      '児童育成支援拠点',
      '親子関係形成支援',
      '産後ケア',
    ]);
  });
});

describe('serviceYearRows', () => {
  it('counts each step dated in the fiscal year, per service and kind', () => {
    const rows = serviceYearRows(
      [
        { service: '養育支援訪問', kind: 'recommendation', date: '2026-04-01', method: '口頭' },
        { service: '養育支援訪問', kind: 'recommendation', date: '2027-03-31', method: '文書' },
        { service: '養育支援訪問', kind: 'recommendation', date: '2026-03-31', method: '文書' },
        { service: '養育支援訪問', kind: 'measure', date: '2026-06-01', method: null },
        { service: '養育支援訪問', kind: 'toApplication', date: '2026-09-01', method: null },
        { service: '養育支援訪問', kind: 'start', date: '2026-06-02', method: null },
        { service: '一時預かり', kind: 'recommendation', date: '2026-07-01', method: null },
        { service: '産後ケア', kind: 'measure', date: '2026-07-01', method: null },
      ],
      2026,
      ['産後ケア'],
    );
    expect(rows.map((r) => r.service)).toEqual([
      '子育て短期支援',
      '養育支援訪問',
      '一時預かり',
      '子育て世帯訪問支援',
      '児童育成支援拠点',
      '親子関係形成支援',
      '産後ケア',
    ]);
    expect(rows[1]).toEqual({
      service: '養育支援訪問',
      recommendedOral: 1,
      recommendedWritten: 1,
      recommendedUnknown: 0,
      measures: 1,
      toApplication: 1,
    });
    expect(rows[2]!.recommendedUnknown).toBe(1);
    expect(rows[6]!.measures).toBe(1);
    expect(rows[0]).toMatchObject({ recommendedOral: 0, measures: 0 });
  });
});

describe('stepSummary and stepDetail', () => {
  it('say what a step says once, its kind first on screen and left out of the event detail', () => {
    const r = { ...rec('2026-04-10', '文書'), answer: '利用しない' as const, note: '電話で' };
    expect(stepSummary(r)).toBe('利用勧奨（文書）、回答：利用しない、電話で');
    expect(stepDetail(r)).toBe('文書、回答：利用しない、電話で');
    expect(stepSummary({ ...rec('2026-04-10', null) })).toBe('利用勧奨（方法未記入）、回答：検討中');
    const m = { ...measure('2026-05-01', '緊急'), noticeNo: '子家第1号' } as StepInput;
    expect(stepSummary(m)).toBe('措置、通知番号 子家第1号、勧奨なしの理由：緊急');
    expect(stepDetail(toApp('2026-05-01'))).toBeNull();
    expect(stepSummary(toApp('2026-05-01'))).toBe('申請利用へ移行');
    expect(stepSummary({ kind: 'end', date: '2026-06-01', reason: '転出' })).toBe('利用終了、転出');
  });
});
