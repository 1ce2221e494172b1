// The handout's page per case (アセスメントシートの集約): for each case on the agenda with at least one answer,
// the merged grid (items × agencies, then the written rows, the agencies' own columns, 記入日／記入者) and the
// 聞き取り of every worry. Decided here as plain strings, masked by the handout's own scrub, so the DOCX and the
// print view only lay them out.
import { worryCellText, type MergedSheet } from '../assessment/merge';
import { formatDate } from '../ledger/dates';
import type { DateStyle } from '../time/date-style';
import { NONE, type HandoutCase } from './handout-types';

export interface HandoutSheetRow {
  /** A group's heading row (its cells are empty) or an item's row. */
  heading: boolean;
  label: string;
  cells: string[];
}

export interface HandoutSheet {
  caseNo: string;
  /** As in the rest of the handout: number and name, or the masked label. */
  label: string;
  agencies: string[];
  rows: HandoutSheetRow[];
  /** 回答 2／3機関（未回答：…） */
  answered: string;
  /** One line per worry: 「⚑ 第一小学校：家に帰りたがらない　聞き取り未」 or 済 with who, when and what. */
  hearings: string[];
}

export const SHEET_TITLE = 'アセスメントシートの集約';
export const SHEET_NOTE = '※ は読み取れなかった記入（書かれたまま）、— はその機関への依頼になかった項目です。';

/** The pages in the handout's case order; cases without any answer have none. */
export function handoutSheets(
  cases: readonly HandoutCase[],
  sheets: readonly MergedSheet[],
  style: DateStyle,
  scrub: (text: string) => string,
): HandoutSheet[] {
  const byCaseNo = new Map(sheets.map((s) => [s.caseNo, s]));
  return cases.flatMap((c) => {
    const sheet = byCaseNo.get(c.caseNo);
    return sheet && sheet.summary.answered > 0 ? [handoutSheet(c.label, sheet, style, scrub)] : [];
  });
}

function handoutSheet(
  label: string,
  sheet: MergedSheet,
  style: DateStyle,
  scrub: (text: string) => string,
): HandoutSheet {
  const rows: HandoutSheetRow[] = [];
  const blank = sheet.agencies.map(() => '');
  for (const g of sheet.groups) {
    rows.push({ heading: true, label: g.group, cells: blank });
    for (const r of g.rows)
      rows.push({
        heading: false,
        label: r.asked ? r.item.label : `${r.item.label}（以前の項目）`,
        cells: r.cells.map((c) => (c.worry ? worryCellText(c.worry) : c.kind === 'unread' ? scrub(c.text) : c.text)),
      });
  }
  const free = (pick: (a: MergedSheet['agencies'][number]) => { label: string; text: string }[]) => {
    const labels = [...new Set(sheet.agencies.flatMap((a) => pick(a).map((p) => p.label)))];
    return labels.map((l) => ({
      heading: false,
      label: l,
      cells: sheet.agencies.map((a) => {
        const found = pick(a).find((p) => p.label === l);
        return found ? scrub(found.text) : a.answered ? NONE : '未回答';
      }),
    }));
  };
  const written = [
    ...free((a) => a.comments.map((c) => ({ label: c.label, text: c.text }))),
    ...free((a) => a.extra.map((e) => ({ label: e.header, text: e.value }))),
  ];
  if (written.length > 0) rows.push({ heading: true, label: '記述・機関が加えた欄', cells: blank }, ...written);
  rows.push({
    heading: false,
    label: '記入日／記入者',
    cells: sheet.agencies.map((a) =>
      a.answered
        ? `${a.filledOn ? formatDate(a.filledOn, style) : NONE}／${a.filledBy ? scrub(a.filledBy) : NONE}`
        : '未回答',
    ),
  });
  const { summary } = sheet;
  return {
    caseNo: sheet.caseNo,
    label,
    agencies: sheet.agencies.map((a) => a.agency),
    rows,
    answered: `回答 ${summary.answered}／${summary.asked}機関${summary.notAnswered.length > 0 ? `（未回答：${summary.notAnswered.join('、')}）` : ''}`,
    hearings: sheet.worries.map((w) => {
      const head = `${w.status === '済' ? '✓' : '⚑'} ${w.agency}：${w.label}　聞き取り${w.status}`;
      if (w.status !== '済') return head;
      const who = [w.by ? scrub(w.by) : null, w.on ? formatDate(w.on, style) : null].filter(Boolean).join('、');
      return `${head}（${who}）${w.heard ? `：${scrub(w.heard)}` : ''}`;
    }),
  };
}
