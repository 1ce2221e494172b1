// 月次報告の遅れ on ホーム: how many children's school or nursery reports are overdue, the longest waits, and
// the way to the 「依頼・回収」 view that lists them all with the setting.
import { useBackendQuery } from '../../hooks/useBackendQuery';
import type { HomeLinks } from './home-links';

/** How many rows the card shows; the view lists every one. */
const FIRST = 5;

export function MonthlyReportsCard({ links }: { links: HomeLinks }) {
  const query = useBackendQuery(
    'monthly.overdue',
    {},
    { refetchOn: ['ledger.changed', 'assessments.changed', 'meetings.changed'] },
  );
  const list = query.data;
  return (
    <section className="home-card" aria-labelledby="home-monthly">
      <h2 id="home-monthly">月次報告の遅れ</h2>
      {query.error && !list && (
        <p role="alert" className="error">
          {query.error}
        </p>
      )}
      {!list ? (
        !query.error && <p className="muted">読み込み中…</p>
      ) : list.rows.length === 0 ? (
        <p className="muted">遅れている月次報告はありません。</p>
      ) : (
        <>
          <p>
            学校・保育所等からの報告が{list.days}日を過ぎて届いていないケース：
            <strong className="home-overdue">{list.rows.length}件</strong>
          </p>
          <table className="home-table">
            <thead>
              <tr>
                <th scope="col">ケース</th>
                <th scope="col" className="home-text">
                  所属
                </th>
                <th scope="col">経過日数</th>
              </tr>
            </thead>
            <tbody>
              {list.rows.slice(0, FIRST).map((r) => (
                <tr key={r.caseNo}>
                  <th scope="row">{r.label}</th>
                  <td className="home-text">{r.affiliation}</td>
                  <td>{r.daysSince === null ? '報告なし' : `${r.daysSince}日`}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {list.rows.length > FIRST && <p className="muted">ほか {list.rows.length - FIRST}件</p>}
        </>
      )}
      {links.openRequests && (
        <button type="button" className="home-more" onClick={links.openRequests}>
          依頼・回収で見る
        </button>
      )}
    </section>
  );
}
