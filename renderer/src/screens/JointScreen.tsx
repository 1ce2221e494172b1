// 合同ケース会議: the 統括支援員's screen for the centre's joint meeting. Proposals from the two functions arrive
// in the inbox (accept onto the list, or 見送り with a reason); the standing list (名簿) shows per case the last
// 合同ケース会議's recorded decision, read live, and the サポートプラン; it is saved as a workbook, and a 臨時開催
// takes the cases ticked on it.
import { useId, useState } from 'react';
import { JointExport } from '../components/joint/JointExport';
import { JointListTable } from '../components/joint/JointListTable';
import { ProposalForm } from '../components/joint/ProposalForm';
import { ProposalInbox } from '../components/joint/ProposalInbox';
import '../components/joint/joint.css';
import { useBackendQuery } from '../hooks/useBackendQuery';
import type { SettingsState } from '../hooks/useSettings';

interface Props {
  settings: SettingsState;
  /** Opens a meeting on the 会議 screen (the 臨時開催 just made). */
  onOpenMeeting(meetingId: number): void;
}

export function JointScreen({ settings, onOpenMeeting }: Props) {
  const id = useId();
  const [proposing, setProposing] = useState(false);
  // The list shows decisions and the ledger live: it reloads when either changes.
  const query = useBackendQuery('joint.overview', {}, { refetchOn: ['ledger.changed', 'live.changed'] });
  const data = query.data;

  return (
    <main className="joint-screen" aria-labelledby={`${id}-title`}>
      <div className="joint-toolbar">
        <h1 id={`${id}-title`}>合同ケース会議</h1>
        <span className="muted">提案の受付と名簿（統括支援員）</span>
        <div className="toolbar-actions">
          <button type="button" className="primary" onClick={() => setProposing(true)} disabled={proposing}>
            新しい提案
          </button>
          <JointExport disabled={!data || data.rows.length === 0} />
        </div>
      </div>
      {query.error && (
        <p role="alert" className="error">
          {query.error}
        </p>
      )}
      {proposing && (
        <ProposalForm
          operatorName={settings.settings.operatorName}
          onDone={() => {
            setProposing(false);
            query.reload();
          }}
          onCancel={() => setProposing(false)}
        />
      )}
      {data ? (
        <div className="joint-body" aria-busy={query.loading}>
          <ProposalInbox proposals={data.proposals} nextCaseNo={data.nextCaseNo} onChanged={query.reload} />
          <JointListTable rows={data.rows} onChanged={query.reload} onOpenMeeting={onOpenMeeting} />
        </div>
      ) : (
        !query.error && <p aria-busy="true">読み込み中…</p>
      )}
    </main>
  );
}
