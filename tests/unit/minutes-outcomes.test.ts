// What the minutes say happened to each case: decided, confirmed on the 事務局案, taken up without a decision
// (with the time spent), not reached, or 保留. Every name here is made up.
import { describe, expect, it } from 'vitest';
import { emptyCase } from '../../shared/ledger/case';
import { confirmedDecision, EMPTY_DECISION, type Decision, type DecisionInput } from '../../shared/meeting/decision';
import { initialLiveState, type LiveState } from '../../shared/meeting/live';
import { buildMinutes, type MinutesInput } from '../../shared/meeting/minutes';
import { minutesHtml } from '../../shared/meeting/minutes-html';
import { EMPTY_SCOPE, type AgendaItem, type DraftDecision, type Meeting } from '../../shared/meeting/types';

const MEETING: Meeting = {
  id: 3,
  createdAt: '2026-11-01T00:00:00.000Z',
  kind: '実務者会議',
  subcommittee: null,
  title: '第3回 実務者会議',
  date: '2026-12-01',
  startTime: '10:00',
  place: null,
  plannedMinutes: 60,
  facilitator: null,
  invitedAgencies: [],
  invitedPeople: [],
  status: '終了',
  scope: EMPTY_SCOPE,
};

const NOTE = '母子手帳の交付は済んでいる（事務局の聞き取り）。';
const DRAFT: DraftDecision = { policy: '見守り継続', nextReview: '2027-03', leadAgency: 'みどり保育園', note: NOTE };

function item(
  caseNo: string,
  group: AgendaItem['group'],
  order: number,
  draft: DraftDecision | null = null,
): AgendaItem {
  return {
    caseNo,
    group,
    ruleGroup: group === 'hold' ? 'deep' : group,
    reasons: [],
    order,
    deepMinutes: null,
    draft,
    override: null,
  };
}

function decision(caseNo: string, fields: Partial<DecisionInput>, state: Decision['state'] = 'recorded'): Decision {
  return {
    ...EMPTY_DECISION,
    ...fields,
    meetingId: 3,
    caseNo,
    state,
    recordedAt: '2026-12-01T01:15:00.000Z',
    updatedAt: '2026-12-01T01:15:00.000Z',
  };
}

const LIVE: LiveState = {
  ...initialLiveState(3),
  startedAt: '2026-12-01T01:12:00.000Z',
  endedAt: '2026-12-01T01:40:00.000Z',
  // A: confirmed in 40 s; B: discussed 10 minutes and decided; C: discussed 3分50秒, no decision recorded;
  // D: clicked past in 0.2 s; E: never opened.
  timer: { runningSince: null, spentMs: { A: 40_000, B: 600_000, C: 230_000, D: 200 } },
  carriedOver: ['C', 'D', 'E'],
};

function input(fields: Partial<MinutesInput> = {}): MinutesInput {
  return {
    meeting: MEETING,
    live: LIVE,
    agenda: [
      item('A', 'quick', 0, DRAFT),
      item('B', 'deep', 0),
      item('C', 'deep', 1),
      item('D', 'deep', 2),
      item('E', 'deep', 3),
      { ...item('F', 'hold', 0), ruleGroup: 'quick' },
    ],
    decisions: [
      { ...decision('A', confirmedDecision(DRAFT)) },
      decision('B', {
        outcome: 'discussed',
        situation: '登園が週2日に減った。',
        discussion: '家庭訪問の頻度を協議。',
        policy: '週1回の家庭訪問',
      }),
      // Typed in the room but never recorded: it was not agreed, so the minutes do not print it.
      decision('C', { outcome: 'discussed', situation: '下書きの状況', policy: '下書きの方針' }, 'draft'),
    ],
    cases: ['A', 'B', 'C', 'D', 'E', 'F'].map((caseNo) => emptyCase(caseNo)),
    agencyNames: [],
    nextMeeting: null,
    masked: false,
    now: new Date('2026-12-01T03:00:00.000Z'),
    timeZone: 'Asia/Tokyo',
    ...fields,
  };
}

const lines = (model: ReturnType<typeof buildMinutes>, caseNo: string) => {
  const found = model.groups.flatMap((g) => g.items).find((i) => i.caseNo === caseNo);
  return found ? found.lines.map((l) => `${l.label}：${l.value}`) : null;
};

