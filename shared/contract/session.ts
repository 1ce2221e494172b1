// session.* (the passphrase and the lock) and settings.* (the council's preferences). Until the session is
// unlocked only session.* answers; everything else is 'locked'.
import { z } from 'zod';
import { DEFAULT_TIME_ZONE, isTimeZone } from '../time/zone';
import { passphraseProblem } from '../session/passphrase-strength';
import { DEFAULT_IDLE_LOCK_MINUTES, MAX_IDLE_LOCK_MINUTES } from '../session/idle-lock';
import { empty, method, result } from './method';
import { DATE_STYLES } from '../time/date-style';
import { DEFAULT_THRESHOLD, MIN_THRESHOLD } from '../stats/small-counts';
import { assessmentItemsSchema, DEFAULT_ASSESSMENT_ITEMS } from '../assessment/sheet';

/** The largest small-count threshold the setting takes (a larger one would hide most of a town's figures). */
export const MAX_SMALL_COUNT_THRESHOLD = 20;

export interface SessionStatus {
  state: 'uninitialized' | 'locked' | 'unlocked';
  dbPath: string;
}

/** A passphrase being set (setup, change) must meet the stated strength rule; unlocking takes any. */
const newPassphrase = z
  .string()
  .max(256)
  .superRefine((value, ctx) => {
    const problem = passphraseProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
export const LOCK_REASON_NAMES = ['manual', 'idle', 'os'] as const;

export const sessionMethods = {
  /** Whether the database exists yet and whether it is unlocked. Works while locked. */
  'session.status': method(empty, result<SessionStatus>()),
  /** First start: create the encrypted database with this passphrase. */
  'session.setup': method(z.object({ passphrase: newPassphrase }).strict(), result<SessionStatus>()),
  /** Every start: open the database. A wrong passphrase is refused and nothing is written. */
  'session.unlock': method(z.object({ passphrase: z.string().min(1).max(256) }).strict(), result<SessionStatus>()),
  /** Locks the session; the reason (the ロック button, idle time, the OS locking or sleeping) goes into the 操作ログ. */
  'session.lock': method(z.object({ reason: z.enum(LOCK_REASON_NAMES).optional() }).strict(), result<SessionStatus>()),
  /** Rekeys the database: backs it up first (the backup keeps the current passphrase), then checks the new key. */
  'session.changePassphrase': method(
    z.object({ current: z.string().min(1).max(256), next: newPassphrase }).strict(),
    result<{ backupPath: string }>(),
  ),
} as const;

export { DATE_STYLES };
export const settingsSchema = z.object({
  dateStyle: z.enum(DATE_STYLES),
  /** Who is at the keyboard: recorded with overrides of the triage (「誰が」). */
  operatorName: z.string().trim().min(1).max(100),
  /** The council's IANA time zone: every date and time shown or written is in it, whatever the machine's zone. */
  timeZone: z.string().refine(isTimeZone, 'タイムゾーンは IANA の名前で入力してください（例：Asia/Tokyo）'),
  /** Minutes without input on the console before the app locks itself. */
  idleLockMinutes: z
    .number()
    .int()
    .min(1, '自動ロックまでの時間は1分以上にしてください')
    .max(MAX_IDLE_LOCK_MINUTES, `自動ロックまでの時間は${MAX_IDLE_LOCK_MINUTES}分以下にしてください`),
  /** 年度実績 files that leave the office write counts under this as 「N件未満」 (shared/stats/small-counts.ts). */
  smallCountThreshold: z
    .number()
    .int()
    .min(MIN_THRESHOLD, `伏せる件数の基準は${MIN_THRESHOLD}以上にしてください`)
    .max(MAX_SMALL_COUNT_THRESHOLD, `伏せる件数の基準は${MAX_SMALL_COUNT_THRESHOLD}以下にしてください`),
  /** Months from a サポートプラン's 手交 to its next review (shared/plan/lifecycle.ts). */
  planReviewMonths: z
    .number()
    .int()
    .min(1, 'サポートプランの見直し間隔は1か月以上にしてください')
    .max(12, 'サポートプランの見直し間隔は12か月以下にしてください'),
  /** The council's own 家庭支援事業, offered after the six of the law (shared/services/family-service.ts). */
  ownServices: z.array(z.string().trim().min(1).max(100)).max(30),
  /** The assessment sheet agencies are asked to fill in (shared/assessment/sheet.ts), in order, retired ones kept. */
  assessmentItems: assessmentItemsSchema,
  /** Days after its last report that a school's or nursery's monthly report on a child it attends is overdue. */
  monthlyReportDays: z
    .number()
    .int()
    .min(7, '月次報告の遅れとみなす日数は7日以上にしてください')
    .max(120, '月次報告の遅れとみなす日数は120日以下にしてください'),
});
export type Settings = z.infer<typeof settingsSchema>;
export const DEFAULT_SETTINGS: Settings = {
  dateStyle: 'wareki',
  operatorName: '事務局',
  timeZone: DEFAULT_TIME_ZONE,
  idleLockMinutes: DEFAULT_IDLE_LOCK_MINUTES,
  smallCountThreshold: DEFAULT_THRESHOLD,
  planReviewMonths: 3,
  ownServices: [],
  assessmentItems: [...DEFAULT_ASSESSMENT_ITEMS],
  monthlyReportDays: 40,
};

export const settingsMethods = {
  'settings.get': method(empty, result<Settings>()),
  'settings.update': method(settingsSchema.partial().strict(), result<Settings>()),
} as const;
