// The family's copy of a サポートプラン (shared/plan/plan-print.ts): the 様式例's parts in order, the consent text,
// a child's signature line only when a child is named, and nothing of the plan's record (登録番号, the family
// label, 担当) in it — the model is built from one version's content alone.
import { describe, expect, it } from 'vitest';
import { CONSENT_TEXT, planPrintModel, planPrintStrings } from '../../shared/plan/plan-print';
import { EMPTY_PLAN_CONTENT, type PlanContent, type PlanVersion } from '../../shared/plan/support-plan';

const CONTENT: PlanContent = {
  ...EMPTY_PLAN_CONTENT,
  createdOn: '2026-04-01',
  children: [{ name: '架空 はると', birthDate: '2025-10-01', affiliation: 'ひかり保育園' }],
  guardians: [{ name: '架空 花子', birthDate: '1995-05-05', affiliation: '母', work: '休業中' }],
  guardianWishes: '夜泣きがつらい。少し眠りたい。',
  goals: 'お母さんが休める時間をつくる',
  period: { from: '2026-04', to: '2026-06' },
  supports: [
    { service: '子育て世帯訪問支援', who: '委託事業者', role: '家事の手伝い', monitoring: '毎月', progress: null },
  ],
  nextConsultation: '6月中旬',
  contacts: { maternal: { name: '保健師 A', phone: '000-0000' }, welfare: { name: null, phone: null } },
  consentDate: '2026-04-10',
};

const version = (content: PlanContent, handedOverOn: string | null = null): PlanVersion => ({
  version: 1,
  content,
  createdAt: '2026-04-01T00:00:00.000Z',
  createdBy: '保健師A',
  handedOverOn,
});

describe('planPrintModel', () => {
  it('prints the parts in the 様式例 order with the consent at the end', () => {
    const model = planPrintModel(version(CONTENT, '2026-04-10'));
    expect(model.title).toBe('サポートプラン');
    expect(model.notice).toBe('取扱注意');
    expect(model.dates).toEqual([
      { label: '作成日', text: '令和8年4月1日' },
      { label: '手交日', text: '令和8年4月10日' },
    ]);
    expect(model.fields.map((f) => f.label)).toEqual([
      '今後の予定',
      'こどもの気になること・希望すること',
      '保護者の気になること・希望すること',
      '一緒に解決を目指していくこと',
      '対象時期',
    ]);
    expect(model.fields[2]!.text).toBe('夜泣きがつらい。少し眠りたい。');
    expect(model.fields[4]!.text).toBe('令和8年4月 〜 令和8年6月');
    expect(model.supports.rows).toEqual([['子育て世帯訪問支援', '委託事業者', '家事の手伝い', '毎月', '']]);
    expect(model.consent).toEqual({
      text: CONSENT_TEXT,
      date: '令和8年4月10日',
      signatures: ['保護者署名', 'こども署名'],
    });
    expect(CONSENT_TEXT).toBe('このプランの内容について説明を受け、同意しました。');
    expect(model.pregnancy).toEqual([]);
  });

  it('asks for the child to sign only when the plan names a child', () => {
    const pregnant = {
      ...CONTENT,
      children: [],
      pregnancy: { dueDate: '2026-08-01', hospital: '架空病院', homecoming: 'なし' },
    };
    const model = planPrintModel(version(pregnant));
    expect(model.consent.signatures).toEqual(['保護者署名']);
    expect(model.pregnancy.map((f) => f.label)).toEqual(['出産予定日', '出産予定の医療機関', '里帰り出産']);
    expect(model.dates.map((d) => d.label)).toEqual(['作成日']);
  });

  it('never prints anything of the plan record or internal words, only the content', () => {
    // The model takes a version: a whole plan's 登録番号, label, 担当 or a risk word kept beside it cannot reach it.
    const plan = {
      caseNo: 'R8-INTERNAL-001',
      familyLabel: '内部呼称世帯',
      owner: '担当ワーカー内部',
      versions: [version(CONTENT)],
      severity: '重度',
    };
    const strings = planPrintStrings(planPrintModel(plan.versions[0]!)).join('\n');
    for (const internal of [
      'R8-INTERNAL-001',
      '内部呼称世帯',
      '担当ワーカー内部',
      '重症度',
      '重度',
      '虐待',
      'リスク',
      '種別',
      '保健師A',
    ])
      expect(strings).not.toContain(internal);
    expect(strings).toContain('架空 花子');
  });

  it('uses the 西暦 style when asked and keeps empty parts as blanks to fill by hand', () => {
    const model = planPrintModel(version(EMPTY_PLAN_CONTENT), { dateStyle: 'seireki' });
    expect(model.fields.every((f) => f.text === '')).toBe(true);
    expect(model.consent.date).toBe('');
    expect(planPrintModel(version(CONTENT), { dateStyle: 'seireki' }).dates[0]!.text).toBe('2026/04/01');
  });
});
