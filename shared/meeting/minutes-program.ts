// The 次第 in the minutes: a short list of every entry at the top (開会 and 閉会 included, with the time spent),
// then the body in sections. A secretariat's minutes read 「1 報告事項 (1) … (2) …　2 協議事項 …」: one section
// per kind, in the order the 次第 first reaches that kind, each item numbered within it, so two 報告 split by
// the cases still sit under one 報告事項. The case groups are sections of their own, where their block stands.
// 開会 / 閉会 / 休憩 have nothing to minute: they appear in the list only.
import type { LedgerCase } from '../ledger/case';
import { NONE } from './handout-types';
import { itemKey } from './live';
import { duration, spentOn, TAKEN_UP_MS } from './minutes-cases';
import type { MinutesGroup, MinutesInput, MinutesItem, MinutesProgramRow, MinutesSection } from './minutes-types';
import {
  BLOCK_LABELS,
  CASES_ONLY_PROGRAM,
  isBlock,
  itemsOf,
  withBlocks,
  type CaseBlockName,
  type ProgramEntry,
  type ProgramItem,
  type ProgramKind,
} from './program';

/** The kinds that get a section of their own, with its heading. */
export const SECTION_HEADINGS: Partial<Readonly<Record<ProgramKind, string>>> = {
  報告: '報告事項',
  協議事項: '協議事項',
  研修: '研修',
  連絡: '連絡事項',
};

/** Printed when nothing was noted for an item: kept rather than left out, so a missing record shows. */
export const NO_RECORD = '（記録なし）';

/** Who an item's presenter is to the reader. */
export function presenterLabel(kind: ProgramKind): string {
  return kind === '報告' ? '報告者' : kind === '研修' ? '講師' : '発表者';
}

/** The program the minutes follow: the stored one with both blocks, or the blocks alone for an old meeting. */
export function minutesProgram(input: Pick<MinutesInput, 'program'>): ProgramEntry[] {
  return withBlocks(input.program ?? CASES_ONLY_PROGRAM);
}

/** The order of the case blocks in the program (確認 first when the program puts it first, as before). */
export function blockOrder(program: readonly ProgramEntry[]): CaseBlockName[] {
  return program.filter(isBlock).map((e) => e.block);
}

/**
 * A meeting with 次第 items but no case on its agenda and none carried over: the case parts would only say
 * 0件 and なし, so they are left out (a 代表者会議 of reports and topics).
 */
export function isCaseless(input: MinutesInput, program: readonly ProgramEntry[]): boolean {
  return itemsOf(program).length > 0 && input.agenda.length === 0 && input.live.carriedOver.length === 0;
}

function timeOf(input: MinutesInput, key: string): string | null {
  const ms = spentOn(input.live, key, input.now);
  return ms >= TAKEN_UP_MS ? duration(ms) : null;
}

/** The short 次第 list; empty when the program holds the case blocks only (the minutes as before programs). */
export function programRows(
  input: MinutesInput,
  program: readonly ProgramEntry[],
  groups: readonly MinutesGroup[],
  caseless: boolean,
  scrub: (text: string) => string,
): MinutesProgramRow[] {
  if (itemsOf(program).length === 0) return [];
  const rows: MinutesProgramRow[] = [];
  for (const entry of program) {
    if (isBlock(entry)) {
      if (caseless) continue;
      const taken = groups.find((g) => g.group === entry.block)?.items.length ?? 0;
      // The block's time is its cases' time, those taken up without a decision included.
      const ms = input.agenda
        .filter((i) => i.group === entry.block)
        .reduce((sum, i) => sum + spentOn(input.live, i.caseNo, input.now), 0);
      rows.push({
        no: rows.length + 1,
        kind: 'ケース',
        title: `${BLOCK_LABELS[entry.block]}（${taken}件）`,
        presenter: '',
        time: ms >= TAKEN_UP_MS ? duration(ms) : NONE,
        record: '',
      });
      continue;
    }
    rows.push({
      no: rows.length + 1,
      kind: entry.kind,
      title: scrub(entry.title),
      presenter: entry.presenter ? scrub(entry.presenter) : '',
      time: timeOf(input, itemKey(entry.id)) ?? NONE,
      record: SECTION_HEADINGS[entry.kind] === undefined ? '' : recordText(entry, scrub),
    });
  }
  return rows;
}

/** The body in the 次第's order: one section per item kind at its first appearance, the case groups at their block. */
export function programSections(
  input: MinutesInput,
  program: readonly ProgramEntry[],
  groups: readonly MinutesGroup[],
  caseless: boolean,
  scrub: (text: string) => string,
): MinutesSection[] {
  const sections: MinutesSection[] = [];
  for (const entry of program) {
    if (isBlock(entry)) {
      const group = groups.find((g) => g.group === entry.block);
      if (group && !caseless) sections.push({ type: 'cases', group });
      continue;
    }
    const heading = SECTION_HEADINGS[entry.kind];
    if (heading === undefined) continue;
    let section = sections.find((s) => s.type === 'items' && s.kind === entry.kind);
    if (!section) {
      section = { type: 'items', kind: entry.kind, heading, items: [] };
      sections.push(section);
    }
    if (section.type === 'items') section.items.push(minutesItem(entry, section.items.length + 1, input, scrub));
  }
  return sections;
}

function minutesItem(
  entry: ProgramItem,
  no: number,
  input: MinutesInput,
  scrub: (text: string) => string,
): MinutesItem {
  const time = timeOf(input, itemKey(entry.id));
  const record = recordText(entry, scrub);
  return {
    id: entry.id,
    kind: entry.kind,
    no,
    title: scrub(entry.title),
    lines: [
      ...(entry.presenter ? [{ label: presenterLabel(entry.kind), value: scrub(entry.presenter) }] : []),
      ...(time ? [{ label: '所要', value: time }] : []),
      { label: '記録', value: record },
    ],
    record,
    time,
  };
}

function recordText(entry: ProgramItem, scrub: (text: string) => string): string {
  return entry.record?.trim() ? scrub(entry.record.trim()) : NO_RECORD;
}

/** Every text of the program a reader sees: what the masking must look through for names. */
export function programTexts(program: readonly ProgramEntry[]): string[] {
  return itemsOf(program).flatMap((e) => [e.title, e.presenter ?? '', e.record ?? '']);
}

const compact = (text: string) => text.replace(/[\s\u3000]+/g, '');

/**
 * The cases whose child's or guardian's full name (or the child's kana) is written in one of `texts`, spaces
 * ignored: a report may name a family that is not on the agenda, and masked minutes must hide it as well.
 * A name of one character is too likely to be part of another word to count.
 */
export function casesNamedIn(texts: readonly string[], cases: readonly LedgerCase[]): LedgerCase[] {
  const haystack = compact(texts.join('\n'));
  if (haystack === '') return [];
  return cases.filter((c) =>
    [c.name, c.kana, c.guardianName].some((value) => {
      const name = value ? compact(value) : '';
      return name.length >= 2 && haystack.includes(name);
    }),
  );
}
