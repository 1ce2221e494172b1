// 最近の変更: the latest edits of the ledger — when, who, which case (登録番号 only) and which fields; the
// values are left to the case's own history in the ledger.
import type { HomeSummary } from '../../../../shared/home/summary';
import { formatTimestamp } from '../../lib/today';

const SOURCE_LABELS: Record<string, string> = { import: '取り込み', edit: '編集', meeting: '会議から反映' };

export function RecentCard({ summary }: { summary: HomeSummary }) {
  return (
    <section className="home-card" aria-labelledby="home-recent">
      <h2 id="home-recent">最近の変更</h2>
      {summary.recent.length === 0 ? (
        <p className="muted">変更はまだありません。</p>
      ) : (
        <ul className="home-recent">
          {summary.recent.map((r) => (
            <li key={`${r.caseNo}-${r.at}`}>
              <span className="home-recent-at">{formatTimestamp(r.at)}</span>
              <span className="home-recent-case">{r.caseNo}</span>
              <span className="home-recent-fields">{r.fields.join('・')}</span>
              <span className="muted">
                {r.who}（{SOURCE_LABELS[r.source] ?? r.source}）
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
