// The year's figures (年度実績) of a council for one fiscal year (April–March), aggregate only: no name, no
// 登録番号 ever appears here, so this shape may leave the office (with small counts hidden, small-counts.ts).
// The JSON the CLI writes (`stats --year`) is exactly FiscalYearFigures; the screens and documents read the
// same object, so every figure comes from one pure function.
import type { ServiceYearRow } from '../services/family-service-year';

/** Whole-year age at the registration date (特定妊婦 left out; 不明 without a birth date). */
export const AGE_BANDS = ['0-2', '3-5', '6-11', '12-14', '15-17', '18+', '不明'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** Closures whose 終結理由 is empty are counted under this key. */
export const NO_REASON = '未記入';
/** Open cases without a 重症度 are counted under this key. */
export const NO_RISK = '未設定';
/** Cases without a 種別 are counted under this key. */
export const NO_CLASSIFICATION = '未設定';

/** A count per key; keys with zero may be omitted. */
export type Counts = Record<string, number>;

export interface MonthFigures {
  /** 'YYYY-MM' */
  month: string;
  new: number;
  closed: number;
}

export interface FiscalYearFigures {
  /** The year the fiscal year starts in: 2024 = 2024-04-01 … 2025-03-31. */
  fiscalYear: number;
  from: string;
  to: string;
  newRegistrations: {
    total: number;
    byClassification: Counts;
    byAbuseType: Counts;
    byAgeBand: Counts;
  };
  closures: { total: number; byReason: Counts };
  openAtYearEnd: { total: number; byClassification: Counts; byRisk: Counts };
  meetings: { byKind: Counts; casesConfirmed: number; casesDiscussed: number };
  /** Twelve entries, April first. */
  months: MonthFigures[];
}

/**
 * What the app shows and exports beyond the CLI's figures: the family support services decided in the
 * year's meetings (利用勧奨 / 措置, by service).
 */
export interface FamilySupportFigures {
  recommended: Counts;
  provided: Counts;
}

/**
 * The families the こども家庭センター supports outside the 要対協 (登録区分 センター支援): counted apart, never in
 * the 要対協's own figures above (which are the council's report).
 */
export interface CentreSupportFigures {
  newCases: number;
  closures: number;
  openAtYearEnd: number;
}

/** One year's figures as the screens and documents get them (the CLI writes only FiscalYearFigures' keys). */
export type YearFigures = FiscalYearFigures & {
  familySupport: FamilySupportFigures;
  /**
   * From the 家庭支援事業 records (not the decisions): per service, the 利用勧奨 (口頭 / 文書), 措置 and moves back
   * to the family's application dated in the year. Optional only for objects built without the records.
   */
  familyServiceRecords?: ServiceYearRow[];
  /** Meetings held by 部会 (meetings without one are left out). Optional only for objects built before it. */
  meetingsBySubcommittee?: Counts;
  /** センター支援 families. Optional only for objects built before 登録区分. */
  centreSupport?: CentreSupportFigures;
};

/** One year with the year before it, for the comparison on screen and in the 報告資料. */
export interface YearComparison {
  current: YearFigures;
  previous: YearFigures;
}
