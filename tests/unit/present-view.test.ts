// What the projector may show (buildPresentView): masked by default, identifying facts only while the
// case is revealed, a reveal that ends with the item, blackout before anything, names off the board.
import { describe, expect, it } from 'vitest';
import { boardFromCase } from '../../shared/board/from-ledger';
import { emptyCase, type LedgerCase } from '../../shared/ledger/case';
import {
  applyLiveCommand,
  FACT_KEYS,
  initialLiveState,
  meetingOrder,
  runOrder,
  type LiveCommand,
  type LiveState,
} from '../../shared/meeting/live';
import { buildPresentView, type PresentInput, type PresentView } from '../../shared/meeting/present';
import { programFromTemplate } from '../../shared/meeting/program';
import type { AgendaItem, Group } from '../../shared/meeting/types';

const T0 = Date.parse('2026-11-24T01:00:00.000Z');
const at = (seconds: number) => new Date(T0 + seconds * 1000).toISOString();

function item(caseNo: string, group: Group, order: number): AgendaItem {
  return {
    caseNo,
    group,
    ruleGroup: group === 'deep' ? 'deep' : 'quick',
    reasons: ['RISK_HIGH'],
    order,
    deepMinutes: null,
    draft: null,
    override: null,
  };
}

const ITEMS = [item('P-1', 'quick', 0), item('P-2', 'deep', 0)];
const ORDER = meetingOrder(ITEMS);

const CASES: Record<string, LedgerCase> = {
  'P-1': {
    ...emptyCase('P-1'),
    classification: '要保護児童',
    name: '架空　ひかり',
    kana: 'かくう ひかり',
    birthDate: '2017-06-01',
    sex: 'female',
    guardianName: '架空　ゆき',
    guardianRelation: '実母',
    district: '東地区',
    affiliation: '架空小学校',
    riskLevel: '中度',
    leadAgency: 'こども家庭センター',
    policy: '見守り',
  },
  'P-2': {
    ...emptyCase('P-2'),
    classification: '要支援児童',
    name: '仮名　そら',
    kana: 'かめい そら',
    birthDate: '2020-01-15',
    district: '西地区',
  },
};

function run(commands: LiveCommand[]): LiveState {
  let state = initialLiveState(1);
  commands.forEach((command, i) => {
    state = applyLiveCommand(state, command, { now: at(i * 10), order: ORDER, decided: new Set() });
  });
  return state;
}

function view(state: LiveState, withBoard = false): PresentView {
  const current = state.current === null ? null : (CASES[state.current] ?? null);
  const input: PresentInput = {
    meeting: { title: '実務者会議（架空）', date: '2026-11-24' },
    state,
    items: ITEMS,
    currentCase: current,
    board: withBoard && current ? boardFromCase(current) : null,
    settings: { quickSeconds: 60, deepMinutes: 10 },
    dateStyle: 'seireki',
  };
  return buildPresentView(input);
}

function itemView(v: PresentView): Extract<PresentView, { kind: 'item' }> {
  if (v.kind !== 'item') throw new Error(`expected an item view, got ${v.kind}`);
  return v;
}

const ALL_FACTS: LiveCommand = { type: 'facts', facts: [...FACT_KEYS] };

