// The 次第 in the minutes: item sections with their records and time, a 代表者会議 without cases, and a meeting
// made before programs that reads exactly as before. Every name here is made up.
import { describe, expect, it } from 'vitest';
import { emptyCase, type LedgerCase } from '../../shared/ledger/case';
import { EMPTY_DECISION, type Decision } from '../../shared/meeting/decision';
import { initialLiveState, itemKey, type LiveState } from '../../shared/meeting/live';
import { buildMinutes, NO_RECORD, type MinutesInput } from '../../shared/meeting/minutes';
import { minutesHtml } from '../../shared/meeting/minutes-html';
import { casesNamedIn } from '../../shared/meeting/minutes-program';
import { CASES_ONLY_PROGRAM, type ProgramEntry, type ProgramItem } from '../../shared/meeting/program';
import { EMPTY_SCOPE, type AgendaItem, type Meeting } from '../../shared/meeting/types';

const MEETING: Meeting = {
  id: 3,
  createdAt: '2026-11-01T00:00:00.000Z',
  kind: '実務者会議',
  subcommittee: null,
  title: '第8回 実務者会議',
  date: '2026-12-08',
  startTime: '14:00',
  place: '第1会議室',
  plannedMinutes: 120,
  facilitator: '統括支援員',
  invitedAgencies: [],
  invitedPeople: [],
  status: '終了',
  scope: EMPTY_SCOPE,
};

const CASES: LedgerCase[] = [
  { ...emptyCase('P-1'), name: '森 葵', kana: 'もり あおい', guardianName: '森 健一' },
  { ...emptyCase('P-2'), name: '川口 樹', kana: 'かわぐち いつき' },
];

function item(id: string, kind: ProgramItem['kind'], title: string, fields: Partial<ProgramItem> = {}): ProgramItem {
  return { id, kind, title, presenter: null, minutes: 10, notes: null, record: null, ...fields };
}

function agendaItem(caseNo: string, group: 'quick' | 'deep', order: number): AgendaItem {
  return { caseNo, group, ruleGroup: group, reasons: [], order, deepMinutes: null, draft: null, override: null };
}

const DECISION: Decision = {
  ...EMPTY_DECISION,
  outcome: 'confirmed',
  policy: '見守り継続',
  meetingId: 3,
  caseNo: 'P-1',
  state: 'recorded',
  recordedAt: '2026-12-08T05:20:00.000Z',
  updatedAt: '2026-12-08T05:20:00.000Z',
};

/** 開会 → 報告 → 確認 → 協議 → 研修 (an hour) → 報告 → 連絡 → 閉会. */
const PROGRAM: ProgramEntry[] = [
  item('i1', '開会', '開会', { minutes: 2 }),
  item('i2', '報告', '前回の振り返り', { presenter: 'こども家庭センター', record: '前回の決定はすべて実施済み。' }),
  { block: 'quick' },
  { block: 'deep' },
  item('i3', '研修', '実務研修「アセスメントの視点」', {
    presenter: '県中央児童相談所',
    minutes: 60,
    record: '事例を使ったアセスメントの演習。\n質疑：一時保護の判断基準について。',
  }),
  item('i4', '報告', '新規ケース'),
  item('i5', '連絡', '連絡事項', { record: '次回は1月12日。' }),
  item('i6', '閉会', '閉会', { minutes: 2 }),
];

const LIVE: LiveState = {
  ...initialLiveState(3),
  startedAt: '2026-12-08T05:00:00.000Z',
  endedAt: '2026-12-08T07:00:00.000Z',
  timer: {
    runningSince: null,
    spentMs: { 'P-1': 90_000, [itemKey('i2')]: 300_000, [itemKey('i3')]: 3_600_000, [itemKey('i6')]: 65_000 },
  },
};

function input(fields: Partial<MinutesInput> = {}): MinutesInput {
  return {
    meeting: MEETING,
    live: LIVE,
    agenda: [agendaItem('P-1', 'quick', 0), agendaItem('P-2', 'deep', 0)],
    decisions: [DECISION],
    cases: CASES,
    agencyNames: [],
    nextMeeting: null,
    masked: false,
    program: PROGRAM,
    now: new Date('2026-12-09T01:00:00.000Z'),
    timeZone: 'Asia/Tokyo',
    ...fields,
  };
}

const sectionNames = (model: ReturnType<typeof buildMinutes>) =>
  model.sections.map((s) => (s.type === 'items' ? s.heading : `${s.group.label}（${s.group.items.length}件）`));

