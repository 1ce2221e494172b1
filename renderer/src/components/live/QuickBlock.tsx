// The 確認 block: the 確認 cases still open with their 事務局案; confirm one, confirm all that remain
// (一括確認), or pull one out to 協議. Confirmed cases can be taken back.
import type { Decision } from '../../../../shared/meeting/decision';
import { maskedLabel } from '../../../../shared/meeting/mask';
import type { AgendaItem, DraftDecision } from '../../../../shared/meeting/types';
import type { LedgerCase } from '../../../../shared/ledger/case';
import { formatDate } from '../../../../shared/ledger/dates';
import type { DateStyle } from '../../lib/date-style';

interface Props {
  items: readonly AgendaItem[];
  cases: ReadonlyMap<string, LedgerCase>;
  decisions: ReadonlyMap<string, Decision>;
  draftOf(item: AgendaItem): DraftDecision;
  dateStyle: DateStyle;
  disabled: boolean;
  onConfirm(caseNos: string[]): void;
  onToDeep(caseNo: string): void;
  onUndo(caseNo: string): void;
}

export function QuickBlock({
  items,
  cases,
  decisions,
  draftOf,
  dateStyle,
  disabled,
  onConfirm,
  onToDeep,
  onUndo,
}: Props) {
  const quick = items.filter((i) => i.group === 'quick').sort((a, b) => a.order - b.order);
  const open = quick.filter((i) => decisions.get(i.caseNo)?.state !== 'recorded');
  const confirmed = quick.filter((i) => decisions.get(i.caseNo)?.state === 'recorded');
  const label = (caseNo: string) => {
    const c = cases.get(caseNo);
    return c ? maskedLabel(c) : caseNo;
  };
  return (
    <section className="quick-block" aria-labelledby="quick-block-title">
      <div className="panel-head">
        <h2 id="quick-block-title">
          確認（事務局案）<span className="muted"> 残り{open.length}件</span>
        </h2>
        <button
          type="button"
          className="primary"
          disabled={disabled || open.length === 0}
          onClick={() => onConfirm(open.map((i) => i.caseNo))}
        >
          一括確認
        </button>
      </div>
      <ul className="quick-list">
        {open.map((item) => {
          const draft = draftOf(item);
          return (
            <li key={item.caseNo}>
              <span className="quick-label">{label(item.caseNo)}</span>
              <span className="quick-draft">
                {draft.policy}／次回 {formatDate(draft.nextReview, dateStyle)}
              </span>
              <span className="quick-actions">
                <button
                  type="button"
                  disabled={disabled}
                  onClick={() => onConfirm([item.caseNo])}
                  aria-label={`${label(item.caseNo)}を確認`}
                >
                  確認
                </button>
                <button
                  type="button"
                  disabled={disabled}
                  onClick={() => onToDeep(item.caseNo)}
                  aria-label={`${label(item.caseNo)}を協議へ移す`}
                >
                  協議へ移す
                </button>
              </span>
            </li>
          );
        })}
      </ul>
      {confirmed.length > 0 && (
        <details>
          <summary>確認済み {confirmed.length}件</summary>
          <ul className="quick-list done">
            {confirmed.map((item) => (
              <li key={item.caseNo}>
                <span className="quick-label">{label(item.caseNo)}</span>
                <span className="quick-draft">事務局案どおり</span>
                <button
                  type="button"
                  disabled={disabled}
                  onClick={() => onUndo(item.caseNo)}
                  aria-label={`${label(item.caseNo)}の確認を取り消す`}
                >
                  取り消し
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
