// The assessment records on a real encrypted file: a request keeps the items as sent, a re-send keeps the
// answer it replaces as history, and a 聞き取り is one row per worry.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSESSMENT_ITEMS } from '../../shared/assessment/sheet';
import type { AnswerData } from '../../shared/assessment/types';
import { createStore } from '../../db/repos/store';
import { openDatabase } from '../../db/open';
import { migrate } from '../../db/migrate';
import { PASSPHRASE, useTempDirs } from './db-helpers';

const tempDir = useTempDirs();

const data = (over: Partial<AnswerData> = {}): AnswerData => ({
  answers: {},
  unread: {},
  extra: [],
  filledOn: null,
  filledBy: null,
  ...over,
});

describe('AssessmentsRepo', () => {
  it('keeps a request, its answers with every re-send, and the 聞き取り', () => {
    const db = openDatabase(join(tempDir(), 'a.db'), { passphrase: PASSPHRASE, create: true });
    migrate(db);
    const store = createStore(db);
    const request = store.tx(() =>
      store.assessments.createRequest(
        {
          meetingId: null,
          dueDate: '2026-12-10',
          agencies: [{ agency: '第一小学校', caseNos: ['R7-0001', 'R7-0002'] }],
        },
        DEFAULT_ASSESSMENT_ITEMS,
        '2026-12-01T01:00:00.000Z',
        '事務局',
      ),
    );
    expect(store.assessments.request(request.id)?.agencies).toEqual([
      { agency: '第一小学校', caseNos: ['R7-0001', 'R7-0002'] },
    ]);
    expect(store.assessments.request(request.id)?.items).toEqual(DEFAULT_ASSESSMENT_ITEMS);
    const key = { requestId: request.id, agency: '第一小学校', caseNo: 'R7-0001' };
    store.tx(() =>
      store.assessments.saveAnswer(key, data({ answers: { 'child-home': 'はい' } }), 'a.xlsx', 'T1', '事務局'),
    );
    store.tx(() =>
      store.assessments.saveAnswer(key, data({ answers: { 'child-home': 'いいえ' } }), 'b.xlsx', 'T2', '事務局'),
    );
    expect(store.assessments.currentAnswer(request.id, '第一小学校', 'R7-0001')?.answers).toEqual({
      'child-home': 'いいえ',
    });
    const history = store.assessments.answers(request.id, true);
    expect(history.map((a) => [a.fileName, a.replacedAt])).toEqual([
      ['a.xlsx', 'T2'],
      ['b.xlsx', null],
    ]);
    expect(store.assessments.answersForCase('R7-0001')).toHaveLength(1);
    const hearing = { ...key, itemId: 'child-home', status: '未' as const, by: null, on: null, heard: null };
    store.assessments.saveHearing(hearing, 'T3', '事務局');
    store.assessments.saveHearing(
      { ...hearing, status: '済', by: '山本', on: '2026-12-02', heard: '確認済み' },
      'T4',
      '事務局',
    );
    expect(store.assessments.hearings(request.id)).toEqual([
      {
        ...hearing,
        status: '済',
        by: '山本',
        on: '2026-12-02',
        heard: '確認済み',
        updatedAt: 'T4',
        updatedBy: '事務局',
      },
    ]);
    db.close();
  });
});
