// The merged sheet of one case (ケースごとの集約): every agency asked about the case as a column, every item as a
// row, each cell what the agency wrote. Pure: the backend gathers the meeting's requests, the case's current
// answers, the 聞き取り and the questions, and this decides every word the panel, the console and the handout
// show, so the three never disagree.
import type { AssessmentItem } from './sheet';
import type { AssessmentRequest, Hearing, HearingStatus, Question, StoredAnswer } from './types';

export const UNANSWERED = '未回答';
export const BLANK = '空欄';
/** An item the agency's request did not ask (added to the sheet later, or retired before it). */
export const NOT_ASKED = '—';
/** Marks a cell kept as written because it could not be read as its kind. */
export const UNREAD_MARK = '※';
export const WORRY_MARK = '⚑';

export type CellKind = 'answer' | 'unread' | 'unanswered' | 'blank' | 'notAsked';

export interface SheetCell {
  kind: CellKind;
  /** What to show: the answer, the text as written (unread), 未回答, 空欄 or —. */
  text: string;
  /** Set when this cell is a worry (a check answered はい). */
  worry: WorryHearing | null;
}

export interface SheetRow {
  item: AssessmentItem;
  /** False for an item no longer asked (retired, or dropped from the latest request) that still has an answer. */
  asked: boolean;
  /** One per agency, in the agencies' order. */
  cells: SheetCell[];
}

export interface SheetGroup {
  group: string;
  rows: SheetRow[];
}

export interface SheetAgency {
  agency: string;
  /** The request whose answer is shown (the latest answered one), else the latest that asked. */
  requestId: number;
  answered: boolean;
  filledOn: string | null;
  filledBy: string | null;
  /** 安全スケール (the first scale item answered), or null. */
  scale: number | null;
  /** The text items (所見, 直近に対応したこと …) answered, in the sheet's order. */
  comments: { itemId: string; label: string; text: string }[];
  /** Columns the agency added, as written. */
  extra: { header: string; value: string }[];
}

/** A worry and its 聞き取り: 未 until a Hearing says 済. */
export interface WorryHearing {
  requestId: number;
  agency: string;
  itemId: string;
  group: string;
  label: string;
  status: HearingStatus;
  by: string | null;
  on: string | null;
  heard: string | null;
}

export interface CaseSheetSummary {
  caseNo: string;
  /** Agencies asked about the case, and those with an answer. */
  asked: number;
  answered: number;
  worries: number;
  openHearings: number;
  lowestScale: number | null;
  notAnswered: string[];
}

export interface MergedSheet {
  caseNo: string;
  agencies: SheetAgency[];
  /** Check, scale and days items; text items are each agency's comments. */
  groups: SheetGroup[];
  worries: WorryHearing[];
  /** 説明してほしいこと for the case, per agency in the agencies' order (then any other agency). */
  questions: { agency: string; texts: string[] }[];
  summary: CaseSheetSummary;
}

export interface MergeInput {
  caseNo: string;
  /** The meeting's requests, oldest first. */
  requests: readonly AssessmentRequest[];
  /** Current answers (any case, any request: filtered here). */
  answers: readonly StoredAnswer[];
  hearings: readonly Hearing[];
  questions: readonly Question[];
}

