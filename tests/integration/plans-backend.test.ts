// サポートプラン records through the backend on a real encrypted SQLite file: made for a ledger case and for a
// family outside the ledger, refused 手交 until the three required parts are filled, handed over (the version
// frozen, the review set by the setting), reviewed as a new version, listed when due, and the case put on
// the next meeting's suggestion with PLAN_REVIEW_DUE.
import { describe, expect, it } from 'vitest';
import { EMPTY_PLAN_CONTENT } from '../../shared/plan/support-plan';
import { useTempDirs } from './db-helpers';
import { fakeCase, fakeMeeting, meetingBackend } from './meeting-helpers';

const tempDir = useTempDirs();

const READY = {
  ...EMPTY_PLAN_CONTENT,
  guardianWishes: '夜泣きがつらい',
  goals: '母が休める時間をつくる',
  supports: [
    { service: '子育て世帯訪問支援', who: '委託事業者', role: '家事支援', monitoring: '毎月', progress: null },
  ],
};

describe('plans.*', () => {
  it('runs a plan from 作成中 to a second handed-over version, with events and the review list', async () => {
    const t = await meetingBackend(tempDir(), '2026-04-01T01:00:00.000Z');
    await t.api.call('ledger.create', { case: fakeCase('R8-001') });
    await t.api.call('settings.update', { operatorName: '保健師A', planReviewMonths: 2 });

    const made = await t.api.call('plans.create', {
      plan: {
        caseNo: 'R8-001',
        familyLabel: '架空 花子さん世帯',
        leadFunction: '母子保健',
        owner: '保健師A',
        reviewDue: null,
      },
    });
    const id = made.plan.id;
    expect(made.plan.status).toBe('drafting');
    await expect(t.api.call('plans.handOver', { id, on: '2026-04-10' })).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('手交の前に入力してください'),
    });
    await t.api.call('plans.saveContent', { id, content: READY });
    const handed = await t.api.call('plans.handOver', { id, on: '2026-04-10' });
    expect(handed.plan).toMatchObject({ status: 'handedOver', reviewDue: '2026-06-10' });
    await expect(t.api.call('plans.saveContent', { id, content: EMPTY_PLAN_CONTENT })).rejects.toMatchObject({
      code: 'invalid_input',
    });

    await t.api.call('plans.startMonitoring', { id });
    t.setNow('2026-06-01T01:00:00.000Z');
    const { rows } = await t.api.call('plans.reviewsDue', { until: '2026-06-30' });
    expect(rows.map((r) => [r.planId, r.overdue])).toEqual([[id, false]]);

    await t.api.call('plans.beginReview', { id });
    await t.api.call('plans.saveContent', { id, content: { ...READY, goals: '母が週に1回は休める' } });
    const second = await t.api.call('plans.handOver', { id, on: '2026-06-08' });
    expect(second.plan.versions.map((v) => [v.version, v.handedOverOn, v.content.goals])).toEqual([
      [1, '2026-04-10', '母が休める時間をつくる'],
      [2, '2026-06-08', '母が週に1回は休める'],
    ]);
    expect(second.events.map((e) => [e.action, e.by])).toEqual([
      ['作成', '保健師A'],
      ['内容を変更', '保健師A'],
      ['手交', '保健師A'],
      ['モニタリング中', '保健師A'],
      ['見直し', '保健師A'],
      ['内容を変更', '保健師A'],
      ['手交', '保健師A'],
    ]);
    t.backend.close();
  });

  it('keeps a family outside the ledger, refuses an unknown 登録番号, and closes a plan', async () => {
    const t = await meetingBackend(tempDir(), '2026-04-01T01:00:00.000Z');
    await expect(
      t.api.call('plans.create', {
        plan: { caseNo: 'R8-999', familyLabel: 'x', leadFunction: '児童福祉', owner: null, reviewDue: null },
      }),
    ).rejects.toMatchObject({ code: 'not_found' });
    const outside = await t.api.call('plans.create', {
      plan: {
        caseNo: null,
        familyLabel: '妊婦 架空さん',
        leadFunction: '両機能',
        owner: null,
        reviewDue: '2026-05-01',
      },
    });
    const closed = await t.api.call('plans.close', { id: outside.plan.id, on: '2026-04-20', reason: '転出' });
    expect(closed.plan).toMatchObject({ status: 'closed', reviewDue: null, closedReason: '転出' });
    expect((await t.api.call('plans.list', {})).plans).toHaveLength(0);
    expect((await t.api.call('plans.list', { includeClosed: true })).plans).toHaveLength(1);
    t.backend.close();
  });

  it('puts a case whose plan is due on the next meeting suggestion as PLAN_REVIEW_DUE', async () => {
    const t = await meetingBackend(tempDir(), '2026-04-01T01:00:00.000Z');
    await t.api.call('ledger.create', { case: fakeCase('R8-001') });
    await t.api.call('ledger.create', { case: fakeCase('R8-002') });
    await t.api.call('plans.create', {
      plan: {
        caseNo: 'R8-002',
        familyLabel: '架空世帯',
        leadFunction: '児童福祉',
        owner: null,
        reviewDue: '2026-05-01',
      },
    });
    const meeting = await t.api.call('meetings.create', { meeting: fakeMeeting({ date: '2026-05-10' }) });
    const agenda = await t.api.call('agenda.suggest', { meetingId: meeting.id });
    const item = agenda.items.find((i) => i.caseNo === 'R8-002');
    expect(item?.reasons).toContain('PLAN_REVIEW_DUE');
    expect(agenda.items.some((i) => i.caseNo === 'R8-001' && i.reasons.includes('PLAN_REVIEW_DUE'))).toBe(false);
    t.backend.close();
  });
});