describe('buildPresentView', () => {
  it('waits before the start, shows the first item masked (caseNo + initials) once started', () => {
    expect(view(run([])).kind).toBe('waiting');
    const v = itemView(view(run([{ type: 'start' }])));
    expect(v.label).toBe('P-1 K.H.');
    expect(v.revealed).toBe(false);
    expect(JSON.stringify(v)).not.toContain('ひかり');
    expect(v).toMatchObject({
      position: 1,
      total: 2,
      group: '確認',
      timer: { spentMs: 0, runningSince: at(0), budgetMs: 60_000 },
    });
  });

  it('never gives identifying facts (birth date, district, school) while masked, even when chosen', () => {
    const masked = itemView(view(run([ALL_FACTS, { type: 'start' }])));
    const keys = masked.facts.map((f) => f.key);
    expect(keys).toEqual(expect.arrayContaining(['classification', 'age', 'riskLevel', 'leadAgency', 'policy']));
    expect(keys).not.toContain('birthDate');
    expect(keys).not.toContain('district');
    expect(keys).not.toContain('affiliation');
    const text = JSON.stringify(masked);
    expect(text).not.toContain('2017');
    expect(text).not.toContain('東地区');
    expect(text).not.toContain('架空小学校');
  });

  it('shows the name and the identifying facts only while the current case is revealed', () => {
    const revealed = itemView(view(run([ALL_FACTS, { type: 'start' }, { type: 'reveal', caseNo: 'P-1' }])));
    expect(revealed.revealed).toBe(true);
    expect(revealed.label).toBe('P-1 架空　ひかり');
    expect(revealed.facts.find((f) => f.key === 'district')?.value).toBe('東地区');
    expect(revealed.facts.find((f) => f.key === 'affiliation')?.value).toBe('架空小学校');
    expect(revealed.facts.find((f) => f.key === 'birthDate')?.value).toContain('2017');
  });

  it('ends the reveal when the item changes (next), and does not carry it back (previous)', () => {
    const next = itemView(
      view(run([ALL_FACTS, { type: 'start' }, { type: 'reveal', caseNo: 'P-1' }, { type: 'next' }])),
    );
    expect(next.label).toBe('P-2 K.S.');
    expect(next.revealed).toBe(false);
    expect(next.facts.map((f) => f.key)).not.toContain('district');
    const back = itemView(
      view(run([{ type: 'start' }, { type: 'reveal', caseNo: 'P-1' }, { type: 'next' }, { type: 'previous' }])),
    );
    expect(back.label).toBe('P-1 K.H.');
  });

  it('blacks out before anything else, and comes back as it was', () => {
    const base: LiveCommand[] = [{ type: 'start' }, { type: 'reveal', caseNo: 'P-1' }];
    expect(view(run([...base, { type: 'blackout', on: true }]))).toEqual({ kind: 'blackout' });
    // Blackout while waiting or showing the board: still nothing but black.
    expect(view(run([{ type: 'blackout', on: true }]))).toEqual({ kind: 'blackout' });
    expect(view(run([...base, { type: 'showBoard', on: true }, { type: 'blackout', on: true }]), true)).toEqual({
      kind: 'blackout',
    });
    const back = itemView(view(run([...base, { type: 'blackout', on: true }, { type: 'blackout', on: false }])));
    expect(back.label).toBe('P-1 架空　ひかり');
  });

  it('puts role labels instead of names on the board unless revealed, and shows it only when chosen', () => {
    expect(itemView(view(run([{ type: 'start' }]), true)).board).toBeNull();
    const masked = itemView(view(run([{ type: 'start' }, { type: 'showBoard', on: true }]), true));
    const labels = masked.board?.persons.map((p) => p.label) ?? [];
    expect(labels).toEqual(expect.arrayContaining(['本人', '実母']));
    expect(JSON.stringify(masked.board)).not.toContain('架空');
    const revealed = itemView(
      view(run([{ type: 'start' }, { type: 'showBoard', on: true }, { type: 'reveal', caseNo: 'P-1' }]), true),
    );
    expect(revealed.board?.persons.map((p) => p.label)).toEqual(expect.arrayContaining(['架空　ひかり', '架空　ゆき']));
  });

  it('says the meeting ended, with no case on it', () => {
    const ended = view(run([{ type: 'start' }, { type: 'reveal', caseNo: 'P-1' }, { type: 'end' }]));
    // 架空 is P-1's family name: the title goes through the masking policy like any text.
    expect(ended).toEqual({ kind: 'ended', title: '実務者会議（〇〇）', date: '2026/11/24' });
  });
});

describe('buildPresentView: a 次第 item', () => {
  const PROGRAM = programFromTemplate([
    { kind: '開会', title: '開会', presenter: '事務局', minutes: 5, notes: '架空　ひかりの資料を配る' },
    { block: 'quick' },
    { kind: '研修', title: 'ひかりさんの事例から学ぶ', presenter: '児童相談所', minutes: 60, notes: null },
    { block: 'deep' },
    { kind: '報告', title: '前年度実績', presenter: null, minutes: 20, notes: null, figuresYear: 2025 },
  ]);
  const ORDER_ALL = runOrder(PROGRAM, ITEMS);
  const FIGURES = { fiscalYear: 2025, currentLabel: '令和7年度', previousLabel: '令和6年度', tables: [] };

  function programView(commands: LiveCommand[]): PresentView {
    let state = initialLiveState(1);
    commands.forEach((command, i) => {
      state = applyLiveCommand(state, command, { now: at(i * 10), order: ORDER_ALL, decided: new Set() });
    });
    return buildPresentView({
      meeting: { title: '実務者会議', date: '2026-11-24' },
      state,
      items: ITEMS,
      currentCase: null,
      board: null,
      settings: { quickSeconds: 60, deepMinutes: 10 },
      dateStyle: 'seireki',
      maskSources: { cases: Object.values(CASES) },
      program: PROGRAM,
      figures: FIGURES,
    });
  }

  it('shows a title card: kind, title, presenter, planned time; no notes, no case', () => {
    const v = programView([{ type: 'start' }]);
    expect(v).toMatchObject({
      kind: 'programItem',
      itemKind: '開会',
      itemTitle: '開会',
      presenter: '事務局',
      position: 1,
      total: 5,
      figures: null,
      timer: { spentMs: 0, budgetMs: 300_000 },
    });
    expect(JSON.stringify(v)).not.toMatch(/ひかり|資料|P-1/);
  });

  it('masks a case name typed into the title while the meeting is masked', () => {
    const v = programView([{ type: 'start' }, { type: 'goto', caseNo: 'item:i2' }]);
    expect(v).toMatchObject({ kind: 'programItem', itemKind: '研修', itemTitle: '〇〇さんの事例から学ぶ' });
  });

  it('carries the year figures for a 報告 item with figuresYear only', () => {
    const v = programView([{ type: 'start' }, { type: 'goto', caseNo: 'item:i3' }]);
    expect(v).toMatchObject({ kind: 'programItem', itemKind: '報告', position: 5, figures: FIGURES });
  });

  it('shows a case of the block as before, numbered in the whole run order', () => {
    const v = programView([{ type: 'start' }, { type: 'next' }]);
    expect(v).toMatchObject({ kind: 'item', position: 2, total: 5, label: 'P-1' });
  });
});
