// The minutes model and its HTML: every name, kana and date here is made up.
import { describe, expect, it } from 'vitest';
import { emptyCase, type LedgerCase } from '../../shared/ledger/case';
import { EMPTY_DECISION, type Decision, type DecisionInput } from '../../shared/meeting/decision';
import { initialLiveState, type LiveState } from '../../shared/meeting/live';
import { buildMinutes, minutesFileBase, rolesByAgency, type MinutesInput } from '../../shared/meeting/minutes';
import { escapeHtml, minutesHtml } from '../../shared/meeting/minutes-html';
import { EMPTY_SCOPE, type AgendaItem, type Meeting } from '../../shared/meeting/types';

const MEETING: Meeting = {
  id: 7,
  createdAt: '2026-11-01T00:00:00.000Z',
  kind: '実務者会議',
  subcommittee: '乳幼児部会',
  title: '第5回 実務者会議',
  date: '2026-12-01',
  startTime: '14:00',
  place: '第2会議室',
  plannedMinutes: 90,
  facilitator: '統括支援員',
  invitedAgencies: ['みどり保育園'],
  invitedPeople: [],
  status: '終了',
  scope: EMPTY_SCOPE,
};

const CASES: LedgerCase[] = [
  {
    ...emptyCase('R8-0001'),
    name: '青木 陽菜',
    kana: 'あおき ひな',
    birthDate: '2023-02-03',
    guardianName: '青木 大輔',
    riskLevel: '中度',
  },
  { ...emptyCase('R8-0002'), name: '西村 湊', kana: 'にしむら みなと', birthDate: '2022-07-08' },
  { ...emptyCase('R8-0003'), name: '北川 結', kana: 'きたがわ ゆい' },
  { ...emptyCase('R8-0004'), name: '南 蓮', kana: 'みなみ れん' },
];

function item(caseNo: string, group: AgendaItem['group'], order: number): AgendaItem {
  return {
    caseNo,
    group,
    ruleGroup: group === 'hold' ? 'deep' : group,
    reasons: [],
    order,
    deepMinutes: null,
    draft: null,
    override: null,
  };
}

function decision(caseNo: string, fields: Partial<DecisionInput>, state: Decision['state'] = 'recorded'): Decision {
  return {
    ...EMPTY_DECISION,
    ...fields,
    meetingId: 7,
    caseNo,
    state,
    recordedAt: state === 'recorded' ? '2026-12-01T05:10:00.000Z' : null,
    updatedAt: '2026-12-01T05:10:00.000Z',
  };
}

const ENDED: LiveState = {
  ...initialLiveState(7),
  // 14:02〜15:31 in Japan.
  startedAt: '2026-12-01T05:02:00.000Z',
  endedAt: '2026-12-01T06:31:00.000Z',
  attendees: ['みどり保育園', '北保健センター', '山本（こども家庭センター）'],
  timer: { runningSince: null, spentMs: { 'R8-0001': 754_000, 'R8-0002': 60_000 } },
  carriedOver: ['R8-0003'],
};

function input(fields: Partial<MinutesInput> = {}): MinutesInput {
  return {
    meeting: MEETING,
    live: ENDED,
    agenda: [
      item('R8-0002', 'quick', 0),
      item('R8-0001', 'deep', 0),
      item('R8-0003', 'deep', 1),
      item('R8-0004', 'hold', 0),
    ],
    decisions: [
      decision('R8-0002', {
        outcome: 'confirmed',
        policy: '見守り継続',
        nextReview: '2027-03',
        leadAgency: 'みどり保育園',
      }),
      decision('R8-0001', {
        outcome: 'discussed',
        situation: '母 青木大輔の妻から相談。',
        discussion: '青木陽菜の登園が不安定。',
        policy: '週1回の家庭訪問',
        leadAgency: 'こども家庭センター',
        riskLevel: '重度',
        classification: '要保護児童',
        roles: [
          { agency: 'みどり保育園', task: '登園状況を毎日確認', due: '2026-12-15' },
          { agency: '北保健センター', task: '家庭訪問', due: null },
        ],
        services: [{ service: '養育支援訪問', mode: '措置' }],
        supportPlan: { action: '見直し', by: 'こども家庭センター', due: '2027-01' },
        jiso: { involvement: '助言を依頼', note: null },
      }),
      decision('R8-0003', { outcome: 'discussed', policy: '未確定の案' }, 'draft'),
    ],
    cases: CASES,
    agencyNames: ['北保健センター', 'こども家庭センター'],
    nextMeeting: { title: '第6回 実務者会議', date: '2027-01-12', startTime: '14:00', place: '第2会議室' },
    boards: { 'R8-0001': '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>', 'R8-0002': '<svg/>' },
    masked: false,
    now: new Date('2026-12-02T01:00:00.000Z'),
    timeZone: 'Asia/Tokyo',
    ...fields,
  };
}

