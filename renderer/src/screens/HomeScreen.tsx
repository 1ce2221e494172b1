// ホーム: the first screen after unlocking — where things stand. Reviews due this month and overdue by
// 主担当機関, open cases by 重症度 and 種別, the upcoming meetings and what each lacks, the latest changes.
// Every figure opens the ledger filtered to its cases, or the meeting; 月次報告の遅れ leads to the 「依頼・回収」
// view. An empty ledger gets a start instead.
import { useId } from 'react';
import { CountsCard } from '../components/home/CountsCard';
import type { HomeLinks } from '../components/home/home-links';
import { MeetingsCard } from '../components/home/MeetingsCard';
import { MonthlyReportsCard } from '../components/home/MonthlyReportsCard';
import { RecentCard } from '../components/home/RecentCard';
import { ReviewCard } from '../components/home/ReviewCard';
import '../components/home/home.css';
import { useBackendQuery } from '../hooks/useBackendQuery';
import type { SettingsState } from '../hooks/useSettings';

export function HomeScreen({ settings, links }: { settings: SettingsState; links: HomeLinks }) {
  const id = useId();
  const query = useBackendQuery(
    'home.summary',
    {},
    { refetchOn: ['ledger.changed', 'meetings.changed', 'agenda.changed', 'live.changed'] },
  );
  const summary = query.data;
  const empty = summary !== null && summary.openCases === 0 && summary.recent.length === 0;

  return (
    <main className="home-screen" aria-labelledby={`${id}-title`} aria-busy={query.loading && !summary}>
      <div className="home-toolbar">
        <h1 id={`${id}-title`}>ホーム</h1>
      </div>
      {query.error && (
        <p role="alert" className="error">
          {query.error}
        </p>
      )}
      {!summary ? (
        !query.error && <p className="muted">読み込み中…</p>
      ) : empty ? (
        <section className="home-card home-empty" aria-labelledby={`${id}-start`}>
          <h2 id={`${id}-start`}>はじめに</h2>
          <p>
            台帳にケースがありません。お使いの進行管理台帳（Excel または
            CSV）を取り込むと、ここに見直し期限や会議の準備状況が表示されます。
          </p>
          <button type="button" className="primary" onClick={links.openImport}>
            台帳を取り込む
          </button>
        </section>
      ) : (
        <div className="home-grid">
          <ReviewCard summary={summary} links={links} />
          <MeetingsCard summary={summary} links={links} dateStyle={settings.settings.dateStyle} />
          <CountsCard summary={summary} links={links} />
          <MonthlyReportsCard links={links} />
          <RecentCard summary={summary} />
        </div>
      )}
    </main>
  );
}
