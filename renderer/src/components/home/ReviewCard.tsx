// 見直し期限（今月・超過）: per 主担当機関, the open cases whose 次回確認 is past (超過) or falls in this month.
// A row's count opens the ledger on exactly those cases (継続, that agency, 次回確認 by the month's end).
import type { HomeSummary } from '../../../../shared/home/summary';
import { NO_VALUE } from '../../../../shared/home/summary';
import { reviewFilters, type HomeLinks } from './home-links';

export function ReviewCard({ summary, links }: { summary: HomeSummary; links: HomeLinks }) {
  const total = summary.reviews.reduce((n, r) => n + r.overdue + r.thisMonth, 0);
  const overdue = summary.reviews.reduce((n, r) => n + r.overdue, 0);
  return (
    <section className="home-card" aria-labelledby="home-reviews">
      <h2 id="home-reviews">見直し期限（今月・超過）</h2>
      {summary.reviews.length === 0 ? (
        <p className="muted">今月が期限の見直し・期限を過ぎた見直しはありません。</p>
      ) : (
        <table className="home-table">
          <thead>
            <tr>
              <th scope="col">主担当機関</th>
              <th scope="col">期限超過</th>
              <th scope="col">今月</th>
              <th scope="col">計</th>
            </tr>
          </thead>
          <tbody>
            {summary.reviews.map((r) => (
              <tr key={r.agency}>
                <th scope="row">{r.agency}</th>
                <td className={r.overdue > 0 ? 'home-overdue' : undefined}>{r.overdue}</td>
                <td>{r.thisMonth}</td>
                <td>
                  {r.agency === NO_VALUE ? (
                    // The ledger cannot filter on "no agency": the count is shown, not linked.
                    <span title="主担当機関が未設定のケースは台帳で絞り込めません">{r.overdue + r.thisMonth}件</span>
                  ) : (
                    <button
                      type="button"
                      className="home-figure"
                      aria-label={`${r.agency}の見直し ${r.overdue + r.thisMonth}件を台帳で開く`}
                      onClick={() => links.openLedger(reviewFilters(summary.monthEnd, r.agency))}
                    >
                      {r.overdue + r.thisMonth}件
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">合計</th>
              <td className={overdue > 0 ? 'home-overdue' : undefined}>{overdue}</td>
              <td>{total - overdue}</td>
              <td>
                <button
                  type="button"
                  className="home-figure"
                  aria-label={`見直し ${total}件すべてを台帳で開く`}
                  onClick={() => links.openLedger(reviewFilters(summary.monthEnd, null))}
                >
                  {total}件
                </button>
              </td>
            </tr>
          </tfoot>
        </table>
      )}
    </section>
  );
}
