// The merged sheet per case: columns per agency in request order, a later request's answer superseding an
// earlier one, retired items kept while they have answers, unread cells as written, worries with their 聞き取り.
import { describe, expect, it } from 'vitest';
import { mergeCaseSheet, scrubSheet, worryCellText } from '../../shared/assessment/merge';
import { DEFAULT_ASSESSMENT_ITEMS, type AssessmentItem } from '../../shared/assessment/sheet';
import type { AnswerData, AssessmentRequest, StoredAnswer } from '../../shared/assessment/types';

const CASE = 'R7-0001';
const items = DEFAULT_ASSESSMENT_ITEMS;
const request = (id: number, agencies: string[], its: readonly AssessmentItem[] = items): AssessmentRequest => ({
  id,
  meetingId: 1,
  dueDate: '2026-12-10',
  items: [...its],
  agencies: agencies.map((agency) => ({ agency, caseNos: [CASE, 'R7-0002'] })),
  createdAt: 'T',
  createdBy: '事務局',
});
let nextId = 1;
const answer = (requestId: number, agency: string, over: Partial<AnswerData> = {}, caseNo = CASE): StoredAnswer => ({
  answers: {},
  unread: {},
  extra: [],
  filledOn: null,
  filledBy: null,
  ...over,
  id: nextId++,
  requestId,
  agency,
  caseNo,
  fileName: 'f.xlsx',
  importedAt: 'T',
  importedBy: '事務局',
  replacedAt: null,
});
const row = (sheet: ReturnType<typeof mergeCaseSheet>, itemId: string) =>
  sheet.groups.flatMap((g) => g.rows).find((r) => r.item.id === itemId);

