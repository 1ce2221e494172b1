// 会議: the list of meetings, the form for a new one and the agencies list; a chosen meeting opens its detail.
import { useId, useState } from 'react';
import type { Meeting } from '../../../shared/meeting/types';
import { formatDate } from '../../../shared/ledger/dates';
import { AgenciesPanel } from '../components/meeting/AgenciesPanel';
import { MeetingForm } from '../components/meeting/MeetingForm';
import { OperatorName } from '../components/meeting/OperatorName';
import { TimeZoneSetting } from '../components/meeting/TimeZoneSetting';
import { TriageSettingsPanel } from '../components/meeting/TriageSettingsPanel';
import { ProgramTemplatesPanel } from '../components/meeting/ProgramTemplatesPanel';
import { useAgencies, useMeetings, useScopeTemplates } from '../hooks/useMeetingData';
import type { SettingsState } from '../hooks/useSettings';
import { consoleMeetingFromHash } from '../lib/console-route';
import { MeetingDetail } from './MeetingDetail';
import '../meetings.css';

/** `openMeetingId`: a meeting to open at once (from the home view). */
export function MeetingsScreen({ settings, openMeetingId }: { settings: SettingsState; openMeetingId?: number }) {
  const id = useId();
  const meetings = useMeetings();
  const agencies = useAgencies();
  const templates = useScopeTemplates();
  const [creating, setCreating] = useState(false);
  // A reload while the console is open comes back to it (#console=<id>).
  const [openId, setOpenId] = useState<number | null>(() => openMeetingId ?? consoleMeetingFromHash());
  // The meeting just created, until the reloaded list has it.
  const [created, setCreated] = useState<Meeting | null>(null);
  const dateStyle = settings.settings.dateStyle;

  const open =
    openId === null
      ? undefined
      : (meetings.items.find((m) => m.id === openId) ?? (created?.id === openId ? created : undefined));
  if (open) {
    return (
      <MeetingDetail meeting={open} agencies={agencies.items} dateStyle={dateStyle} onBack={() => setOpenId(null)} />
    );
  }

  const sorted = [...meetings.items].sort((a, b) => b.date.localeCompare(a.date) || b.id - a.id);
  return (
    <div className="meetings">
      <main className="meetings-main" aria-labelledby={`${id}-title`}>
        <div className="toolbar">
          <h1 id={`${id}-title`}>会議</h1>
          <div className="toolbar-actions">
            <button type="button" className="primary" onClick={() => setCreating(true)} disabled={creating}>
              新しい会議
            </button>
          </div>
        </div>
        {[meetings.error, agencies.error, templates.error, settings.error].filter(Boolean).map((m) => (
          <p key={m} role="alert" className="error banner">
            {m}
          </p>
        ))}
        {creating && (
          <MeetingForm
            agencies={agencies.items}
            templates={templates.items}
            onTemplatesChanged={templates.reload}
            onCancel={() => setCreating(false)}
            onSaved={(meeting) => {
              setCreating(false);
              setCreated(meeting);
              meetings.reload();
              setOpenId(meeting.id);
            }}
          />
        )}
        <div className="table-scroll meeting-table">
          <table>
            <caption>会議一覧</caption>
            <thead>
              <tr>
                <th scope="col">日付</th>
                <th scope="col">種類</th>
                <th scope="col">部会</th>
                <th scope="col">題名</th>
                <th scope="col">状態</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((m) => (
                <tr key={m.id}>
                  <td>
                    {formatDate(m.date, dateStyle)} {m.startTime}
                  </td>
                  <td>{m.kind}</td>
                  <td>{m.subcommittee ?? ''}</td>
                  <td>
                    <button type="button" className="link" onClick={() => setOpenId(m.id)}>
                      {m.title}
                    </button>
                  </td>
                  <td>{m.status}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {sorted.length === 0 && (
            <p className="grid-empty">会議はまだありません。「新しい会議」から作成してください。</p>
          )}
        </div>
      </main>
      <aside className="meetings-side" aria-label="会議の設定">
        <OperatorName settings={settings} />
        <TimeZoneSetting settings={settings} />
        <TriageSettingsPanel />
        <ProgramTemplatesPanel />
        <AgenciesPanel agencies={agencies.items} onChanged={agencies.reload} />
      </aside>
    </div>
  );
}
