// 変更履歴: every change to the case, newest first, with where it came from.
import { useId } from 'react';
import type { HistoryEntry } from '../../../shared/ledger/case';
import type { DateStyle } from '../lib/date-style';
import { fieldLabel } from '../../../shared/ledger/fields';
import { historyValue } from '../lib/history-display';
import { SOURCE_LABELS } from '../lib/labels';
import { formatTimestamp } from '../lib/today';

export function CaseHistory({ history, dateStyle }: { history: HistoryEntry[]; dateStyle: DateStyle }) {
  const id = useId();
  const entries = [...history].sort((a, b) => (a.at === b.at ? b.id - a.id : a.at < b.at ? 1 : -1));
  return (
    <section className="history" aria-labelledby={id}>
      <h3 id={id}>変更履歴</h3>
      {entries.length === 0 ? (
        <p className="muted">履歴はまだありません。</p>
      ) : (
        <ol className="history-list">
          {entries.map((entry) => (
            <li key={entry.id}>
              <div className="history-meta">
                <time dateTime={entry.at}>{formatTimestamp(entry.at)}</time>
                <span className={`source source-${entry.source}`}>{SOURCE_LABELS[entry.source]}</span>
                <span className="history-field">{fieldLabel(entry.field)}</span>
                {/* Who: changes recorded before names were kept have none (不明). */}
                <span className="history-by">{entry.by ?? '不明'}</span>
                {/* Which meeting decided it (会議#12 …): the minutes and the write-back record name the same. */}
                {/* An import names its file, so an older copy re-imported can be told from the newer one. */}
                {(entry.source === 'meeting' || entry.source === 'import') && entry.field !== '*' && entry.detail && (
                  <span className="history-detail">{entry.detail}</span>
                )}
              </div>
              {entry.field === '*' ? (
                <div className="history-change">{entry.detail ?? ''}</div>
              ) : (
                <div className="history-change">
                  <span className="old">{historyValue(entry.field, entry.oldValue, dateStyle)}</span>
                  <span aria-hidden="true"> → </span>
                  <span className="visually-hidden">から</span>
                  <span className="new">{historyValue(entry.field, entry.newValue, dateStyle)}</span>
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
