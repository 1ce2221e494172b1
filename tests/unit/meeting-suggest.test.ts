import { describe, it, expect } from 'vitest';
import { emptyCase, RISK_LEVELS, type LedgerCase } from '../../shared/ledger/case';
import { naturalCompare } from '../../shared/meeting/natural';
import { mergeAgenda, moveItem, suggestAgenda } from '../../shared/meeting/suggest';
import {
  DEFAULT_TRIAGE_SETTINGS,
  EMPTY_SCOPE,
  type AgencyReport,
  type AgendaItem,
  type MeetingScope,
  type SuggestionContext,
} from '../../shared/meeting/types';
import { createRandom } from '../fixtures/random';

const MEETING = '2025-10-15';
const c = (caseNo: string, fields: Partial<LedgerCase> = {}): LedgerCase => ({ ...emptyCase(caseNo), ...fields });

function ctx(fields: Partial<SuggestionContext> = {}): SuggestionContext {
  return {
    meetingDate: MEETING,
    since: '2025-07-10',
    settings: DEFAULT_TRIAGE_SETTINGS,
    reports: new Map(),
    riskAtSince: new Map(),
    registeredSince: new Set(),
    closureProposed: new Set(),
    carriedOver: new Map(),
    planReviewDue: new Set(),
    allActive: false,
    ...fields,
  };
}

const view = (items: AgendaItem[]) => items.map((i) => `${i.group}:${i.order}:${i.caseNo}`);

