import { describe, expect, it } from 'vitest';
import {
  beginReview,
  closePlan,
  currentVersion,
  editContent,
  handOver,
  missingForHandover,
  PlanError,
  setReviewDue,
  startMonitoring,
  versionInForce,
} from '../../shared/plan/lifecycle';
import { planChanges } from '../../shared/plan/plan-diff';
import { caseNosDueBy, groupByOwner, reviewsDue } from '../../shared/plan/review-due';
import { EMPTY_PLAN_CONTENT, planContentSchema, type SupportPlan } from '../../shared/plan/support-plan';

function plan(over: Partial<SupportPlan> = {}): SupportPlan {
  return {
    id: 1,
    caseNo: 'R7-001',
    familyLabel: '架空 花子さん世帯',
    leadFunction: '母子保健',
    owner: '保健師A',
    status: 'drafting',
    reviewDue: null,
    closedOn: null,
    closedReason: null,
    versions: [
      {
        version: 1,
        content: EMPTY_PLAN_CONTENT,
        createdAt: '2026-04-01T00:00:00Z',
        createdBy: '事務局',
        handedOverOn: null,
      },
    ],
    updatedAt: '2026-04-01T00:00:00Z',
    ...over,
  };
}

const READY = {
  ...EMPTY_PLAN_CONTENT,
  guardianWishes: '夜泣きがつらい。相談できる人がほしい。',
  goals: '母が休める時間をつくる',
  supports: [
    { service: '子育て世帯訪問支援', who: '委託事業者', role: '家事の手伝い', monitoring: '毎月', progress: null },
  ],
};

describe('サポートプラン lifecycle', () => {
  it('names the three required parts missing before 手交, and refuses 手交 until they are filled', () => {
    expect(missingForHandover(EMPTY_PLAN_CONTENT)).toEqual([
      '意向（こども・保護者の気になること・希望すること）',
      '課題（一緒に解決を目指していくこと）',
      '支援の種類及び内容（サービス・支援の行）',
    ]);
    expect(() => handOver(plan(), '2026-04-10', 3)).toThrow(PlanError);
    expect(() => handOver(plan(), '2026-04-10', 3)).toThrow(/手交の前に入力してください：意向/);
    expect(missingForHandover({ ...READY, guardianWishes: null, childWishes: 'ゲームがしたい' })).toEqual([]);
  });

  it('hands over, freezes the version, and sets the review three months on', () => {
    const handed = handOver(editContent(plan(), READY), '2026-04-10', 3);
    expect(handed.status).toBe('handedOver');
    expect(handed.reviewDue).toBe('2026-07-10');
    expect(currentVersion(handed).handedOverOn).toBe('2026-04-10');
    expect(() => editContent(handed, EMPTY_PLAN_CONTENT)).toThrow(/手交した版は変更できません/);
    // A review day set at creation and still ahead is kept.
    const withDue = handOver(editContent(plan({ reviewDue: '2026-06-01' }), READY), '2026-04-10', 3);
    expect(withDue.reviewDue).toBe('2026-06-01');
    // 11-30 + 3 months is clamped to the month's last day.
    expect(handOver(editContent(plan(), READY), '2026-11-30', 3).reviewDue).toBe('2027-02-28');
  });

  it('a 見直し starts version 2 as a copy; the handed-over version stays in force until the new one is handed over', () => {
    const handed = startMonitoring(handOver(editContent(plan(), READY), '2026-04-10', 3));
    expect(handed.status).toBe('monitoring');
    const review = beginReview(handed, '2026-07-01T00:00:00Z', '保健師A');
    expect(review.status).toBe('reviewing');
    expect(review.versions).toHaveLength(2);
    expect(currentVersion(review)).toMatchObject({ version: 2, handedOverOn: null, content: READY });
    expect(versionInForce(review)?.version).toBe(1);
    const edited = editContent(review, { ...READY, goals: '母が週に1回は休める' });
    expect(edited.versions[0]!.content.goals).toBe('母が休める時間をつくる');
    const again = handOver(edited, '2026-07-08', 3);
    expect(versionInForce(again)?.version).toBe(2);
    expect(again.reviewDue).toBe('2026-10-08');
    expect(planChanges(again.versions[0]!.content, again.versions[1]!.content)).toEqual([
      { label: '一緒に解決を目指していくこと', before: '母が休める時間をつくる', after: '母が週に1回は休める' },
    ]);
  });

  it('refuses steps out of order in Japanese, and a closed plan takes no step', () => {
    expect(() => startMonitoring(plan())).toThrow('作成中のサポートプランはモニタリングにできません。');
    expect(() => beginReview(plan(), 'x', 'y')).toThrow('作成中のサポートプランは見直しできません。');
    const closed = closePlan(plan({ reviewDue: '2026-05-01' }), '2026-04-20', '転出');
    expect(closed).toMatchObject({ status: 'closed', closedOn: '2026-04-20', closedReason: '転出', reviewDue: null });
    expect(() => setReviewDue(closed, '2026-06-01')).toThrow('終了のサポートプランは見直し時期の変更できません。');
  });

  it('reads its content with the schema: blank text is no text, a support row needs its service', () => {
    const parsed = planContentSchema.parse({ ...READY, plans: '  ', goals: ' 母が休める ' });
    expect(parsed.plans).toBeNull();
    expect(parsed.goals).toBe('母が休める');
    const bad = planContentSchema.safeParse({ ...READY, supports: [{ ...READY.supports[0], service: ' ' }] });
    expect(bad.success).toBe(false);
  });
});

describe('review list', () => {
  const plans: SupportPlan[] = [
    plan({ id: 1, familyLabel: 'A世帯', reviewDue: '2026-11-20', status: 'monitoring' }),
    plan({ id: 2, familyLabel: 'B世帯', reviewDue: '2026-12-10', status: 'handedOver', owner: null, caseNo: null }),
    plan({ id: 3, familyLabel: 'C世帯', reviewDue: '2027-02-01', status: 'monitoring' }),
    plan({ id: 4, familyLabel: 'D世帯', reviewDue: '2026-10-01', status: 'closed' }),
    plan({
      id: 5,
      familyLabel: 'E世帯',
      reviewDue: '2026-12-01',
      status: 'monitoring',
      leadFunction: '児童福祉',
      caseNo: 'R7-005',
    }),
  ];

  it('lists open plans due by a day, overdue first by day, and groups them by 担当 and function', () => {
    const rows = reviewsDue(plans, '2026-11-30', '2026-12-31');
    expect(rows.map((r) => [r.familyLabel, r.overdue])).toEqual([
      ['A世帯', true],
      ['E世帯', false],
      ['B世帯', false],
    ]);
    expect(groupByOwner(rows).map((g) => [g.owner, g.leadFunction, g.rows.map((r) => r.planId)])).toEqual([
      ['保健師A', '児童福祉', [5]],
      ['保健師A', '母子保健', [1]],
      [null, '母子保健', [2]],
    ]);
  });

  it('gives the cases due by a meeting day for PLAN_REVIEW_DUE, never a plan without a case or a closed one', () => {
    expect([...caseNosDueBy(plans, '2026-12-05')].sort()).toEqual(['R7-001', 'R7-005']);
  });
});
