// The case's key facts for the facilitator: ledger fields, latest agencies' reports, the last decision,
// the サポートプラン in force and its review date, the 家庭支援事業 under way and the draft decision; then what
// the agencies were asked to explain and their assessment sheets merged (CaseSheetFacts).
import { ageAt, BAD_DATE_NOTE, displayDate, isRealIsoDate } from '../../../../shared/ledger/dates';
import { OUTCOME_LABELS } from '../../../../shared/meeting/decision';
import { REASON_LABELS, type AgendaItem, type DraftDecision } from '../../../../shared/meeting/types';
import { useBackendQuery } from '../../hooks/useBackendQuery';
import type { DateStyle } from '../../lib/date-style';
import { CaseSheetFacts } from './CaseSheetFacts';

interface Props {
  meetingId: number;
  meetingDate: string;
  item: AgendaItem;
  draft: DraftDecision;
  dateStyle: DateStyle;
}

/**
 * Facts whose text runs long: each gets a row of its own (console.css). The short ones come together
 * between the reason and these, so they fill the columns without gaps at any width.
 */
const WIDE = new Set(['議題の理由', '家庭支援事業', '関係機関', '支援方針', '事務局案']);

export function CaseFacts({ meetingId, meetingDate, item, draft, dateStyle }: Props) {
  const { data: brief, error, loading } = useBackendQuery('live.caseBrief', { meetingId, caseNo: item.caseNo });
  if (error)
    return (
      <p role="alert" className="error">
        {error}
      </p>
    );
  // Another case's facts are never shown while this one's load: the facilitator would read the wrong child.
  if (!brief || loading) return <p aria-busy="true">読み込み中…</p>;
  const c = brief.case;
  const date = (iso: string | null) => (iso ? displayDate(iso, dateStyle) : '—');
  const age = ageAt(c.birthDate, meetingDate);
  const rows: [string, string][] = [
    ['議題の理由', item.reasons.map((r) => REASON_LABELS[r]).join('、') || '—'],
    ['種別', c.classification ?? '—'],
    ['年齢', c.birthDate && !isRealIsoDate(c.birthDate) ? `生年月日${BAD_DATE_NOTE}` : age === null ? '—' : `${age}歳`],
    ['重症度', c.riskLevel ?? '—'],
    ['主担当機関', c.leadAgency ?? '—'],
    ['次回確認時期', date(c.nextReview)],
    ['サポートプラン', brief.plan ?? 'なし'],
    ['サポートプラン見直し', date(brief.planReviewDue)],
    ['家庭支援事業', brief.services.join('、') || 'なし'],
    ['終結の提案', brief.closureProposed ? 'あり' : 'なし'],
    ['関係機関', c.agencies.join('、') || '—'],
    ['支援方針', c.policy ?? '—'],
    [
      '事務局案',
      `${draft.policy}／次回確認 ${date(draft.nextReview)}／主担当 ${draft.leadAgency ?? '—'}${draft.note ? `／${draft.note}` : ''}`,
    ],
  ];
  const last = brief.lastDecision;
  return (
    <div className="case-facts">
      <dl>
        {rows.map(([k, v]) => (
          <div key={k} className={WIDE.has(k) ? 'wide' : undefined}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
        <div className="wide">
          <dt>前回の決定</dt>
          <dd>
            {last
              ? `${date(last.meetingDate)} ${last.meetingTitle}：${OUTCOME_LABELS[last.outcome]}／${last.policy ?? '—'}`
              : 'なし'}
          </dd>
        </div>
      </dl>
      <h4>最近の報告</h4>
      {brief.reports.length === 0 ? (
        <p className="muted">報告はありません。</p>
      ) : (
        <ul className="report-list">
          {brief.reports.map((r) => (
            <li key={r.id}>
              {date(r.reportDate)} {r.agency}
              {r.daysAbsent !== null ? `・欠席${r.daysAbsent}日` : ''}
              {r.injury ? '・外傷あり' : ''}
              {r.unexplainedAbsence ? '・連絡のない欠席' : ''}
              {r.safetyScale !== null ? `・安全スケール${r.safetyScale}` : ''}
              {r.note ? `：${r.note}` : ''}
            </li>
          ))}
        </ul>
      )}
      <CaseSheetFacts meetingId={meetingId} caseNo={item.caseNo} />
    </div>
  );
}
