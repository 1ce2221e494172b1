// A meeting's 次第 (program): the ordered entries of the meeting — non-case items (開会, 報告, 研修 …) and
// the two case blocks (確認 / 協議) marking where the triaged cases sit. The cases inside a block keep the
// agenda's own model and order (types.ts AgendaItem); the program only says where the block goes.
// Pure operations: every change returns a new array, so the backend can read-edit-write it in one transaction.
import { z } from 'zod';
import { optionalText as text } from '../text/optional-text';

export const PROGRAM_KINDS = ['開会', '報告', '協議事項', '研修', '連絡', '休憩', '閉会'] as const;
export type ProgramKind = (typeof PROGRAM_KINDS)[number];

export const CASE_BLOCKS = ['quick', 'deep'] as const;
export type CaseBlockName = (typeof CASE_BLOCKS)[number];
export const BLOCK_LABELS: Readonly<Record<CaseBlockName, string>> = {
  quick: '進行管理（確認）',
  deep: '進行管理（協議）',
};

/** What the secretariat fills in for a non-case item. */
export const programItemInputSchema = z.object({
  kind: z.enum(PROGRAM_KINDS),
  title: z.string().trim().min(1, '題目を入力してください').max(200),
  /** A person or an agency, as written. */
  presenter: text(200),
  minutes: z.number().int().min(0).max(480),
  /** Preparation notes (資料, 準備). */
  notes: text(4000),
  /**
   * A 報告 item may put a fiscal year's figures (年度実績) on the projector while it is on; null = a title card.
   * Optional rather than defaulted: programs stored before the field existed still parse, and a partial
   * update (agenda.updateEntry saving only `record`) must not reset it to null. Read it as `?? null`.
   */
  figuresYear: z.number().int().min(1900).max(2099).nullable().optional(),
});
export type ProgramItemInput = z.input<typeof programItemInputSchema>;
export type ProgramItemFields = z.output<typeof programItemInputSchema>;

export interface ProgramItem extends ProgramItemFields {
  id: string;
  /** What was said, written in the console during the meeting; the minutes print it. */
  record: string | null;
}
export interface CaseBlock {
  block: CaseBlockName;
}
export type ProgramEntry = ProgramItem | CaseBlock;

/** A template entry: an item without id and record, or a block. */
export const templateEntrySchema = z.union([
  z.object({ block: z.enum(CASE_BLOCKS) }).strict(),
  programItemInputSchema.strict(),
]);
export type TemplateEntry = CaseBlock | ProgramItemFields;
export const programTemplateSchema = z
  .array(templateEntrySchema)
  .max(50)
  .refine((entries) => CASE_BLOCKS.every((b) => entries.filter((e) => 'block' in e && e.block === b).length <= 1), {
    message: '確認・協議のまとまりはそれぞれ1回までです',
  });

const programItemSchema = programItemInputSchema.extend({ id: z.string().min(1), record: z.string().nullable() });
/** The stored program, checked when read back. */
export const programSchema = z.array(z.union([z.object({ block: z.enum(CASE_BLOCKS) }), programItemSchema]));

export function isBlock(entry: ProgramEntry | TemplateEntry): entry is CaseBlock {
  return 'block' in entry;
}

/** The key an entry is addressed by: its id, or `block:quick` / `block:deep`. */
export function entryKey(entry: ProgramEntry): string {
  return isBlock(entry) ? `block:${entry.block}` : entry.id;
}

/** What a meeting made before programs existed gets: the two blocks in today's order, no extra time. */
export const CASES_ONLY_PROGRAM: readonly ProgramEntry[] = [{ block: 'quick' }, { block: 'deep' }];

/** A program laid out from a template; ids are numbered in order so the same template gives the same ids. */
export function programFromTemplate(template: readonly TemplateEntry[]): ProgramEntry[] {
  let n = 0;
  return template.map((entry) => (isBlock(entry) ? { block: entry.block } : { ...entry, id: `i${++n}`, record: null }));
}

/** The template a program would be saved as (ids and records dropped). */
export function templateFromProgram(program: readonly ProgramEntry[]): TemplateEntry[] {
  return program.map((entry) => {
    if (isBlock(entry)) return { block: entry.block };
    const { id: _id, record: _record, ...fields } = entry;
    return fields;
  });
}

/**
 * The program with both case blocks: a missing block goes at the end (a 代表者会議 template has none, yet
 * cases may still be added to it and must appear somewhere).
 */
export function withBlocks(program: readonly ProgramEntry[]): ProgramEntry[] {
  const missing = CASE_BLOCKS.filter((b) => !program.some((e) => isBlock(e) && e.block === b));
  return [...program, ...missing.map((block) => ({ block }))];
}

export function itemsOf(program: readonly ProgramEntry[]): ProgramItem[] {
  return program.filter((e): e is ProgramItem => !isBlock(e));
}

export class ProgramError extends Error {}

function indexOf(program: readonly ProgramEntry[], key: string): number {
  const index = program.findIndex((e) => entryKey(e) === key);
  if (index < 0) throw new ProgramError('この項目は次第にありません。画面を開き直してください。');
  return index;
}

function nextId(program: readonly ProgramEntry[]): string {
  const used = itemsOf(program).map((e) => Number(/^i(\d+)$/.exec(e.id)?.[1] ?? 0));
  return `i${Math.max(0, ...used) + 1}`;
}

/** Adds an item at `index` (the end when omitted); returns the program and the new item's id. */
export function addItem(
  program: readonly ProgramEntry[],
  fields: ProgramItemFields,
  index?: number,
): { program: ProgramEntry[]; id: string } {
  const id = nextId(program);
  const at = index === undefined ? program.length : clamp(index, 0, program.length);
  const next = [...program];
  next.splice(at, 0, { ...fields, id, record: null });
  return { program: next, id };
}

export function editItem(
  program: readonly ProgramEntry[],
  id: string,
  changes: Partial<ProgramItemFields> & { record?: string | null },
): ProgramEntry[] {
  const index = indexOf(program, id);
  const entry = program[index]!;
  if (isBlock(entry)) throw new ProgramError('確認・協議のまとまりは編集できません。');
  const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
  const next = [...program];
  next[index] = { ...entry, ...defined };
  return next;
}

/** Removes an item; the case blocks stay (their cases are moved on the board, not here). */
export function removeItem(program: readonly ProgramEntry[], id: string): ProgramEntry[] {
  const index = indexOf(program, id);
  if (isBlock(program[index]!)) throw new ProgramError('確認・協議のまとまりは削除できません。');
  return program.filter((_, i) => i !== index);
}

/** Moves an entry (item or block) to `index` in the resulting order, clamped to the ends. */
export function moveEntry(program: readonly ProgramEntry[], key: string, index: number): ProgramEntry[] {
  const from = indexOf(program, key);
  const next = [...program];
  const [entry] = next.splice(from, 1);
  next.splice(clamp(index, 0, next.length), 0, entry!);
  return next;
}

/** One step up (-1) or down (+1); at an end nothing moves. */
export function moveEntryBy(program: readonly ProgramEntry[], key: string, delta: -1 | 1): ProgramEntry[] {
  return moveEntry(program, key, indexOf(program, key) + delta);
}

function clamp(n: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, n));
}
