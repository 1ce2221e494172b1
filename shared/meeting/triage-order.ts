// The 協議 order: danger before 重症度. A 軽度 case with 連絡のない欠席 must not wait behind a 新規登録 case
// of the same level, past the time line where 「保留へ」 would postpone it; so the cases with danger signals
// come first, the ones with more signals before the others, and only then 重症度 and 登録番号 decide.
// Which reasons are danger signals is a setting (TriageSettings.dangerReasons); 生命の危険 and 重度 always are.
import { naturalCompare } from './natural';
import { riskRank } from './triage';
import { REASON_LABELS, type ReasonCode, type TriageSettings } from './types';

/** Risk levels that are a danger signal by themselves, whatever the settings say. */
export const DANGER_RISK_LEVELS: readonly string[] = ['生命の危険', '重度'];

/**
 * The labels of a case's danger signals: its risk level when that is 生命の危険 or 重度, then its danger
 * reasons in the order given (reasonsFor gives REASON_CODES order). RISK_HIGH is left out when the level is already named, so one fact
 * (the case is 重度) counts once and a 重度 case does not outrank a case with two different signals.
 */
export function dangerSignals(
  reasons: readonly ReasonCode[],
  riskLevel: string | null,
  dangerReasons: TriageSettings['dangerReasons'],
): string[] {
  const levelIsDanger = riskLevel !== null && DANGER_RISK_LEVELS.includes(riskLevel);
  const out = levelIsDanger ? [riskLevel] : [];
  for (const code of reasons) {
    if (!dangerReasons.includes(code)) continue;
    if (code === 'RISK_HIGH' && levelIsDanger) continue;
    out.push(REASON_LABELS[code]);
  }
  return out;
}

/** The signals as one label for the UI (「外傷の報告・連絡のない欠席」), or null when there are none. */
export function dangerLabel(
  reasons: readonly ReasonCode[],
  riskLevel: string | null,
  dangerReasons: TriageSettings['dangerReasons'],
): string | null {
  const signals = dangerSignals(reasons, riskLevel, dangerReasons);
  return signals.length === 0 ? null : signals.join('・');
}

/** What the 協議 order compares. */
export interface DeepKey {
  caseNo: string;
  riskLevel: string | null;
  /** How many danger signals the case has (dangerSignals().length). */
  signals: number;
}

/**
 * 協議 order: cases with danger signals first, more signals before fewer, then the more severe 重症度; the
 * cases without signals after them by 重症度 as before; 登録番号 last. (確認 keeps its 登録番号 order.)
 */
export function compareDeep(a: DeepKey, b: DeepKey): number {
  return (
    // More signals first: this alone puts every case with a signal before every case without one.
    b.signals - a.signals || riskRank(a.riskLevel) - riskRank(b.riskLevel) || naturalCompare(a.caseNo, b.caseNo)
  );
}
