// 「依頼・回収」: the secretariat's view of requests that are not tied to one meeting — requests between
// meetings (ticking the agencies to ask), what has come back (ReturnsPanel), overdue monthly reports, and the
// assessment sheet's items. A meeting's own requests are on its meeting screen.
import { useId } from 'react';
import { OverdueMonthlyReports } from '../components/requests/OverdueMonthlyReports';
import { RequestCreateForm } from '../components/requests/RequestCreateForm';
import { RequestList } from '../components/requests/RequestList';
import { REQUEST_REFETCH } from '../components/requests/RequestsPanel';
import { ReturnsPanel } from '../components/requests/ReturnsPanel';
import { SheetItemsEditor } from '../components/requests/SheetItemsEditor';
import '../components/requests/requests-out.css';
import { useBackendQuery } from '../hooks/useBackendQuery';
import type { SettingsState } from '../hooks/useSettings';

export function RequestsScreen({ settings }: { settings: SettingsState }) {
  const id = useId();
  const dateStyle = settings.settings.dateStyle;
  const plan = useBackendQuery('requests.plan', { meetingId: null }, { refetchOn: REQUEST_REFETCH });
  const list = useBackendQuery('requests.list', { meetingId: null }, { refetchOn: REQUEST_REFETCH });
  const error = plan.error ?? list.error;

  return (
    <main className="requests-screen" aria-labelledby={`${id}-title`}>
      <div className="toolbar">
        <h1 id={`${id}-title`}>依頼・回収</h1>
        <span className="muted">会議の間の依頼、回収の状況、月次報告、アセスメントシートの項目</span>
      </div>
      <section className="detail-section requests-panel" aria-labelledby={`${id}-between`}>
        <h2 id={`${id}-between`}>会議の間の依頼</h2>
        <p className="hint">会議のための依頼は、その会議の画面の「関係機関への依頼」で作成します。</p>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        {plan.data && (
          <RequestCreateForm
            meetingId={null}
            agencies={plan.data.agencies}
            suggestedDue={plan.data.suggestedDue}
            startChosen={false}
          />
        )}
        {list.data && <RequestList requests={list.data.requests} dateStyle={dateStyle} />}
      </section>
      {/* The panels carry their own headings; here each sits in the screen's card like the section above. */}
      <div className="detail-section">
        <ReturnsPanel meetingId={null} dateStyle={dateStyle} />
      </div>
      <div className="detail-section">
        <OverdueMonthlyReports dateStyle={dateStyle} />
      </div>
      <div className="detail-section">
        <SheetItemsEditor />
      </div>
    </main>
  );
}
