// 台帳への反映 of a 合同ケース会議's decisions on a real encrypted file: a 判定 registers a センター支援 family with the
// 要対協 (種別, 登録区分, 登録日 with history), a サポートプラン 作成 makes the plan with its due day (on the review list
// and PLAN_REVIEW_DUE), a 見直し sets the plan in force, and the undo takes back what nobody touched since.
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../db/backend';
import { fakeMeeting, meetingBackend, type TestBackend } from './meeting-helpers';
import { useTempDirs } from './db-helpers';
import { endedMeeting } from './writeback-helpers';

const tempDir = useTempDirs();
const open: Backend[] = [];
afterEach(() => {
  for (const b of open.splice(0)) b.close();
});

async function backend(): Promise<TestBackend> {
  const t = await meetingBackend(tempDir(), '2025-06-10T05:00:00.000Z');
  open.push(t.backend);
  return t;
}

/** J-1 judged 特定妊婦 with a plan to make by 2025-07; J-2 judged センター支援のみ; J-3 has a plan, reviewed. */
async function jointMeeting(t: TestBackend): Promise<number> {
  const id = await endedMeeting(
    t.api,
    [
      {
        caseNo: 'J-1',
        fields: { name: '架空 花子', classification: null, registration: 'センター支援', dueDate: '2025-09-01' },
        decision: {
          judgement: { kind: '特定妊婦', grounds: '若年で支援者がいない（架空）' },
          leadFunction: '母子保健',
          roles: [
            { agency: '母子保健', task: '妊婦訪問', due: null, staff: '保健師A' },
            { agency: '児童福祉', task: '家庭状況の確認', due: null, staff: null },
          ],
          supportPlan: { action: '作成', by: '保健師A', due: '2025-07' },
        },
      },
      {
        caseNo: 'J-2',
        decision: {
          judgement: { kind: 'センター支援のみ', grounds: null },
          services: [{ service: '養育支援訪問', mode: '措置' }],
        },
      },
      {
        caseNo: 'J-3',
        decision: { supportPlan: { action: '見直し', by: '支援員B', due: '2025-08-15' }, listAction: '名簿から外す' },
      },
    ],
    '第2回合同ケース会議（架空）',
    { kind: '合同ケース会議' },
    async () => {
      for (const caseNo of ['J-1', 'J-2', 'J-3'])
        await t.api.call('joint.add', { caseNo, on: '2025-06-01', reason: '提案（架空）' });
    },
  );
  t.setNow('2025-06-11T01:00:00.000Z');
  return id;
}

