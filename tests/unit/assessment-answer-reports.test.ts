// The agenda's reading of returned assessment sheets: fed items become report facts, a 不明 is no fact, worries
// are the worry items answered はい, and which answers count for a meeting.
import { describe, expect, it } from 'vitest';
import { answerReport, answerWorries, countingAnswers, mergeReports } from '../../shared/assessment/answer-reports';
import { DEFAULT_ASSESSMENT_ITEMS } from '../../shared/assessment/sheet';
import type { AnswerValue, StoredAnswer } from '../../shared/assessment/types';
import { reasonsFor } from '../../shared/meeting/triage';
import { DEFAULT_TRIAGE_SETTINGS } from '../../shared/meeting/types';
import { emptyCase } from '../../shared/ledger/case';

let nextId = 1;
const answer = (answers: Record<string, AnswerValue>, over: Partial<StoredAnswer> = {}): StoredAnswer => ({
  id: nextId++,
  requestId: 1,
  agency: '第一小学校',
  caseNo: 'R7-0001',
  answers,
  unread: {},
  extra: [],
  filledOn: null,
  filledBy: null,
  fileName: 'a.xlsx',
  importedAt: '2026-11-20T01:00:00.000Z',
  importedBy: '事務局',
  replacedAt: null,
  ...over,
});

const W = { after: '2026-11-01', until: '2026-12-01', timeZone: 'Asia/Tokyo' };

describe('answerReport', () => {
  it('reads every fed item into its report field', () => {
    const r = answerReport(
      answer({
        'attendance-days': 9,
        'attendance-unexplained': 'いいえ',
        'attendance-injury': 'はい',
        'safety-scale': 2,
        findings: ' 腕にあざ ',
        'child-mood': 'はい',
      }),
      DEFAULT_ASSESSMENT_ITEMS,
      W,
    );
    expect(r).toMatchObject({
      caseNo: 'R7-0001',
      agency: '第一小学校',
      daysAbsent: 9,
      unexplainedAbsence: false,
      injury: true,
      safetyScale: 2,
      note: '腕にあざ',
      homeChange: null,
      reportDate: '2026-11-20',
    });
    expect(r!.id).toBeLessThan(0);
  });

  it('takes a 不明 as no fact, and a sheet with no fact as no report', () => {
    const r = answerReport(
      answer({ 'attendance-injury': '不明', 'attendance-unexplained': 'はい' }),
      DEFAULT_ASSESSMENT_ITEMS,
      W,
    );
    expect(r).toMatchObject({ injury: null, unexplainedAbsence: true, daysAbsent: null, safetyScale: null });
    expect(
      answerReport(answer({ 'attendance-injury': '不明', 'child-mood': 'はい' }), DEFAULT_ASSESSMENT_ITEMS, W),
    ).toBe(null);
    // Out of range or not a number: not read as a fact.
    expect(
      answerReport(answer({ 'safety-scale': 11, 'attendance-days': 'たくさん' }), DEFAULT_ASSESSMENT_ITEMS, W),
    ).toBe(null);
  });

  it('reads through the items given (the request as sent), whatever id feeds the field', () => {
    const items = [
      {
        id: 'own-injury',
        group: '出欠',
        label: 'けが',
        kind: 'check' as const,
        feeds: 'injury' as const,
        retired: false,
      },
    ];
    expect(answerReport(answer({ 'own-injury': 'はい' }), items, W)?.injury).toBe(true);
    expect(answerReport(answer({ 'attendance-injury': 'はい' }), items, W)).toBe(null);
  });

  it('dates the report by 記入日, else the import day in the council zone, kept inside the window', () => {
    const items = DEFAULT_ASSESSMENT_ITEMS;
    const facts = { 'attendance-injury': 'はい' } as const;
    expect(answerReport(answer(facts, { filledOn: '2026-11-15' }), items, W)?.reportDate).toBe('2026-11-15');
    // 15:30 UTC on 11-20 is already 11-21 in Tokyo.
    expect(answerReport(answer(facts, { importedAt: '2026-11-20T15:30:00.000Z' }), items, W)?.reportDate).toBe(
      '2026-11-21',
    );
    // A 記入日 before the window (an old sheet sent late) gives way to the import day.
    expect(answerReport(answer(facts, { filledOn: '2026-10-01' }), items, W)?.reportDate).toBe('2026-11-20');
    // Both outside (an answer to this meeting's request imported after its day): the meeting's day.
    expect(
      answerReport(answer(facts, { filledOn: '2026-12-05', importedAt: '2026-12-05T01:00:00.000Z' }), items, W)
        ?.reportDate,
    ).toBe('2026-12-01');
  });
});

describe('countingAnswers', () => {
  const w = { ...W, meetingRequestIds: new Set([7]) };
  it("counts this meeting's answers whenever imported, others only inside the window", () => {
    const own = answer({}, { requestId: 7, importedAt: '2026-10-01T01:00:00.000Z' });
    const inside = answer({}, { requestId: 3, importedAt: '2026-11-01T15:00:00.000Z' }); // 11-02 in Tokyo
    const onTheDay = answer({}, { requestId: 3, importedAt: '2026-11-01T14:00:00.000Z' }); // 11-01 23:00 in Tokyo
    const after = answer({}, { requestId: 3, importedAt: '2026-12-01T15:00:00.000Z' }); // 12-02 in Tokyo
    const replaced = answer({}, { requestId: 7, replacedAt: '2026-11-21T00:00:00.000Z' });
    expect(countingAnswers([own, inside, onTheDay, after, replaced, own], w).map((a) => a.id)).toEqual([
      own.id,
      inside.id,
    ]);
  });
});

describe('answerWorries', () => {
  it('lists per case the worry items answered はい, in the settings order, once', () => {
    const worries = answerWorries(
      [
        answer({ 'child-fear': 'はい', 'child-home': 'いいえ', 'child-mood': 'はい' }),
        answer({ 'child-home': 'はい', 'child-fear': 'はい' }, { agency: '保健センター' }),
        answer({ 'child-home': '不明' }, { caseNo: 'R7-0002' }),
      ],
      ['child-home', 'child-fear', 'family-violence'],
    );
    expect([...worries]).toEqual([['R7-0001', ['child-home', 'child-fear']]]);
  });
});

describe('the report rules fire from a sheet', () => {
  it('gives REPORT_INJURY, SAFETY_LOW and ASSESSMENT_WORRY through reasonsFor', () => {
    const a = answer({ 'attendance-injury': 'はい', 'safety-scale': 1, 'family-violence': 'はい' });
    const report = answerReport(a, DEFAULT_ASSESSMENT_ITEMS, W)!;
    const c = { ...emptyCase('R7-0001'), status: 'active' as const };
    const reasons = reasonsFor(c, {
      meetingDate: '2026-12-01',
      since: '2026-11-01',
      settings: DEFAULT_TRIAGE_SETTINGS,
      reports: mergeReports(new Map(), [report]),
      riskAtSince: new Map(),
      registeredSince: new Set(),
      closureProposed: new Set(),
      carriedOver: new Map(),
      planReviewDue: new Set(),
      allActive: false,
      assessmentWorries: answerWorries([a], DEFAULT_TRIAGE_SETTINGS.worryItems),
    });
    expect(reasons).toEqual(['REPORT_INJURY', 'SAFETY_LOW', 'ASSESSMENT_WORRY']);
  });
});