describe('minutes outcomes', () => {
  it('a 協議 case with a recorded decision: 協議のうえ決定 with its time, no doubled label', () => {
    const model = buildMinutes(input());
    expect(lines(model, 'B')).toEqual([
      '区分：協議',
      '結果：協議のうえ決定（所要 10分）',
      '状況：登園が週2日に減った。',
      '協議内容：家庭訪問の頻度を協議。',
      '支援方針：週1回の家庭訪問',
      '主担当機関：—',
      '次回確認時期：—',
    ]);
    expect(minutesHtml(model)).not.toContain('協議（協議）');
  });

  it('a 確認 case confirmed on the 事務局案: its note under 事務局案, not under 状況', () => {
    const model = buildMinutes(input());
    expect(lines(model, 'A')).toEqual([
      '区分：確認',
      '結果：事務局案どおり確認（所要 40秒）',
      `事務局案：${NOTE}`,
      '状況：—',
      '支援方針：見守り継続',
      '主担当機関：みどり保育園',
      '次回確認時期：令和9年3月',
    ]);
    // Recorded before the fix, the note was stored as the 状況: it is still printed as the 事務局案 only.
    const legacy = input({ decisions: [decision('A', { ...confirmedDecision(DRAFT), situation: NOTE })] });
    expect(lines(buildMinutes(legacy), 'A')).toContain('状況：—');
    expect(lines(buildMinutes(legacy), 'A')!.filter((l) => l.includes(NOTE))).toEqual([`事務局案：${NOTE}`]);
  });

  it('a case discussed without a recorded decision: taken up, with the minutes spent, no decision lines', () => {
    const model = buildMinutes(input());
    expect(lines(model, 'C')).toEqual(['区分：協議', '結果：取り上げたが決定に至らず（所要 3分50秒）']);
    const c = model.carriedOver.find((x) => x.caseNo === 'C');
    expect(c).toMatchObject({ outcome: 'noDecision', reason: '取り上げたが決定に至らず（協議・所要 3分50秒）' });
    expect(JSON.stringify(model)).not.toContain('下書き');
  });

  it('cases not reached and cases moved to 保留 say so, each once', () => {
    const model = buildMinutes(input());
    expect(lines(model, 'D')).toBeNull();
    expect(lines(model, 'E')).toBeNull();
    expect(model.carriedOver.map((c) => [c.caseNo, c.outcome, c.reason])).toEqual([
      ['C', 'noDecision', '取り上げたが決定に至らず（協議・所要 3分50秒）'],
      ['D', 'notReached', '時間内に取り上げられなかった（協議）'],
      ['E', 'notReached', '時間内に取り上げられなかった（協議）'],
      ['F', 'held', '保留として次回へ（確認）'],
    ]);
  });

  it('while the meeting runs, nothing is called missed yet', () => {
    const model = buildMinutes(input({ live: { ...LIVE, endedAt: null, carriedOver: [] } }));
    expect(lines(model, 'C')).toEqual(['区分：協議', '結果：取り上げたが決定は未記録（所要 3分50秒）']);
    expect(model.carriedOver.find((c) => c.caseNo === 'E')?.reason).toBe('まだ取り上げていない（協議）');
  });

  it('counts the case on screen while its timer runs, in the draft minutes', () => {
    const running: LiveState = {
      ...LIVE,
      endedAt: null,
      carriedOver: [],
      current: 'E',
      timer: { ...LIVE.timer, runningSince: '2026-12-01T01:30:00.000Z' },
    };
    const model = buildMinutes(input({ live: running, now: new Date('2026-12-01T01:31:05.000Z') }));
    expect(lines(model, 'E')).toEqual(['区分：協議', '結果：取り上げたが決定は未記録（所要 1分5秒）']);
  });

  it('gives the meeting time on the council clock: 10:12〜10:40 in Japan, whatever the machine runs in', () => {
    const when = (timeZone: string) =>
      buildMinutes(input({ timeZone })).meetingLines.find((l) => l.label === '日時')?.value;
    expect(when('Asia/Tokyo')).toBe('令和8年12月1日　10:12〜10:40');
    expect(when('UTC')).toBe('令和8年12月1日　01:12〜01:40');
    // 作成日 is the council's day: 2026-12-01 03:00 UTC is still 11月30日 in Los Angeles.
    expect(buildMinutes(input({ timeZone: 'America/Los_Angeles' })).createdOn).toBe('令和8年11月30日');
  });
});