describe('write-back of plans and 判定', () => {
  it('registers the family, makes and reviews plans, and undoes what nobody touched since', async () => {
    const t = await backend();
    const meetingId = await jointMeeting(t);
    // J-3's plan in force when the decisions are written back.
    const j3 = await t.api.call('plans.create', {
      plan: {
        caseNo: 'J-3',
        familyLabel: 'J-3の世帯',
        leadFunction: '児童福祉',
        owner: '前任',
        reviewDue: '2025-07-01',
      },
    });

    const preview = await t.api.call('writeback.preview', { meetingId });
    const byCase = new Map(preview.cases.map((c) => [c.caseNo, c]));
    expect(byCase.get('J-1')!.changes.map((x) => `${x.field}:${x.oldValue}→${x.newValue}`)).toEqual([
      'classification:null→特定妊婦',
      'registration:センター支援→要対協登録',
      'registeredDate:2024-01-10→2025-06-10',
      'agencies:null→母子保健、児童福祉',
    ]);
    expect(byCase.get('J-1')!.actions.map((a) => a.label)).toEqual([
      'サポートプランを作成（担当 保健師A、期限 令和7年7月31日）',
    ]);
    expect(byCase.get('J-2')!.changes.map((x) => `${x.field}:${x.oldValue}→${x.newValue}`)).toEqual([
      'registration:要対協登録→センター支援',
    ]);
    expect(byCase.get('J-2')!.actions.map((a) => a.label)).toEqual([
      '養育支援訪問の措置を記録（利用勧奨の記録がありません。会議の決定を措置の理由として記録します）',
    ]);
    expect(byCase.get('J-3')!.changes).toEqual([]);
    expect(byCase.get('J-3')!.actions.map((a) => a.label)).toEqual([
      'サポートプランの見直し（担当 支援員B、期限 令和7年8月15日）',
      '合同ケース会議の名簿から外す（会議の決定）',
    ]);

    const applied = await t.api.call('writeback.apply', { meetingId, excludeCaseNos: [], resolutions: [] });
    expect(applied.applicationId).not.toBeNull();

    const [service] = (await t.api.call('services.list', { caseNo: 'J-2' })).records;
    expect(service).toMatchObject({ service: '養育支援訪問' });
    expect(service!.steps.map((x) => [x.kind, x.date])).toEqual([['measure', '2025-06-10']]);
    // The console's facts say what the write-back made.
    const brief = await t.api.call('live.caseBrief', { meetingId, caseNo: 'J-2' });
    expect(brief.services).toEqual(['養育支援訪問（措置中）']);
    expect((await t.api.call('live.caseBrief', { meetingId, caseNo: 'J-1' })).plan).toBe('作成中（担当 保健師A）');
    const j1 = await t.api.call('ledger.get', { caseNo: 'J-1' });
    expect(j1.case.registration).toBe('要対協登録');
    expect(j1.case.classification).toBe('特定妊婦');
    expect(j1.history.filter((h) => h.field === 'registration').map((h) => [h.source, h.detail])).toEqual([
      ['meeting', `会議#${meetingId} 第2回合同ケース会議（架空）`],
    ]);
    const [plan] = (await t.api.call('plans.list', { caseNo: 'J-1' })).plans;
    expect(plan).toMatchObject({
      owner: '保健師A',
      reviewDue: '2025-07-31',
      leadFunction: '母子保健',
      status: 'drafting',
    });
    const due = await t.api.call('plans.reviewsDue', { until: '2025-07-31' });
    expect(due.rows.map((r) => r.caseNo)).toContain('J-1');
    expect((await t.api.call('plans.get', { id: j3.plan.id })).plan).toMatchObject({
      owner: '支援員B',
      reviewDue: '2025-08-15',
    });
    const listed = async () => (await t.api.call('joint.overview', {})).rows.map((r) => r.caseNo);
    expect(await listed()).toEqual(['J-1', 'J-2']);

    // The next meeting, on 2025-08-01, sees J-1's plan due.
    const next = await t.api.call('meetings.create', {
      meeting: fakeMeeting({ title: '第3回（架空）', date: '2025-08-01' }),
    });
    const agenda = await t.api.call('agenda.suggest', { meetingId: next.id, allActive: true });
    const j1Item = agenda.items.find((i) => i.caseNo === 'J-1');
    expect(j1Item?.reasons).toContain('PLAN_REVIEW_DUE');

    // Someone writes J-1's plan before the undo: it stays; J-3's untouched review and the fields go back.
    await t.api.call('plans.saveContent', {
      id: plan!.id,
      content: { ...plan!.versions[0]!.content, goals: '安心して出産を迎える（架空）' },
    });
    const undone = await t.api.call('writeback.undo', { applicationId: applied.applicationId! });
    expect(undone.skipped.map((s) => [s.caseNo, s.reason])).toEqual([
      ['J-1', 'サポートプランが作成後に変更されているため残しました'],
    ]);
    expect((await t.api.call('ledger.get', { caseNo: 'J-1' })).case.registration).toBe('センター支援');
    expect((await t.api.call('ledger.get', { caseNo: 'J-2' })).case.registration ?? '要対協登録').toBe('要対協登録');
    expect((await t.api.call('plans.get', { id: j3.plan.id })).plan).toMatchObject({
      owner: '前任',
      reviewDue: '2025-07-01',
    });
    expect((await t.api.call('plans.list', { caseNo: 'J-1' })).plans).toHaveLength(1);
    expect((await t.api.call('services.list', { caseNo: 'J-2' })).records).toEqual([]);
    expect(await listed()).toEqual(['J-1', 'J-2', 'J-3']);
  });

  it('removes a plan it made when the undo comes before anyone touched it', async () => {
    const t = await backend();
    const meetingId = await jointMeeting(t);
    const applied = await t.api.call('writeback.apply', { meetingId, excludeCaseNos: [], resolutions: [] });
    expect((await t.api.call('plans.list', { caseNo: 'J-1' })).plans).toHaveLength(1);
    const undone = await t.api.call('writeback.undo', { applicationId: applied.applicationId! });
    expect(undone.skipped).toEqual([]);
    expect((await t.api.call('plans.list', { caseNo: 'J-1' })).plans).toEqual([]);
    const [application] = (await t.api.call('writeback.preview', { meetingId })).applications;
    expect(application!.actions.map((a) => a.label)).toContain(
      'サポートプランを作成（担当 保健師A、期限 令和7年7月31日）',
    );
  });
});