describe('the 次第 in the minutes', () => {
  it('lists every entry with its time, and minutes each 報告 / 研修 / 連絡 under its section', () => {
    const model = buildMinutes(input());
    expect(model.program.map((r) => [r.no, r.kind, r.title, r.presenter, r.time])).toEqual([
      [1, '開会', '開会', '', '—'],
      [2, '報告', '前回の振り返り', 'こども家庭センター', '5分'],
      [3, 'ケース', '進行管理（確認）（1件）', '', '1分30秒'],
      [4, 'ケース', '進行管理（協議）（0件）', '', '—'],
      [5, '研修', '実務研修「アセスメントの視点」', '県中央児童相談所', '60分'],
      [6, '報告', '新規ケース', '', '—'],
      [7, '連絡', '連絡事項', '', '—'],
      [8, '閉会', '閉会', '', '1分5秒'],
    ]);
    // One 報告事項 at its first appearance holds both reports; 開会 and 閉会 have no section.
    expect(sectionNames(model)).toEqual(['報告事項', '確認（1件）', '協議（0件）', '研修', '連絡事項']);
    const training = model.sections.find((s) => s.type === 'items' && s.kind === '研修');
    expect(training?.type === 'items' && training.items[0]!.lines).toEqual([
      { label: '講師', value: '県中央児童相談所' },
      { label: '所要', value: '60分' },
      { label: '記録', value: '事例を使ったアセスメントの演習。\n質疑：一時保護の判断基準について。' },
    ]);
    const reports = model.sections[0]!;
    expect(reports.type === 'items' && reports.items.map((i) => [i.no, i.title, i.record])).toEqual([
      [1, '前回の振り返り', '前回の決定はすべて実施済み。'],
      [2, '新規ケース', NO_RECORD],
    ]);
    expect(reports.type === 'items' && reports.items[0]!.lines[0]).toEqual({
      label: '報告者',
      value: 'こども家庭センター',
    });
    expect(model.caseless).toBe(false);

    const html = minutesHtml(model);
    expect(html).toContain('<h2>次第</h2>');
    expect(html).toContain('<h2>研修</h2>');
    expect(html).toContain('（1）実務研修「アセスメントの視点」');
    expect(html).toContain('事例を使ったアセスメントの演習。<br>質疑：一時保護の判断基準について。');
    expect(html).toContain('<h2>次回へ持ち越すケース</h2>');
    // The 次第's order: 報告事項 before the cases, 研修 after them.
    expect(html.indexOf('<h2>報告事項</h2>')).toBeLessThan(html.indexOf('<h2>確認（1件）</h2>'));
    expect(html.indexOf('<h2>協議（0件）</h2>')).toBeLessThan(html.indexOf('<h2>研修</h2>'));
  });

  it('numbers the cases in the order the 次第 takes the blocks (協議 first in a 個別ケース検討会議)', () => {
    const model = buildMinutes(
      input({
        program: [item('i1', '開会', '開会'), { block: 'deep' }, { block: 'quick' }],
        decisions: [DECISION, { ...DECISION, caseNo: 'P-2', outcome: 'discussed' }],
      }),
    );
    expect(model.groups.map((g) => [g.group, g.items.map((i) => `${i.no}:${i.caseNo}`)])).toEqual([
      ['deep', ['1:P-2']],
      ['quick', ['2:P-1']],
    ]);
  });

  it('gives a 代表者会議 of 報告 and 協議事項 only its sections, without empty case parts', () => {
    const model = buildMinutes(
      input({
        meeting: { ...MEETING, kind: '代表者会議', title: '令和8年度 代表者会議' },
        agenda: [],
        decisions: [],
        live: { ...LIVE, timer: { runningSince: null, spentMs: { [itemKey('r1')]: 900_000 } } },
        program: [
          item('o', '開会', '開会'),
          item('r1', '報告', '前年度実績', { presenter: '事務局', record: '新規登録 42件、終結 30件。' }),
          item('t1', '協議事項', '死亡事例検証報告を受けて', { record: '関係機関の連絡体制を見直す。' }),
          item('c', '閉会', '閉会'),
        ],
      }),
    );
    expect(model.caseless).toBe(true);
    expect(sectionNames(model)).toEqual(['報告事項', '協議事項']);
    expect(model.program.map((r) => r.title)).toEqual(['開会', '前年度実績', '死亡事例検証報告を受けて', '閉会']);
    expect(model.program[1]!.time).toBe('15分');
    const html = minutesHtml(model);
    for (const absent of ['確認（', '協議（', '次回へ持ち越すケース', '機関別の役割分担', '該当なし'])
      expect(html).not.toContain(absent);
    expect(html).toContain('関係機関の連絡体制を見直す。');
    expect(html).toContain('<h2>次回の会議</h2>');
  });

  it('reads a meeting without a program exactly as a program of the two blocks, with no 次第 part', () => {
    const old = input({ program: undefined });
    const model = buildMinutes(old);
    expect(model.program).toEqual([]);
    expect(model.caseless).toBe(false);
    expect(sectionNames(model)).toEqual(['確認（1件）', '協議（0件）']);
    expect(minutesHtml(model)).toBe(minutesHtml(buildMinutes({ ...old, program: CASES_ONLY_PROGRAM })));
    expect(minutesHtml(model)).not.toContain('次第');
    // Even with no case at all, an old meeting keeps its 0件 groups: it has nothing else to show.
    expect(sectionNames(buildMinutes({ ...old, agenda: [], decisions: [] }))).toEqual(['確認（0件）', '協議（0件）']);
  });

  it('masks names in titles, presenters and records, those of cases named there but not on the agenda too', () => {
    const named = { ...emptyCase('P-9'), name: '谷口 結衣', kana: 'たにぐち ゆい' };
    const model = buildMinutes(
      input({
        masked: true,
        namedCases: [named],
        program: [
          item('i1', '報告', '森葵さんの転居', {
            presenter: '森 健一',
            record: '谷口結衣の件も併せて報告。森葵は転校済み。',
          }),
          { block: 'quick' },
          { block: 'deep' },
        ],
      }),
    );
    const text = minutesHtml(model);
    for (const name of ['森葵', '森 健一', '谷口結衣', '谷口']) expect(text).not.toContain(name);
    expect(text).toContain('〇〇の件も併せて報告。');
  });

  it('finds the cases a text names in full (spaces ignored), not by a single character', () => {
    const cases = [
      { ...emptyCase('A'), name: '谷口 結衣' },
      { ...emptyCase('B'), name: '林', kana: 'はやし' },
      { ...emptyCase('C'), name: '大野 陸', guardianName: '大野 真由美' },
      { ...emptyCase('D'), name: '上田 翔' },
    ];
    const found = casesNamedIn(['谷口　結衣について', '林さん', '母 大野真由美から相談'], cases);
    expect(found.map((c) => c.caseNo)).toEqual(['A', 'C']);
    expect(casesNamedIn([''], cases)).toEqual([]);
  });
});
