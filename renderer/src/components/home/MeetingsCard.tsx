// 今後の会議: the meetings from today on and what each still lacks (議題なし, 報告未着 n機関, 資料未作成);
// a meeting's title opens its detail, where each of those is made.
import { formatDate } from '../../../../shared/ledger/dates';
import type { HomeSummary } from '../../../../shared/home/summary';
import type { DateStyle } from '../../lib/date-style';
import type { HomeLinks } from './home-links';

export function MeetingsCard({
  summary,
  links,
  dateStyle,
}: {
  summary: HomeSummary;
  links: HomeLinks;
  dateStyle: DateStyle;
}) {
  return (
    <section className="home-card" aria-labelledby="home-meetings">
      <h2 id="home-meetings">今後の会議</h2>
      {summary.meetings.length === 0 ? (
        <p className="muted">予定されている会議はありません。</p>
      ) : (
        <ul className="home-meetings">
          {summary.meetings.map((m) => (
            <li key={m.id}>
              <span className="home-meeting-date">
                {formatDate(m.date, dateStyle)} {m.startTime}
              </span>
              <button type="button" className="link home-meeting-title" onClick={() => links.openMeeting(m.id)}>
                {m.title}
              </button>
              <span className="home-lacks">
                {m.lacks.length === 0 ? (
                  <span className="home-ready">準備済み</span>
                ) : (
                  m.lacks.map((lack) => (
                    <span
                      key={lack}
                      className="home-lack"
                      title={lack.startsWith('報告未着') ? `未着：${m.missingAgencies.join('、')}` : undefined}
                    >
                      {lack}
                    </span>
                  ))
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