describe('buildMinutes', () => {
  it('lists recorded decisions by group in meeting order with what was decided', () => {
    const model = buildMinutes(input());
    expect(model.title).toBe('議事録');
    expect(model.groups.map((g) => [g.label, g.items.map((i) => `${i.no}:${i.caseNo}`)])).toEqual([
      ['確認', ['1:R8-0002']],
      ['協議', ['2:R8-0001']],
    ]);
    const deep = model.groups[1]!.items[0]!;
    expect(deep.label).toBe('R8-0001 青木 陽菜');
    expect(deep.outcome).toBe('decided');
    expect(deep.result).toBe('協議のうえ決定（所要 12分34秒）');
    expect(deep.time).toBe('12分34秒');
    expect(Object.fromEntries(deep.decisions.map((l) => [l.label, l.value]))).toEqual({
      支援方針: '週1回の家庭訪問',
      主担当機関: 'こども家庭センター',
      次回確認時期: '—',
      重症度の変更: '重度',
      種別の変更: '要保護児童',
      支援サービス: '養育支援訪問（措置）',
      サポートプラン: 'サポートプランの見直し　担当：こども家庭センター　期限：令和9年1月',
      児童相談所: '助言を依頼',
    });
    expect(deep.roles).toEqual([
      { agency: 'みどり保育園', task: '登園状況を毎日確認', due: '令和8年12月15日' },
      { agency: '北保健センター', task: '家庭訪問', due: '—' },
    ]);
    expect(deep.boardSvg).toContain('<svg');
    // A 確認 case never carries a board picture.
    expect(model.groups[0]!.items[0]!.boardSvg).toBeNull();
  });

  it('gives the meeting lines, carried-over cases and the next meeting', () => {
    const model = buildMinutes(input());
    const lines = Object.fromEntries(model.meetingLines.map((l) => [l.label, l.value]));
    expect(lines['日時']).toBe('令和8年12月1日　14:02〜15:31');
    expect(lines['出席機関']).toBe('みどり保育園、北保健センター');
    expect(lines['出席者']).toBe('山本（こども家庭センター）');
    expect(lines['会議']).toBe('実務者会議（乳幼児部会）');
    expect(model.carriedOver).toEqual([
      {
        caseNo: 'R8-0003',
        label: 'R8-0003 北川 結',
        outcome: 'notReached',
        reason: '時間内に取り上げられなかった（協議）',
      },
      { caseNo: 'R8-0004', label: 'R8-0004 南 蓮', outcome: 'held', reason: '保留として次回へ（協議）' },
    ]);
    expect(model.nextMeeting).toBe('令和9年1月12日　14:00〜　場所：第2会議室　（第6回 実務者会議）');
    expect(buildMinutes(input({ nextMeeting: null })).nextMeeting).toMatch(/^令和　　年/);
    expect(model.fileBase).toBe('議事録_2026-12-01_実務者会議_乳幼児部会');
  });

  it('is a draft 議事録（案） while the meeting has not ended, carrying what has no decision yet', () => {
    const running = { ...ENDED, endedAt: null, carriedOver: [] };
    const model = buildMinutes(input({ live: running }));
    expect(model.title).toBe('議事録（案）');
    expect(model.draft).toBe(true);
    expect(model.carriedOver.map((c) => c.caseNo)).toEqual(['R8-0003', 'R8-0004']);
    expect(model.meetingLines.find((l) => l.label === '日時')?.value).toContain('（進行中）');
  });

  it('masked: labels are caseNo + initials and no name, kana or birth date is left anywhere', () => {
    const model = buildMinutes(input({ masked: true }));
    const all = JSON.stringify(model) + minutesHtml(model);
    for (const secret of ['青木', '陽菜', 'あおき', '大輔', '西村', '北川', '南 蓮', '2023-02-03', '令和5年2月3日']) {
      expect(all, secret).not.toContain(secret);
    }
    expect(model.groups[1]!.items[0]!.label).toBe('R8-0001 A.H.');
    expect(model.groups[1]!.items[0]!.situation).toBe('母 〇〇の妻から相談。');
    expect(model.fileBase.endsWith('_マスク')).toBe(true);
  });

  it('uses 西暦 when the municipality set it', () => {
    const model = buildMinutes(input({ dateStyle: 'seireki' }));
    expect(model.groups[1]!.items[0]!.roles[0]!.due).toBe('2026/12/15');
  });
});

