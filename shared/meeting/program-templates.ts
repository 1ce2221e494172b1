// The usual 次第 of each meeting kind: what a new meeting starts from (editable in settings). Minutes are
// the secretariat's usual allowances; the case blocks take the time of their cases.
import { z } from 'zod';
import { MEETING_KINDS, type MeetingKind } from './types';
import { programTemplateSchema, type ProgramItemFields, type TemplateEntry } from './program';

const item = (kind: ProgramItemFields['kind'], title: string, minutes: number): ProgramItemFields => ({
  kind,
  title,
  presenter: null,
  minutes,
  notes: null,
});
const open = item('開会', '開会', 2);
const close = item('閉会', '閉会', 2);

export const DEFAULT_PROGRAM_TEMPLATES: Readonly<Record<MeetingKind, readonly TemplateEntry[]>> = {
  // The year's plan and figures, topics and speakers: no case blocks (cases added anyway go at the end).
  代表者会議: [
    open,
    item('報告', '前年度実績', 15),
    item('協議事項', '協議事項', 30),
    item('連絡', '連絡事項', 5),
    close,
  ],
  実務者会議: [
    open,
    item('報告', '前回の振り返り', 5),
    item('報告', '新規ケース', 10),
    { block: 'quick' },
    { block: 'deep' },
    item('研修', '実務研修', 30),
    item('連絡', '連絡事項', 5),
    close,
  ],
  // Between 実務者会議, in depth: only the cases.
  進行管理会議: [{ block: 'quick' }, { block: 'deep' }],
  // One family in depth: the discussion first.
  個別ケース検討会議: [open, { block: 'deep' }, { block: 'quick' }, close],
  合同ケース会議: [open, { block: 'quick' }, { block: 'deep' }, close],
};

/** Stored under one settings key; kinds not stored fall back to the defaults above. */
export const programTemplatesSchema = z.partialRecord(z.enum(MEETING_KINDS), programTemplateSchema);
export type ProgramTemplates = Record<MeetingKind, TemplateEntry[]>;

export function mergeTemplates(stored: Partial<Record<MeetingKind, TemplateEntry[]>>): ProgramTemplates {
  return Object.fromEntries(
    MEETING_KINDS.map((kind) => [kind, [...(stored[kind] ?? DEFAULT_PROGRAM_TEMPLATES[kind])]]),
  ) as ProgramTemplates;
}
