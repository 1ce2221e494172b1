// What the projector shows, decided here from the live state so the projector window only ever receives
// what the room may see: the masked label unless the facilitator revealed this case, the chosen facts
// (identifying ones only while revealed, free text through the meeting's masking policy), the whiteboard
// with role labels instead of names and its notes scrubbed.
import { maskBoardForRoom } from '../board/mask';
import type { BoardDoc } from '../board/types';
import { ageAt, formatDate } from '../ledger/dates';
import type { LedgerCase } from '../ledger/case';
import { itemSeconds } from './budget';
import { IDENTIFYING_FACTS, itemIdOf, runOrder, type FactKey, type LiveState } from './live';
import { maskedLabel } from './mask';
import { CASES_ONLY_PROGRAM, isBlock, type ProgramEntry } from './program';
import { programItemView, type PresentFigures, type ProgramItemView } from './present-program';
import { momentText, presentMoment, presentProgress, type PresentMoment, type PresentProgress } from './present-moment';
import { makeMaskPolicy, NO_MASK, type MaskSources } from '../mask/policy';
import { GROUP_LABELS, REASON_LABELS, type AgendaItem, type Meeting, type TriageSettings } from './types';
import type { DateStyle } from '../time/date-style';

export const FACT_LABELS: Readonly<Record<FactKey, string>> = {
  reasons: '議題の理由',
  classification: '種別',
  age: '年齢',
  riskLevel: '重症度',
  leadAgency: '主担当機関',
  agencies: '関係機関',
  policy: '支援方針',
  nextReview: '次回確認時期',
  draft: '事務局案',
  birthDate: '生年月日',
  district: '地区',
  affiliation: '所属',
};

export interface PresentFact {
  key: FactKey;
  label: string;
  value: string;
}

export type PresentView =
  | { kind: 'blackout' }
  | {
      kind: 'waiting';
      title: string;
      date: string;
      /** Which non-case moment (present-moment.ts): before the start, 確認→協議, a pause. */
      moment: PresentMoment;
      message: string;
      detail: string;
      progress: PresentProgress;
    }
  | { kind: 'ended'; title: string; date: string }
  | {
      kind: 'item';
      title: string;
      date: string;
      /** The meeting's ISO day: ages on the board are at the meeting, like everywhere else. */
      meetingDate: string;
      /** 1-based position in the meeting order, and how many items there are. */
      position: number;
      total: number;
      group: string;
      label: string;
      revealed: boolean;
      facts: PresentFact[];
      timer: { spentMs: number; runningSince: string | null; budgetMs: number };
      /** The case's whiteboard when the facilitator shows it; person names replaced unless revealed. */
      board: BoardDoc | null;
    }
  | ProgramItemView;

export interface PresentInput {
  meeting: Pick<Meeting, 'title' | 'date'>;
  state: LiveState;
  items: readonly AgendaItem[];
  /** The current item's case (null when it is no longer in the ledger). */
  currentCase: LedgerCase | null;
  board: BoardDoc | null;
  settings: Pick<TriageSettings, 'quickSeconds' | 'deepMinutes'>;
  dateStyle: DateStyle;
  /** caseNos with a recorded decision: how far the meeting has come. Default: none. */
  decided?: ReadonlySet<string>;
  /** Every case of the meeting and their boards, whose names the room may not see; default: this case only. */
  maskSources?: MaskSources;
  /** The meeting's 次第; default: the cases only (CASES_ONLY_PROGRAM). */
  program?: readonly ProgramEntry[];
  /** The current 報告 item's year figures (the handler reads them only for such an item). */
  figures?: PresentFigures | null;
}

export function buildPresentView(input: PresentInput): PresentView {
  const { meeting, state, items, currentCase, settings, dateStyle } = input;
  if (state.projector.blackout) return { kind: 'blackout' };
  const policy = makeMaskPolicy(
    input.maskSources ?? { cases: currentCase ? [currentCase] : [], boards: input.board ? [input.board] : [] },
  );
  // The title is the meeting's, not the case's: only a meeting-wide unmask of a running meeting shows it as written.
  const title = state.projector.masked || state.endedAt !== null ? policy.scrub(meeting.title) : meeting.title;
  const date = formatDate(meeting.date, dateStyle);
  if (state.endedAt !== null) return { kind: 'ended', title, date };
  const order = runOrder(input.program ?? CASES_ONLY_PROGRAM, items);
  const itemId = itemIdOf(state.current);
  const programItem = (input.program ?? []).find((e) => !isBlock(e) && e.id === itemId);
  if (state.startedAt !== null && programItem && !isBlock(programItem) && state.current !== null) {
    return programItemView({
      title,
      date,
      item: programItem,
      key: state.current,
      order,
      timer: state.timer,
      scrub: (state.projector.masked ? policy : NO_MASK).scrub,
      figures: input.figures ?? null,
    });
  }
  const decided = input.decided ?? new Set<string>();
  const moment = presentMoment({
    started: state.startedAt !== null,
    current: state.current,
    order,
    items,
    decided,
    spentMs: state.timer.spentMs,
  });
  const item = items.find((i) => i.caseNo === state.current);
  if (moment !== null || !item) {
    const progress = presentProgress(items, decided);
    return {
      kind: 'waiting',
      title,
      date,
      moment: moment ?? 'pause',
      ...momentText(moment ?? 'pause', progress),
      progress,
    };
  }

  const revealed = !state.projector.masked || state.projector.revealed === item.caseNo;
  const scrub = (revealed ? NO_MASK : policy).scrub;
  const kana = currentCase?.kana ?? null;
  const label =
    revealed && currentCase?.name ? `${item.caseNo} ${currentCase.name}` : maskedLabel({ caseNo: item.caseNo, kana });
  const facts = state.projector.facts
    .filter((key) => revealed || !IDENTIFYING_FACTS.has(key))
    .map((key) => ({
      key,
      label: FACT_LABELS[key],
      value: scrub(factValue(key, item, currentCase, meeting.date, dateStyle)),
    }))
    .filter((fact) => fact.value !== '');
  return {
    kind: 'item',
    title,
    date,
    meetingDate: meeting.date,
    position: order.indexOf(item.caseNo) + 1,
    total: order.length,
    group: GROUP_LABELS[item.group],
    label,
    revealed,
    facts,
    timer: {
      spentMs: state.timer.spentMs[item.caseNo] ?? 0,
      runningSince: state.timer.runningSince,
      budgetMs: itemSeconds(item, settings) * 1000,
    },
    board:
      state.projector.showBoard && input.board
        ? revealed
          ? input.board
          : maskBoardForRoom(input.board, scrub, meeting.date)
        : null,
  };
}

function factValue(
  key: FactKey,
  item: AgendaItem,
  c: LedgerCase | null,
  meetingDate: string,
  style: DateStyle,
): string {
  switch (key) {
    case 'reasons':
      return item.reasons.map((code) => REASON_LABELS[code]).join('、');
    case 'draft':
      return item.draft ? `${item.draft.policy}（次回確認 ${formatDate(item.draft.nextReview, style)}）` : '';
    case 'age': {
      const age = ageAt(c?.birthDate ?? null, meetingDate);
      return age === null ? '' : `${age}歳`;
    }
    case 'birthDate':
    case 'nextReview':
      return c?.[key] ? formatDate(c[key], style) : '';
    case 'agencies':
      return c?.agencies.join('、') ?? '';
    case 'classification':
    case 'riskLevel':
    case 'leadAgency':
    case 'policy':
    case 'district':
    case 'affiliation':
      return c?.[key] ?? '';
  }
}
