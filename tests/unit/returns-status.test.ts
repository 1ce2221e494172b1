// 回収状況 from a request and its answers: states, lateness, re-sends, and what each re-send changed.
import { describe, expect, it } from 'vitest';
import { answerHistory, requestReturns, stateOf } from '../../shared/assessment/returns-status';
import { DEFAULT_ASSESSMENT_ITEMS } from '../../shared/assessment/sheet';
import type { AssessmentRequest, StoredAnswer } from '../../shared/assessment/types';

const request: AssessmentRequest = {
  id: 1,
  meetingId: null,
  dueDate: '2026-12-10',
  items: [...DEFAULT_ASSESSMENT_ITEMS],
  agencies: [
    { agency: 'A校', caseNos: ['C-1', 'C-2'] },
    { agency: 'B園', caseNos: ['C-3'] },
  ],
  createdAt: 'T0',
  createdBy: '事務局',
};

let id = 0;
const answer = (agency: string, caseNo: string, at: string, replacedAt: string | null, over = {}): StoredAnswer => ({
  id: ++id,
  requestId: 1,
  agency,
  caseNo,
  answers: {},
  unread: {},
  extra: [],
  filledOn: null,
  filledBy: null,
  fileName: `${at}.xlsx`,
  importedAt: at,
  importedBy: '事務局',
  replacedAt,
  ...over,
});

describe('requestReturns', () => {
  it('states 回答済／一部回答／未回答', () => {
    expect([stateOf(2, 2), stateOf(2, 1), stateOf(2, 0)]).toEqual(['回答済', '一部回答', '未回答']);
  });

  it('counts current answers only, the re-sends, the newest import, and the late after the due day', () => {
    const answers = [
      answer('A校', 'C-1', '2026-12-02', '2026-12-05'),
      answer('A校', 'C-2', '2026-12-02', '2026-12-05'),
      answer('A校', 'C-1', '2026-12-05', null),
      answer('A校', 'C-2', '2026-12-05', null),
      // Not asked of B園: not counted as its answer.
      answer('B園', 'C-1', '2026-12-06', null),
    ];
    const onDue = requestReturns(request, answers, '2026-12-10');
    expect(onDue.overdue).toBe(false);
    expect(onDue.agencies[0]).toMatchObject({ state: '回答済', answered: 2, resends: 1, lastImportedAt: '2026-12-05' });
    expect(onDue.agencies[1]).toMatchObject({ state: '未回答', answered: 0, unanswered: ['C-3'], overdue: false });
    const late = requestReturns(request, answers, '2026-12-11');
    expect(late).toMatchObject({ overdue: true, waiting: 1 });
    expect(late.agencies.map((a) => a.overdue)).toEqual([false, true]);
    expect(requestReturns(request, answers.slice(2, 3), '2026-12-11').agencies[0]).toMatchObject({
      state: '一部回答',
      resends: 0,
      unanswered: ['C-2'],
    });
  });

  it('lists each version with what it changed from the one before', () => {
    const answers = [
      answer('A校', 'C-1', 'T1', 'T2', { answers: { 'attendance-injury': 'いいえ' }, filledBy: '甲' }),
      answer('A校', 'C-1', 'T2', null, {
        answers: { 'attendance-injury': 'はい' },
        unread: { 'child-home': 'たぶん' },
      }),
    ];
    expect(answerHistory(request, answers, 'A校', 'C-1').map((e) => [e.fileName, e.answeredItems, e.changed])).toEqual([
      ['T1.xlsx', 1, []],
      ['T2.xlsx', 2, ['外傷', '家に帰りたがらない', '記入者']],
    ]);
  });
});