describe('mergeCaseSheet', () => {
  it('lists agencies in request order; a later request supersedes an earlier answer of the same agency', () => {
    const sheet = mergeCaseSheet({
      caseNo: CASE,
      requests: [request(1, ['第一小学校', '保健センター']), request(2, ['第一小学校', 'ひまわり保育園'])],
      answers: [
        answer(2, '第一小学校', { answers: { 'child-home': 'いいえ', 'safety-scale': 6 } }),
        answer(1, '第一小学校', { answers: { 'child-home': 'はい', 'safety-scale': 3 } }),
        answer(1, '保健センター', { answers: { 'safety-scale': 4, 'attendance-days': 2 } }),
        answer(1, '保健センター', { answers: { 'safety-scale': 0 } }, 'R7-0002'),
      ],
      hearings: [],
      questions: [],
    });
    expect(sheet.agencies.map((a) => a.agency)).toEqual(['第一小学校', '保健センター', 'ひまわり保育園']);
    expect(row(sheet, 'child-home')!.cells.map((c) => c.text)).toEqual(['いいえ', '空欄', '未回答']);
    expect(row(sheet, 'attendance-days')!.cells[1]!.text).toBe('2日');
    expect(sheet.agencies.map((a) => a.scale)).toEqual([6, 4, null]);
    expect(sheet.worries).toEqual([]);
    expect(sheet.summary).toEqual({
      caseNo: CASE,
      asked: 3,
      answered: 2,
      worries: 0,
      openHearings: 0,
      lowestScale: 4,
      notAnswered: ['ひまわり保育園'],
    });
  });

  it('keeps an item dropped from the latest request while it has an answer, after the asked ones of its group', () => {
    const latest = items.filter((i) => i.id !== 'child-fear' && i.id !== 'child-hunger');
    const sheet = mergeCaseSheet({
      caseNo: CASE,
      requests: [request(1, ['第一小学校']), request(2, ['保健センター'], latest)],
      answers: [answer(1, '第一小学校', { answers: { 'child-fear': 'はい' } })],
      hearings: [],
      questions: [],
    });
    const group = sheet.groups.find((g) => g.group === 'こどもの様子')!;
    expect(group.rows.at(-1)!.item.id).toBe('child-fear');
    expect(group.rows.at(-1)!.asked).toBe(false);
    expect(group.rows.some((r) => r.item.id === 'child-hunger')).toBe(false);
    expect(row(sheet, 'child-fear')!.cells.map((c) => c.text)).toEqual(['はい', '未回答']);
  });

  it('shows unread cells as written with a mark, text items as comments, extra columns and 記入日／記入者', () => {
    const sheet = mergeCaseSheet({
      caseNo: CASE,
      requests: [request(1, ['第一小学校'])],
      answers: [
        answer(1, '第一小学校', {
          answers: { findings: '落ち着いている', 'recent-action': '家庭訪問' },
          unread: { 'child-mood': 'たぶん' },
          extra: [{ header: '学校の備考', value: '兄も在籍' }],
          filledOn: '2026-12-05',
          filledBy: '田中',
        }),
      ],
      hearings: [],
      questions: [],
    });
    expect(row(sheet, 'child-mood')!.cells[0]).toEqual({ kind: 'unread', text: 'たぶん※', worry: null });
    expect(row(sheet, 'findings')).toBeUndefined();
    const a = sheet.agencies[0]!;
    expect(a.comments.map((c) => [c.label, c.text])).toEqual([
      ['直近に対応したこと', '家庭訪問'],
      ['所見', '落ち着いている'],
    ]);
    expect(a.extra).toEqual([{ header: '学校の備考', value: '兄も在籍' }]);
    expect([a.filledOn, a.filledBy]).toEqual(['2026-12-05', '田中']);
  });

  it('flags a はい as a worry, 未 until a Hearing of that request, agency and item says 済', () => {
    const input = {
      caseNo: CASE,
      requests: [request(1, ['第一小学校', '保健センター'])],
      answers: [
        answer(1, '第一小学校', { answers: { 'child-home': 'はい', 'carer-contact': 'はい', 'family-money': '不明' } }),
        answer(1, '保健センター', { answers: { 'child-home': 'はい' } }),
      ],
      questions: [],
    };
    const before = mergeCaseSheet({ ...input, hearings: [] });
    expect(before.worries.map((w) => [w.agency, w.itemId, w.status])).toEqual([
      ['第一小学校', 'child-home', '未'],
      ['保健センター', 'child-home', '未'],
      ['第一小学校', 'carer-contact', '未'],
    ]);
    expect(worryCellText(row(before, 'child-home')!.cells[0]!.worry!)).toBe('はい ⚑ 聞き取り未');
    const heard = {
      requestId: 1,
      caseNo: CASE,
      agency: '保健センター',
      itemId: 'child-home',
      status: '済' as const,
      by: '山本',
      on: '2026-12-02',
      heard: '祖母宅に泊まっていた',
      updatedAt: 'T',
      updatedBy: '事務局',
    };
    const after = mergeCaseSheet({
      ...input,
      hearings: [heard, { ...heard, caseNo: 'R7-0002', agency: '第一小学校' }],
    });
    expect(after.worries.map((w) => w.status)).toEqual(['未', '済', '未']);
    expect(after.worries[1]).toMatchObject({ by: '山本', on: '2026-12-02', heard: '祖母宅に泊まっていた' });
    expect(after.summary.openHearings).toBe(2);
    expect(after.summary.worries).toBe(3);
  });

  it('gathers the questions for the case per agency, the asked agencies first', () => {
    const q = (id: number, agency: string, text: string, caseNo = CASE) => ({
      id,
      meetingId: 1,
      agency,
      caseNo,
      text,
      updatedAt: 'T',
      updatedBy: '事務局',
    });
    const sheet = mergeCaseSheet({
      caseNo: CASE,
      requests: [request(1, ['第一小学校', '保健センター'])],
      answers: [],
      hearings: [],
      questions: [
        q(1, '児童相談所', '一時保護の検討状況'),
        q(2, '保健センター', '乳児健診の結果'),
        q(3, '第一小学校', '欠席の理由'),
        q(4, '第一小学校', '別のケース', 'R7-0002'),
        q(5, '保健センター', '母の通院'),
      ],
    });
    expect(sheet.questions).toEqual([
      { agency: '第一小学校', texts: ['欠席の理由'] },
      { agency: '保健センター', texts: ['乳児健診の結果', '母の通院'] },
      { agency: '児童相談所', texts: ['一時保護の検討状況'] },
    ]);
    expect(sheet.summary.notAnswered).toEqual(['第一小学校', '保健センター']);
  });

  it('scrubs every free text when masked', () => {
    const sheet = mergeCaseSheet({
      caseNo: CASE,
      requests: [request(1, ['第一小学校'])],
      answers: [
        answer(1, '第一小学校', {
          answers: { findings: '花子は元気', 'child-home': 'はい' },
          unread: { 'child-mood': '花子次第' },
          extra: [{ header: '備考', value: '花子の兄' }],
        }),
      ],
      hearings: [],
      questions: [
        { id: 1, meetingId: 1, agency: '第一小学校', caseNo: CASE, text: '花子の様子', updatedAt: 'T', updatedBy: 'x' },
      ],
    });
    const masked = JSON.stringify(scrubSheet(sheet, (t) => t.replaceAll('花子', '■')));
    expect(masked).not.toContain('花子');
    expect(masked).toContain('■は元気');
  });
});
