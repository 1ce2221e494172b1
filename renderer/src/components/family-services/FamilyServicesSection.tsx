// 家庭支援事業 in the case panel: the case's records (each service with its steps and status), a 利用勧奨 or a
// 措置 for a service not yet open, and the records' history. Every change answers with the case's records
// as stored, which replace what is shown; a refusal shows the backend's Japanese reason.
import { useId, useState } from 'react';
import type { ServiceStep, StepInput } from '../../../../shared/services/family-service';
import { stepSummary } from '../../../../shared/services/family-service';
import { useApi } from '../../api-context';
import { useBackendQuery } from '../../hooks/useBackendQuery';
import { useQueryMutation } from '../../hooks/useQueryMutation';
import { formatDate } from '../../../../shared/ledger/dates';
import { useDateStyle } from '../../lib/date-style';
import { formatTimestamp } from '../../lib/today';
import { ConfirmDialog } from '../ConfirmDialog';
import { ServiceRecordCard } from './ServiceRecordCard';
import { ServiceStepForm } from './ServiceStepForm';
import { showDays } from './show-days';
import './family-services.css';

export function FamilyServicesSection({ caseNo }: { caseNo: string }) {
  const api = useApi();
  const id = useId();
  // A write-back (and its undo) makes or removes records from a meeting's decisions and says ledger.changed.
  const query = useBackendQuery('services.list', { caseNo }, { refetchOn: ['ledger.changed'] });
  const mutation = useQueryMutation(query);
  const [adding, setAdding] = useState<'recommendation' | 'measure' | null>(null);
  const [removing, setRemoving] = useState<ServiceStep | null>(null);
  const data = query.data;
  const style = useDateStyle();

  const openRecord = (service: string) => data?.records.find((r) => r.service === service && r.status !== '終了');

  const add = (step: StepInput, newRecord: { service: string; provider: string | null } | null) => {
    if (!newRecord) return;
    // A service the case has open already gets the step on its record (the backend refuses a second record).
    const open = openRecord(newRecord.service);
    void mutation
      .run(() =>
        open
          ? api.call('services.addStep', { recordId: open.id, step })
          : api.call('services.create', { caseNo, ...newRecord, step }),
      )
      .then((ok) => ok && setAdding(null));
  };

  return (
    <section className="family-services" aria-labelledby={id}>
      <h3 id={id}>家庭支援事業</h3>
      {query.error && (
        <p role="alert" className="error">
          {query.error}
        </p>
      )}
      {data && (
        <>
          {data.records.length === 0 ? (
            <p className="muted">記録はまだありません。</p>
          ) : (
            <ul className="service-records">
              {data.records.map((record) => (
                <ServiceRecordCard
                  key={record.id}
                  record={record}
                  busy={mutation.busy}
                  onAddStep={(step) => mutation.run(() => api.call('services.addStep', { recordId: record.id, step }))}
                  onRemoveStep={setRemoving}
                  onSetProvider={(provider) =>
                    mutation.run(() => api.call('services.setProvider', { recordId: record.id, provider }))
                  }
                />
              ))}
            </ul>
          )}
          {adding === null ? (
            <div className="service-actions service-add" role="group" aria-labelledby={`${id}-add`}>
              <span id={`${id}-add`} className="muted">
                事業を選んで記録
              </span>
              <button type="button" onClick={() => setAdding('recommendation')}>
                利用勧奨を記録
              </button>
              <button type="button" onClick={() => setAdding('measure')}>
                措置を記録
              </button>
            </div>
          ) : (
            <ServiceStepForm
              key={adding}
              kind={adding}
              existing={[]}
              service={{
                choices: data.choices,
                initial: data.choices[0] ?? '',
                stepsOf: (service) => openRecord(service)?.steps ?? [],
              }}
              busy={mutation.busy}
              onCancel={() => setAdding(null)}
              onSubmit={add}
            />
          )}
          {mutation.error && (
            <p role="alert" className="error">
              {showDays(mutation.error, style)}
            </p>
          )}
          {data.events.length > 0 && (
            <details className="service-events">
              <summary>家庭支援事業の履歴（{data.events.length}件）</summary>
              <ol>
                {data.events.map((e) => (
                  <li key={e.id}>
                    <time dateTime={e.at}>{formatTimestamp(e.at)}</time> {e.by} {e.action}
                    {e.detail ? `：${showDays(e.detail, style)}` : ''}
                  </li>
                ))}
              </ol>
            </details>
          )}
        </>
      )}
      {removing && (
        <ConfirmDialog
          title="記録を取り消す"
          confirmLabel="取り消す"
          onCancel={() => setRemoving(null)}
          onConfirm={() => {
            const stepId = removing.id;
            setRemoving(null);
            void mutation.run(() => api.call('services.removeStep', { stepId }));
          }}
        >
          {formatDate(removing.date, style)} の「{stepSummary(removing)}」を取り消します。
        </ConfirmDialog>
      )}
    </section>
  );
}
