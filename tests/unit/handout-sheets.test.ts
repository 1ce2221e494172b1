// The handout's page per case: one for each case on the agenda with an answer, in the handout's order (協議,
// 確認, 保留), the grid and the 聞き取り as strings, every name in an agency's free text scrubbed when masked.
import { describe, expect, it } from 'vitest';
import { mergeCaseSheet } from '../../shared/assessment/merge';
import { DEFAULT_ASSESSMENT_ITEMS } from '../../shared/assessment/sheet';
import type { AnswerData, AssessmentRequest, StoredAnswer } from '../../shared/assessment/types';
import { buildHandout } from '../../shared/meeting/handout';
import { handoutInput, SECRETS } from './handout-data';

const request: AssessmentRequest = {
  id: 1,
  meetingId: 1,
  dueDate: '2026-11-25',
  items: [...DEFAULT_ASSESSMENT_ITEMS],
  agencies: [
    { agency: 'みどり保育園', caseNos: ['R7-0003', 'R7-0010', 'R7-0002', 'R7-0020'] },
    { agency: '北保健センター', caseNos: ['R7-0003'] },
  ],
  createdAt: 'T',
  createdBy: '事務局',
};
let id = 1;
const answer = (agency: string, caseNo: string, over: Partial<AnswerData>): StoredAnswer => ({
  answers: {},
  unread: {},
  extra: [],
  filledOn: '2026-11-20',
  filledBy: '担任',
  ...over,
  id: id++,
  requestId: 1,
  agency,
  caseNo,
  fileName: 'f.xlsx',
  importedAt: 'T',
  importedBy: '事務局',
  replacedAt: null,
});
const answers = [
  answer('みどり保育園', 'R7-0003', {
    answers: { 'child-home': 'はい', 'safety-scale': 3, findings: '星野陽葵は父（星野 健司）を怖がる' },
    unread: { 'child-mood': 'ひまりちゃん次第' },
    extra: [{ header: '園の備考', value: 'ほしの ひまりの妹も在園' }],
  }),
  answer('みどり保育園', 'R7-0002', { answers: { 'safety-scale': 7 } }),
];
const sheets = ['R7-0003', 'R7-0010', 'R7-0002', 'R7-0020'].map((caseNo) =>
  mergeCaseSheet({ caseNo, requests: [request], answers, hearings: [], questions: [] }),
);

describe('the handout page per case', () => {
  it('gives a page to each case on the agenda with an answer, in the handout order', () => {
    const model = buildHandout(handoutInput({ masked: false, caseSheets: sheets }));
    expect(model.sheets.map((s) => s.caseNo)).toEqual(['R7-0003', 'R7-0002']);
    const page = model.sheets[0]!;
    expect(page.label).toBe('R7-0003 星野 陽葵');
    expect(page.agencies).toEqual(['みどり保育園', '北保健センター']);
    expect(page.answered).toBe('回答 1／2機関（未回答：北保健センター）');
    const row = (label: string) => page.rows.find((r) => r.label === label)?.cells;
    expect(row('家に帰りたがらない')).toEqual(['はい ⚑ 聞き取り未', '未回答']);
    expect(row('表情が乏しい・元気がない')).toEqual(['ひまりちゃん次第※', '未回答']);
    expect(row('所見')).toEqual(['星野陽葵は父（星野 健司）を怖がる', '未回答']);
    expect(row('園の備考')).toEqual(['ほしの ひまりの妹も在園', '未回答']);
    expect(row('記入日／記入者')).toEqual(['令和8年11月20日／担任', '未回答']);
    expect(page.rows.filter((r) => r.heading).map((r) => r.label)).toContain('記述・機関が加えた欄');
    expect(page.hearings).toEqual(['⚑ みどり保育園：家に帰りたがらない　聞き取り未']);
  });

  it('scrubs every name from the pages of the masked handout', () => {
    const model = buildHandout(handoutInput({ masked: true, caseSheets: sheets }));
    expect(model.sheets[0]!.label).toBe('R7-0003 H.H.');
    const text = JSON.stringify(model.sheets);
    for (const secret of SECRETS) expect(text).not.toContain(secret);
    expect(text).not.toContain('ひまり');
    expect(text).toContain('を怖がる');
  });

  it('has no pages without sheets', () => {
    expect(buildHandout(handoutInput({ masked: true })).sheets).toEqual([]);
  });
});
