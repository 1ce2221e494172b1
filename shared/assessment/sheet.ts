// The municipality's own assessment sheet (アセスメントシート): the items an agency answers per child. Items are
// kept in the settings in their order; they are never deleted, only retired, so every past answer keeps the
// item it answered (answers are keyed by item id, so a rename keeps them too).
import { z } from 'zod';

/** check: はい／いいえ／不明; scale: 0–10 (安全スケール); days: a whole number of days; text: free text. */
export const ITEM_KINDS = ['check', 'scale', 'days', 'text'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];
export const ITEM_KIND_LABELS: Readonly<Record<ItemKind, string>> = {
  check: 'はい／いいえ／不明',
  scale: '0〜10',
  days: '日数',
  text: '記述',
};

/**
 * The agency-report field an item also fills, so the agenda's report rules (外傷, 欠席, 安全スケール) read the
 * sheet's answers as they read an imported report.
 */
export const REPORT_FEEDS = ['daysAbsent', 'unexplainedAbsence', 'injury', 'safetyScale', 'note'] as const;
export type ReportFeed = (typeof REPORT_FEEDS)[number];

export const CHECK_ANSWERS = ['はい', 'いいえ', '不明'] as const;
export type CheckAnswer = (typeof CHECK_ANSWERS)[number];

export const assessmentItemSchema = z.object({
  /** Stable: made once when the item is added, never changed. */
  id: z.string().regex(/^[a-z0-9-]{1,40}$/),
  group: z.string().trim().min(1, '項目のグループを入力してください').max(40),
  label: z.string().trim().min(1, '項目名を入力してください').max(100),
  kind: z.enum(ITEM_KINDS),
  feeds: z.enum(REPORT_FEEDS).nullable(),
  /** Retired: no longer asked; its past answers are still shown. */
  retired: z.boolean(),
});
export type AssessmentItem = z.infer<typeof assessmentItemSchema>;

export const assessmentItemsSchema = z
  .array(assessmentItemSchema)
  .min(1)
  .max(200)
  .superRefine((items, ctx) => {
    const ids = new Set<string>();
    const labels = new Set<string>();
    for (const item of items) {
      if (ids.has(item.id)) ctx.addIssue({ code: 'custom', message: `項目の番号「${item.id}」が重複しています` });
      ids.add(item.id);
      if (item.retired) continue;
      // The returned workbook's columns are matched by their header, so two asked items need two names.
      if (labels.has(item.label)) ctx.addIssue({ code: 'custom', message: `項目名「${item.label}」が重複しています` });
      labels.add(item.label);
    }
    for (const feed of new Set(items.filter((i) => i.feeds && !i.retired).map((i) => i.feeds)))
      if (items.filter((i) => i.feeds === feed && !i.retired).length > 1)
        ctx.addIssue({ code: 'custom', message: '報告の同じ欄（欠席日数など）に当たる項目が二つあります' });
  });

const item = (
  id: string,
  group: string,
  label: string,
  kind: ItemKind = 'check',
  feeds: ReportFeed | null = null,
): AssessmentItem => ({ id, group, label, kind, feeds, retired: false });

/** The default sheet, after one town's 「虐待防止進行管理アセスメントシート」. */
export const DEFAULT_ASSESSMENT_ITEMS: readonly AssessmentItem[] = [
  item('attendance-days', '出欠・外傷', '欠席日数', 'days', 'daysAbsent'),
  item('attendance-unexplained', '出欠・外傷', '連絡のない欠席', 'check', 'unexplainedAbsence'),
  item('attendance-injury', '出欠・外傷', '外傷', 'check', 'injury'),
  item('child-mood', 'こどもの様子', '表情が乏しい・元気がない'),
  item('child-hygiene', 'こどもの様子', '衣服や身体の汚れが目立つ'),
  item('child-hunger', 'こどもの様子', '空腹を訴える・食事が足りない様子'),
  item('child-home', 'こどもの様子', '家に帰りたがらない'),
  item('child-fear', 'こどもの様子', '大人の顔色をうかがう・怖がる'),
  item('child-behaviour', 'こどもの様子', '乱暴な言動・落ち着きのなさ'),
  item('carer-contact', '養育者の様子', '連絡がとりにくい'),
  item('carer-words', '養育者の様子', 'こどもへの否定的な言動'),
  item('carer-health', '養育者の様子', '養育者の心身の不調'),
  item('carer-refusal', '養育者の様子', '関係機関の関わりを拒む'),
  item('family-money', '家庭の状況', '経済的な困窮'),
  item('family-members', '家庭の状況', '同居人・家族構成の変化'),
  item('family-move', '家庭の状況', '転居の予定・うわさ'),
  item('family-violence', '家庭の状況', '家庭内の暴力・不和'),
  item('recent-action', '対応と見立て', '直近に対応したこと', 'text'),
  item('safety-scale', '対応と見立て', '安全スケール', 'scale', 'safetyScale'),
  item('findings', '対応と見立て', '所見', 'text', 'note'),
];

/** The items a new request asks, in the sheet's order. */
export function askedItems(items: readonly AssessmentItem[]): AssessmentItem[] {
  return items.filter((i) => !i.retired);
}

const YES = new Set(['はい', 'あり', '有', '有り', 'ある', '○', '〇', '◯', 'レ', '✓', 'yes', 'y', '1', 'true']);
const NO = new Set(['いいえ', 'なし', '無', '無し', 'ない', '×', '✕', 'no', 'n', '0', 'false']);
const UNKNOWN = new Set(['不明', 'わからない', '分からない', '？', '?', '不詳']);

/** A check answer as written (the drop-down's words, and the usual others); null when it is none of them. */
export function readCheckAnswer(text: string): CheckAnswer | null {
  const key = text.normalize('NFKC').trim().toLowerCase();
  if (YES.has(key)) return 'はい';
  if (NO.has(key)) return 'いいえ';
  if (UNKNOWN.has(key)) return '不明';
  return null;
}