describe('suggestAgenda', () => {
  it('orders 確認 by caseNo naturally and 協議 by risk, most severe first, then caseNo', () => {
    const cases = [
      c('R7-10', { nextReview: '2025-10' }),
      c('R7-2', { nextReview: '2025-10-01' }),
      c('R7-9', { riskLevel: '重度' }),
      c('R7-11', { riskLevel: '生命の危険' }),
      c('R7-3', { riskLevel: '重度' }),
      c('R7-1'), // no reason
      c('R7-20', { riskLevel: '軽度' }),
    ];
    const items = suggestAgenda(cases, EMPTY_SCOPE, ctx({ registeredSince: new Set(['R7-20']) }));
    expect(view(items)).toEqual([
      'quick:0:R7-2',
      'quick:1:R7-10',
      'deep:0:R7-11',
      'deep:1:R7-3',
      'deep:2:R7-9',
      'deep:3:R7-20',
    ]);
    for (const item of items) {
      expect(item.ruleGroup).toBe(item.group);
      expect(item.override).toBeNull();
      expect(item.deepMinutes).toBeNull();
    }
  });

  it('pre-fills a draft for 確認 cases only', () => {
    const cases = [
      c('Q-1', { nextReview: '2025-10', leadAgency: '架空市こども家庭センター', policy: '見守り継続' }),
      c('Q-2', { riskLevel: '重度', nextReview: '2025-10' }),
    ];
    const [quick, deep] = suggestAgenda(cases, EMPTY_SCOPE, ctx());
    expect(quick?.draft).toEqual({
      policy: '見守り継続',
      nextReview: '2026-01',
      leadAgency: '架空市こども家庭センター',
      note: null,
    });
    expect(deep?.draft).toBeNull();
  });

  it('leaves out a case that is both closed and due', () => {
    const cases = [
      c('X-1', { status: 'closed', closedDate: '2025-09-30', nextReview: '2025-10', riskLevel: '重度' }),
      c('X-2', { nextReview: '2025-10' }),
    ];
    const both = ctx({ allActive: true, closureProposed: new Set(['X-1']), carriedOver: new Map([['X-1', 'deep']]) });
    expect(suggestAgenda(cases, EMPTY_SCOPE, both).map((i) => i.caseNo)).toEqual(['X-2']);
    expect(suggestAgenda(cases, { ...EMPTY_SCOPE, caseNos: ['X-1', 'X-2'] }, both).map((i) => i.caseNo)).toEqual([
      'X-2',
    ]);
  });

  it('takes only cases in scope, with ages at the meeting date', () => {
    const infants: MeetingScope = { ...EMPTY_SCOPE, maxAge: 5 };
    const cases = [
      c('Y-1', { birthDate: '2019-10-16', nextReview: '2025-10' }), // 5 on the meeting day
      c('Y-2', { birthDate: '2019-10-15', nextReview: '2025-10' }), // 6 on the meeting day
    ];
    expect(suggestAgenda(cases, infants, ctx()).map((i) => i.caseNo)).toEqual(['Y-1']);
    expect(suggestAgenda(cases, infants, ctx({ meetingDate: '2025-10-16' })).map((i) => i.caseNo)).toEqual([]);
  });

  it('with allActive takes every active case in scope', () => {
    const cases = [c('Z-1'), c('Z-2', { status: 'closed' }), c('Z-3', { riskLevel: '重度' })];
    const items = suggestAgenda(cases, EMPTY_SCOPE, ctx({ allActive: true }));
    expect(items.map((i) => [i.caseNo, i.group, i.reasons])).toEqual([
      ['Z-1', 'quick', ['ALL_ACTIVE']],
      ['Z-3', 'deep', ['RISK_HIGH']],
    ]);
  });

  it('keeps a carried-over case in the group it had', () => {
    const cases = [c('K-1'), c('K-2')];
    const items = suggestAgenda(
      cases,
      EMPTY_SCOPE,
      ctx({
        carriedOver: new Map([
          ['K-1', 'deep'],
          ['K-2', 'quick'],
        ]),
      }),
    );
    expect(view(items)).toEqual(['quick:0:K-2', 'deep:0:K-1']);
  });

  it('sorts caseNos naturally', () => {
    const sorted = ['R7-10', 'R6-100', 'R7-2', 'R7-0003', 'H30-5', 'R7-2-1', 'R7-', 'R07-1'].sort(naturalCompare);
    expect(sorted).toEqual(['H30-5', 'R6-100', 'R7-', 'R07-1', 'R7-2', 'R7-2-1', 'R7-0003', 'R7-10']);
    expect(naturalCompare('R7-0003', 'R7-3')).toBe(0);
    expect(naturalCompare('A-1', 'B-1')).toBeLessThan(0);
  });

  it('stays linear: 10,000 cases and 3,000 reports well under 250 ms', () => {
    const random = createRandom(20251015);
    const cases: LedgerCase[] = [];
    for (let i = 1; i <= 10_000; i += 1) {
      cases.push(
        c(`R${random.int(5, 7)}-${String(i).padStart(4, '0')}`, {
          classification: random.pick(['要保護児童', '要支援児童', '特定妊婦'] as const),
          birthDate: `20${String(random.int(8, 24)).padStart(2, '0')}-0${random.int(1, 9)}-1${random.int(0, 9)}`,
          riskLevel: random.chance(0.9) ? random.pick(RISK_LEVELS) : null,
          nextReview: random.chance(0.5)
            ? `2025-${String(random.int(1, 12)).padStart(2, '0')}`
            : `2025-1${random.int(0, 2)}-0${random.int(1, 9)}`,
          status: random.chance(0.1) ? 'closed' : 'active',
          leadAgency: random.pick(['架空市こども家庭センター', '架空児童相談所', '架空市保健センター']),
          policy: random.chance(0.5) ? '見守り継続' : null,
        }),
      );
    }
    const reports = new Map<string, AgencyReport[]>();
    for (let i = 0; i < 3_000; i += 1) {
      const caseNo = random.pick(cases).caseNo;
      const r: AgencyReport = {
        id: i + 1,
        createdAt: '2025-09-01T00:00:00.000Z',
        caseNo,
        reportDate: `2025-0${random.int(5, 9)}-1${random.int(0, 9)}`,
        agency: '架空市立第一小学校',
        periodFrom: null,
        periodTo: null,
        daysAbsent: random.int(0, 12),
        unexplainedAbsence: random.chance(0.1),
        injury: random.chance(0.05),
        homeChange: null,
        safetyScale: random.int(0, 10),
        note: null,
      };
      reports.set(caseNo, [...(reports.get(caseNo) ?? []), r]);
    }
    const context = ctx({
      reports,
      registeredSince: new Set(cases.slice(0, 200).map((x) => x.caseNo)),
      riskAtSince: new Map(cases.slice(200, 400).map((x) => [x.caseNo, '軽度'])),
    });
    const scope: MeetingScope = {
      ...EMPTY_SCOPE,
      classifications: ['要保護児童', '要支援児童'],
      minAge: 0,
      maxAge: 18,
    };
    suggestAgenda(cases, scope, context); // warm-up: the JIT, not our code, dominates a cold first run
    let best = Infinity;
    let items: AgendaItem[] = [];
    for (let run = 0; run < 10; run += 1) {
      const start = performance.now();
      items = suggestAgenda(cases, scope, context);
      best = Math.min(best, performance.now() - start);
    }
    expect(items.length).toBeGreaterThan(1000);
    // Typically 5-30 ms (the figure itself is measured by `npm run bench`, agenda.ms). This bound only
    // catches an O(n²) slip, which would take seconds, without failing on a busy 2-core CI machine.
    expect(best).toBeLessThan(250);
  });
});

