// 新しい会議: every field of a meeting, its invited agencies and its 対象範囲.
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import {
  EMPTY_SCOPE,
  MEETING_KINDS,
  type Agency,
  type Meeting,
  type MeetingInput,
  type MeetingKind,
  type MeetingStatus,
  type ScopeTemplate,
} from '../../../../shared/meeting/types';
import { CHOSEN_STATUSES } from '../../../../shared/meeting/status';
import { useApi } from '../../api-context';
import { errorMessage } from '../../lib/errors';
import { intOrNull, splitList, textOrNull } from '../../lib/lists';
import { todayIso } from '../../lib/today';
import { useBackendAction } from '../../hooks/useBackendAction';
import { useDateProblems } from '../../hooks/useDateProblems';
import { DateField } from '../DateField';
import { TimeField } from '../TimeField';
import { CheckboxGroup } from '../CheckboxGroup';
import { ScopeEditor } from './ScopeEditor';

interface Props {
  agencies: readonly Agency[];
  templates: readonly ScopeTemplate[];
  onTemplatesChanged(): void;
  onCreated(meeting: Meeting): void;
  onCancel(): void;
}

export function MeetingForm({ agencies, templates, onTemplatesChanged, onCreated, onCancel }: Props) {
  const api = useApi();
  const id = useId();
  const [kind, setKind] = useState<MeetingKind>('実務者会議');
  const [subcommittee, setSubcommittee] = useState('');
  const [title, setTitle] = useState('');
  const [date, setDate] = useState<string | null>(todayIso());
  const dates = useDateProblems();
  const [startTime, setStartTime] = useState<string | null>('14:00');
  const [place, setPlace] = useState('');
  const [minutes, setMinutes] = useState('90');
  const [facilitator, setFacilitator] = useState('');
  const [invitedAgencies, setInvitedAgencies] = useState<string[]>([]);
  const [people, setPeople] = useState('');
  const [status, setStatus] = useState<MeetingStatus>('準備中');
  const [scope, setScope] = useState(EMPTY_SCOPE);
  const { busy: saving, error, setError, run } = useBackendAction();

  const saveTemplate = async (): Promise<string | null> => {
    const name = subcommittee.trim();
    if (!name) return '部会名を入力してから保存してください。';
    const existing = templates.find((t) => t.name === name);
    try {
      await api.call('scopeTemplates.save', { ...(existing ? { id: existing.id } : {}), name, scope });
      onTemplatesChanged();
      return null;
    } catch (e: unknown) {
      return errorMessage(e);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const plannedMinutes = intOrNull(minutes);
    if (plannedMinutes === null) return setError('予定時間（分）を数字で入力してください。');
    if (dates.invalid || date === null || startTime === null)
      return setError('日付と開始時刻を正しく入力してください。');
    const meeting: MeetingInput = {
      kind,
      subcommittee: textOrNull(subcommittee),
      title: title.trim(),
      date,
      startTime,
      place: textOrNull(place),
      plannedMinutes,
      facilitator: textOrNull(facilitator),
      invitedAgencies,
      invitedPeople: splitList(people),
      status,
      scope,
    };
    void run('meetings.create', { meeting }).then((outcome) => outcome.ok && onCreated(outcome.value));
  };

  const field = (key: string, label: string, input: ReactNode) => (
    <div className="field-inline" key={key}>
      <label htmlFor={`${id}-${key}`}>{label}</label>
      {input}
    </div>
  );

  return (
    <form className="meeting-form" aria-labelledby={`${id}-title`} onSubmit={submit}>
      <h2 id={`${id}-title`}>新しい会議</h2>
      <div className="form-grid">
        {field(
          'kind',
          '種類',
          <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as MeetingKind)}>
            {MEETING_KINDS.map((k) => (
              <option key={k}>{k}</option>
            ))}
          </select>,
        )}
        {field(
          'sub',
          '部会名',
          <input id={`${id}-sub`} value={subcommittee} onChange={(e) => setSubcommittee(e.target.value)} />,
        )}
        {field(
          'title-input',
          '題名',
          <input id={`${id}-title-input`} required value={title} onChange={(e) => setTitle(e.target.value)} />,
        )}
        {field(
          'date',
          '日付',
          <DateField
            id={`${id}-date`}
            rule="day"
            required
            value={date}
            onChange={setDate}
            onProblem={(m) => dates.report('date', m)}
          />,
        )}
        {field(
          'start',
          '開始時刻',
          <TimeField
            id={`${id}-start`}
            required
            value={startTime}
            onChange={setStartTime}
            onProblem={(m) => dates.report('start', m)}
          />,
        )}
        {field('place', '場所', <input id={`${id}-place`} value={place} onChange={(e) => setPlace(e.target.value)} />)}
        {field(
          'minutes',
          '予定時間（分）',
          <input
            id={`${id}-minutes`}
            type="number"
            min={10}
            max={600}
            required
            value={minutes}
            onChange={(e) => setMinutes(e.target.value)}
          />,
        )}
        {field(
          'facilitator',
          '進行役',
          <input id={`${id}-facilitator`} value={facilitator} onChange={(e) => setFacilitator(e.target.value)} />,
        )}
        {field(
          'people',
          '招集者',
          <input
            id={`${id}-people`}
            value={people}
            onChange={(e) => setPeople(e.target.value)}
            placeholder="「、」で区切る"
          />,
        )}
        {field(
          'status',
          '状態',
          <select id={`${id}-status`} value={status} onChange={(e) => setStatus(e.target.value as MeetingStatus)}>
            {CHOSEN_STATUSES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>,
        )}
      </div>
      <CheckboxGroup
        legend="招集機関"
        options={agencies.map((a) => a.name)}
        selected={invitedAgencies}
        onChange={setInvitedAgencies}
      />
      <ScopeEditor scope={scope} templates={templates} onChange={setScope} onSaveTemplate={saveTemplate} />
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="form-buttons">
        <button type="submit" className="primary" disabled={saving}>
          会議を作成
        </button>
        <button type="button" onClick={onCancel}>
          キャンセル
        </button>
      </div>
    </form>
  );
}