export function mergeCaseSheet(input: MergeInput): MergedSheet {
  const { caseNo } = input;
  const requests = input.requests.filter((r) => r.agencies.some((a) => a.caseNos.includes(caseNo)));
  const order = new Map(requests.map((r, i) => [r.id, i]));
  // Columns: each agency once, where it was first asked.
  const agencyNames: string[] = [];
  for (const r of requests)
    for (const a of r.agencies)
      if (a.caseNos.includes(caseNo) && !agencyNames.includes(a.agency)) agencyNames.push(a.agency);
  // A later request's answer supersedes an earlier one of the same agency.
  const current = new Map<string, StoredAnswer>();
  for (const answer of input.answers) {
    const at = order.get(answer.requestId);
    if (answer.caseNo !== caseNo || at === undefined || answer.replacedAt !== null) continue;
    const held = current.get(answer.agency);
    if (!held || order.get(held.requestId)! < at) current.set(answer.agency, answer);
  }
  const requestById = new Map(requests.map((r) => [r.id, r]));
  const itemsOf = (requestId: number) => requestById.get(requestId)?.items ?? [];

  // Rows: the latest request's items in its order, then any other item that has an answer.
  const latest = requests.at(-1);
  const rows: { item: AssessmentItem; asked: boolean }[] = (latest?.items ?? []).map((item) => ({
    item,
    asked: !item.retired,
  }));
  for (const answer of current.values())
    for (const item of itemsOf(answer.requestId)) {
      const has = item.id in answer.answers || item.id in answer.unread;
      if (has && !rows.some((r) => r.item.id === item.id)) rows.push({ item, asked: false });
    }

  const hearingKey = (h: { requestId: number; agency: string; itemId: string }) =>
    JSON.stringify([h.requestId, h.agency, h.itemId]);
  const hearings = new Map(input.hearings.filter((h) => h.caseNo === caseNo).map((h) => [hearingKey(h), h]));
  const worries: WorryHearing[] = [];

  const agencies: SheetAgency[] = agencyNames.map((agency) => {
    const answer = current.get(agency);
    const lastAsked = [...requests].reverse().find((r) => r.agencies.some((a) => a.agency === agency))!;
    if (!answer)
      return {
        agency,
        requestId: lastAsked.id,
        answered: false,
        filledOn: null,
        filledBy: null,
        scale: null,
        comments: [],
        extra: [],
      };
    const items = itemsOf(answer.requestId);
    const scaleItem = items.find((i) => i.kind === 'scale' && typeof answer.answers[i.id] === 'number');
    return {
      agency,
      requestId: answer.requestId,
      answered: true,
      filledOn: answer.filledOn,
      filledBy: answer.filledBy,
      scale: scaleItem ? (answer.answers[scaleItem.id] as number) : null,
      comments: rows
        .filter((r) => r.item.kind === 'text')
        .flatMap(({ item }) => {
          const text = answer.answers[item.id] ?? answer.unread[item.id];
          return text === undefined || String(text).trim() === ''
            ? []
            : [{ itemId: item.id, label: item.label, text: String(text) }];
        }),
      extra: answer.extra,
    };
  });

  const cell = (item: AssessmentItem, agency: string): SheetCell => {
    const answer = current.get(agency);
    if (!answer) return { kind: 'unanswered', text: UNANSWERED, worry: null };
    const unread = answer.unread[item.id];
    if (unread !== undefined) return { kind: 'unread', text: `${unread}${UNREAD_MARK}`, worry: null };
    const value = answer.answers[item.id];
    if (value === undefined || value === '') {
      const asked = itemsOf(answer.requestId).some((i) => i.id === item.id);
      return asked ? { kind: 'blank', text: BLANK, worry: null } : { kind: 'notAsked', text: NOT_ASKED, worry: null };
    }
    if (item.kind === 'check' && value === 'はい') {
      const h = hearings.get(hearingKey({ requestId: answer.requestId, agency, itemId: item.id }));
      const worry: WorryHearing = {
        requestId: answer.requestId,
        agency,
        itemId: item.id,
        group: item.group,
        label: item.label,
        status: h?.status ?? '未',
        by: h?.by ?? null,
        on: h?.on ?? null,
        heard: h?.heard ?? null,
      };
      worries.push(worry);
      return { kind: 'answer', text: 'はい', worry };
    }
    return { kind: 'answer', text: item.kind === 'days' ? `${value}日` : String(value), worry: null };
  };

  const groups: SheetGroup[] = [];
  for (const { item, asked } of rows) {
    if (item.kind === 'text') continue;
    const row: SheetRow = { item, asked, cells: agencyNames.map((a) => cell(item, a)) };
    const group = groups.find((g) => g.group === item.group);
    if (group) group.rows.push(row);
    else groups.push({ group: item.group, rows: [row] });
  }

  const questions = questionsFor(input.questions, caseNo, agencyNames);
  const scales = agencies.flatMap((a) => (a.scale === null ? [] : [a.scale]));
  const notAnswered = agencies.filter((a) => !a.answered).map((a) => a.agency);
  return {
    caseNo,
    agencies,
    groups,
    worries,
    questions,
    summary: {
      caseNo,
      asked: agencies.length,
      answered: agencies.length - notAnswered.length,
      worries: worries.length,
      openHearings: worries.filter((w) => w.status !== '済').length,
      lowestScale: scales.length > 0 ? Math.min(...scales) : null,
      notAnswered,
    },
  };
}

function questionsFor(
  questions: readonly Question[],
  caseNo: string,
  agencyOrder: readonly string[],
): MergedSheet['questions'] {
  const byAgency = new Map<string, string[]>();
  for (const q of questions.filter((q) => q.caseNo === caseNo)) {
    const list = byAgency.get(q.agency);
    if (list) list.push(q.text);
    else byAgency.set(q.agency, [q.text]);
  }
  const rank = (agency: string) => {
    const i = agencyOrder.indexOf(agency);
    return i === -1 ? agencyOrder.length : i;
  };
  return [...byAgency]
    .sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
    .map(([agency, texts]) => ({ agency, texts }));
}

/** Every case asked about in the requests, once, in 登録番号 order. */
export function casesAsked(requests: readonly AssessmentRequest[]): string[] {
  return [...new Set(requests.flatMap((r) => r.agencies.flatMap((a) => a.caseNos)))].sort();
}

/**
 * The sheet with every free text an agency or the secretariat wrote passed through `scrub` (the masking
 * policy's): comments, unread cells, extra columns, 記入者, what was heard, the questions.
 */
export function scrubSheet(sheet: MergedSheet, scrub: (text: string) => string): MergedSheet {
  const worry = (w: WorryHearing): WorryHearing => ({
    ...w,
    by: w.by === null ? null : scrub(w.by),
    heard: w.heard === null ? null : scrub(w.heard),
  });
  return {
    ...sheet,
    agencies: sheet.agencies.map((a) => ({
      ...a,
      filledBy: a.filledBy === null ? null : scrub(a.filledBy),
      comments: a.comments.map((c) => ({ ...c, text: scrub(c.text) })),
      extra: a.extra.map((e) => ({ header: e.header, value: scrub(e.value) })),
    })),
    groups: sheet.groups.map((g) => ({
      ...g,
      rows: g.rows.map((r) => ({
        ...r,
        cells: r.cells.map((c) => ({
          ...c,
          text: c.kind === 'unread' ? scrub(c.text) : c.text,
          worry: c.worry ? worry(c.worry) : null,
        })),
      })),
    })),
    worries: sheet.worries.map(worry),
    questions: sheet.questions.map((q) => ({ agency: q.agency, texts: q.texts.map(scrub) })),
  };
}

/** A worry cell as the grid shows it: 「はい ⚑ 聞き取り未」 until heard. */
export function worryCellText(worry: WorryHearing): string {
  return `はい ${WORRY_MARK} 聞き取り${worry.status}`;
}