// A small board: 確認; 協議 B-1, B-2.
function board(): AgendaItem[] {
  const item = (caseNo: string, group: 'quick' | 'deep', order: number): AgendaItem => ({
    caseNo,
    group,
    ruleGroup: group,
    reasons: group === 'quick' ? ['REVIEW_DUE'] : ['RISK_HIGH'],
    order,
    deepMinutes: null,
    draft: group === 'quick' ? { policy: '現方針継続', nextReview: '2026-01', leadAgency: null, note: null } : null,
    override: null,
  });
  return [
    item('A-1', 'quick', 0),
    item('A-2', 'quick', 1),
    item('A-3', 'quick', 2),
    item('B-1', 'deep', 0),
    item('B-2', 'deep', 1),
  ];
}
const AT = '2025-10-01T10:00:00.000Z';

describe('moveItem', () => {
  it('records an override for a move against the rules and renumbers both groups', () => {
    const moved = moveItem(board(), 'A-2', 'deep', 1, '事務局 架空', AT, '家庭状況の変化を共有したい');
    expect(view(moved)).toEqual(['quick:0:A-1', 'quick:1:A-3', 'deep:0:B-1', 'deep:1:A-2', 'deep:2:B-2']);
    expect(moved.find((i) => i.caseNo === 'A-2')?.override).toEqual({
      by: '事務局 架空',
      at: AT,
      from: 'quick',
      to: 'deep',
      reason: '家庭状況の変化を共有したい',
    });
    expect(moved.find((i) => i.caseNo === 'A-2')?.ruleGroup).toBe('quick');
  });

  it('clears the override when the card is moved back, and keeps its draft throughout', () => {
    const there = moveItem(board(), 'A-1', 'deep', 0, '事務局', AT, null);
    const back = moveItem(there, 'A-1', 'quick', 5, '事務局', AT, null);
    expect(view(back)).toEqual(['quick:0:A-2', 'quick:1:A-3', 'quick:2:A-1', 'deep:0:B-1', 'deep:1:B-2']);
    const a1 = back.find((i) => i.caseNo === 'A-1');
    expect(a1?.override).toBeNull();
    expect(a1?.draft?.policy).toBe('現方針継続');
  });

  it('reorders inside a group without an override, and 保留 always counts as an override', () => {
    const reordered = moveItem(board(), 'A-3', 'quick', 0, '事務局', AT, null);
    expect(view(reordered).slice(0, 3)).toEqual(['quick:0:A-3', 'quick:1:A-1', 'quick:2:A-2']);
    expect(reordered.every((i) => i.override === null)).toBe(true);
    const held = moveItem(board(), 'B-2', 'hold', 0, '事務局', AT, '次回に持ち越し');
    expect(view(held).slice(-1)).toEqual(['hold:0:B-2']);
    expect(held.find((i) => i.caseNo === 'B-2')?.override).toMatchObject({ from: 'deep', to: 'hold' });
  });

  it('keeps the first override when the card is only reordered, and renews it on another group', () => {
    const held = moveItem(board(), 'A-1', 'hold', 0, '甲', AT, '理由1');
    const again = moveItem(held, 'A-1', 'hold', 0, '乙', '2025-10-02T10:00:00.000Z', null);
    expect(again.find((i) => i.caseNo === 'A-1')?.override).toMatchObject({ by: '甲', reason: '理由1' });
    const toDeep = moveItem(again, 'A-1', 'deep', 0, '乙', '2025-10-02T10:00:00.000Z', null);
    expect(toDeep.find((i) => i.caseNo === 'A-1')?.override).toMatchObject({ by: '乙', from: 'quick', to: 'deep' });
  });

  it('clamps the index and leaves the board alone for an unknown case', () => {
    expect(view(moveItem(board(), 'B-1', 'deep', -3, '事務局', AT, null)).slice(3)).toEqual([
      'deep:0:B-1',
      'deep:1:B-2',
    ]);
    expect(view(moveItem(board(), 'B-1', 'deep', 99, '事務局', AT, null)).slice(3)).toEqual([
      'deep:0:B-2',
      'deep:1:B-1',
    ]);
    expect(view(moveItem(board(), 'NO-1', 'deep', 0, '事務局', AT, null))).toEqual(view(board()));
  });
});