describe('rolesByAgency', () => {
  it('gathers every task per agency across cases', () => {
    const roles = rolesByAgency(buildMinutes(input()));
    expect(roles.map((r) => [r.agency, r.rows.map((x) => x.task)])).toEqual(
      [
        ['みどり保育園', ['登園状況を毎日確認']],
        ['北保健センター', ['家庭訪問']],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]), 'ja')),
    );
  });
});

describe('minutesHtml', () => {
  it('escapes every text and carries 取扱注意 in the repeated table header', () => {
    const hostile = input({
      meeting: { ...MEETING, title: '<script>alert(1)</script> & "会議"' },
      decisions: [decision('R8-0002', { outcome: 'confirmed', policy: '<img src=x onerror=alert(1)>' })],
    });
    const html = minutesHtml(buildMinutes(hostile));
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;会議&quot;');
    expect(html).toMatch(/<thead><tr><td><div class="running-head"><span class="notice">取扱注意<\/span>/);
    expect(escapeHtml(`'`)).toBe('&#39;');
  });

  it('inlines a 協議 case board SVG (its text stays text in a PDF); anything that could run stays an encoded image', () => {
    const html = minutesHtml(buildMinutes(input()));
    expect(html).toContain('<figure class="board" role="img" aria-label="');
    expect(html.match(/<svg/g)).toHaveLength(1);
    expect(html).not.toContain('data:image/svg+xml');
    const hostile = {
      ...input(),
      boards: { 'R8-0001': '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>' },
    };
    const safe = minutesHtml(buildMinutes(hostile));
    expect(safe).not.toContain('<script>');
    expect(safe).toContain('src="data:image/svg+xml;charset=utf-8,%3Csvg');
  });
});

describe('minutesFileBase', () => {
  it('replaces characters Windows forbids in file names', () => {
    expect(minutesFileBase({ date: '2026-12-01', kind: '実務者会議', subcommittee: 'A/B:部会' }, false)).toBe(
      '議事録_2026-12-01_実務者会議_A_B_部会',
    );
  });
});

describe('a 合同ケース会議 decision in the minutes', () => {
  it('says the 判定, the lead function and the list, and puts a 両機能 task on both functions', () => {
    const joint = decision('R8-0001', {
      outcome: 'discussed',
      judgement: { kind: '特定妊婦', grounds: '支援者がいない' },
      leadFunction: '母子保健',
      listAction: '継続',
      roles: [
        { agency: '母子保健', task: '妊婦訪問', due: null, staff: '保健師A' },
        { agency: '両機能', task: '出産後の家庭訪問', due: null },
      ],
    });
    const model = buildMinutes(input({ decisions: [joint] }));
    const item = model.groups.flatMap((g) => g.items).find((i) => i.caseNo === 'R8-0001')!;
    const lines = item.lines.map((l) => `${l.label}：${l.value}`);
    expect(lines).toContain('判定：特定妊婦（支援者がいない）');
    expect(lines).toContain('主担当機能：母子保健');
    expect(lines).toContain('名簿：継続');
    expect(rolesByAgency(model).map((a) => [a.agency, a.rows.map((r) => r.task)])).toEqual([
      ['児童福祉', ['出産後の家庭訪問（両機能で）']],
      ['母子保健', ['妊婦訪問（担当：保健師A）', '出産後の家庭訪問（両機能で）']],
    ]);
  });
});