describe('mergeAgenda', () => {
  it('keeps group, order, draft, deepMinutes and override of items already there, and adds new ones at the end', () => {
    let existing = moveItem(board(), 'A-3', 'quick', 0, '事務局', AT, null); // reordered by hand
    existing = moveItem(existing, 'A-1', 'deep', 2, '事務局', AT, '要協議'); // moved against the rules
    existing = existing.map((i) =>
      i.caseNo === 'B-1'
        ? { ...i, deepMinutes: 25 }
        : i.caseNo === 'A-2'
          ? { ...i, draft: { policy: '編集済み', nextReview: '2025-12', leadAgency: null, note: 'メモ' } }
          : i,
    );
    const suggested = suggestAgenda(
      [
        c('A-1', { nextReview: '2025-10' }),
        c('A-2', { nextReview: '2025-10' }),
        c('A-3', { nextReview: '2025-10' }),
        c('B-1', { riskLevel: '重度' }),
        c('B-2', { riskLevel: '重度' }),
        c('A-0', { nextReview: '2025-10' }),
        c('B-0', { riskLevel: '生命の危険' }),
      ],
      EMPTY_SCOPE,
      ctx(),
    );
    const merged = mergeAgenda(existing, suggested);
    expect(view(merged)).toEqual([
      'quick:0:A-3',
      'quick:1:A-2',
      'quick:2:A-0',
      'deep:0:B-1',
      'deep:1:B-2',
      'deep:2:A-1',
      'deep:3:B-0',
    ]);
    expect(merged.find((i) => i.caseNo === 'B-1')?.deepMinutes).toBe(25);
    expect(merged.find((i) => i.caseNo === 'A-2')?.draft).toMatchObject({ policy: '編集済み', note: 'メモ' });
    expect(merged.find((i) => i.caseNo === 'A-1')?.override).toMatchObject({
      reason: '要協議',
      from: 'quick',
      to: 'deep',
    });
    expect(merged.find((i) => i.caseNo === 'A-0')?.draft).not.toBeNull();
  });

  it('drops items no longer suggested unless they were moved by hand', () => {
    const existing = moveItem(board(), 'B-2', 'hold', 0, '事務局', AT, null);
    const suggested = suggestAgenda([c('A-1', { nextReview: '2025-10' })], EMPTY_SCOPE, ctx());
    expect(view(mergeAgenda(existing, suggested))).toEqual(['quick:0:A-1', 'hold:0:B-2']);
  });

  it('moves an untouched item when the rules now say another group, and updates its reasons', () => {
    const suggested = suggestAgenda(
      [
        c('A-1', { nextReview: '2025-10' }),
        c('A-2', { nextReview: '2025-10', riskLevel: '重度' }),
        c('A-3', { nextReview: '2025-10' }),
        c('B-1', { riskLevel: '重度' }),
        c('B-2', { riskLevel: '重度' }),
      ],
      EMPTY_SCOPE,
      ctx(),
    );
    const merged = mergeAgenda(board(), suggested);
    expect(view(merged)).toEqual(['quick:0:A-1', 'quick:1:A-3', 'deep:0:B-1', 'deep:1:B-2', 'deep:2:A-2']);
    const a2 = merged.find((i) => i.caseNo === 'A-2');
    expect(a2).toMatchObject({ ruleGroup: 'deep', reasons: ['RISK_HIGH', 'REVIEW_DUE'], override: null });
  });

  it('clears an override that the rules now agree with', () => {
    const existing = moveItem(board(), 'A-1', 'deep', 0, '事務局', AT, null);
    const suggested = suggestAgenda([c('A-1', { riskLevel: '重度' })], EMPTY_SCOPE, ctx());
    const merged = mergeAgenda(existing, suggested);
    expect(merged.find((i) => i.caseNo === 'A-1')).toMatchObject({ group: 'deep', ruleGroup: 'deep', override: null });
  });

  it('is stable: merging the same suggestion twice changes nothing', () => {
    const cases = [c('A-1', { nextReview: '2025-10' }), c('B-1', { riskLevel: '重度' })];
    const suggested = suggestAgenda(cases, EMPTY_SCOPE, ctx());
    const once = mergeAgenda([], suggested);
    expect(once).toEqual(suggested);
    expect(mergeAgenda(once, suggested)).toEqual(once);
  });
});
