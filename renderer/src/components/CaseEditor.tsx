// ケース詳細: the side panel for one case. Loads the case with its history, edits every field, and
// saves only what changed, with the version it loaded; the backend's answer (or its Japanese error) is shown
// as is. An edit refused because another program changed the case first ('conflict') offers to load the
// latest case or to apply this edit on top of it; a busy database or a failed write offers a retry.
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import type { CaseChanges, CaseDetail } from '../../../shared/contract';
import type { LedgerCase } from '../../../shared/ledger/case';
import { useApi } from '../api-context';
import { useBackendQuery } from '../hooks/useBackendQuery';
import { DATE_NOT_SAVED, useDateProblems } from '../hooks/useDateProblems';
import { formChanges, toFormValues, type CaseFormValues, type FormProblem } from '../lib/case-form';
import type { DateStyle } from '../lib/date-style';
import { errorCode, errorMessage, isRetryable } from '../lib/errors';
import { CaseForm } from './CaseForm';
import { CasePlans, CasePlansLink } from './plans/CasePlans';
import { CaseHistory } from './CaseHistory';
import { FamilyServicesSection } from './family-services/FamilyServicesSection';
import { useOpenBoard } from './board/open-board';

interface Props {
  caseNo: string;
  dateStyle: DateStyle;
  onSaved(updated: LedgerCase): void;
  onClose(): void;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'unchanged' }
  | { kind: 'reloaded' }
  | { kind: 'invalid' }
  | { kind: 'error'; message: string }
  | { kind: 'retry'; message: string }
  | { kind: 'conflict'; message: string; changes: CaseChanges };

export function CaseEditor({ caseNo, dateStyle, onSaved, onClose }: Props) {
  const api = useApi();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  // Not refetched on ledger.changed: an edit made elsewhere meanwhile is caught on save, as a conflict.
  const loaded = useBackendQuery('ledger.get', { caseNo });
  const { data: detail, error: loadError, setData: setDetail } = loaded;
  // What the user typed; null shows the loaded case as it is.
  const [edited, setEdited] = useState<CaseFormValues | null>(null);
  const shown = useMemo(() => (detail ? toFormValues(detail.case) : null), [detail]);
  const values = edited ?? shown;
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  // A date field whose text is not a valid date: the form is not saved, and never says it is, until fixed.
  const dates = useDateProblems();
  const openBoard = useOpenBoard();

  // Move focus into the panel when it opens, so keyboard users land on what they opened.
  useEffect(() => heading.current?.focus(), []);

  const submit = (changes: CaseChanges, version: number) => {
    setStatus({ kind: 'saving' });
    api.call('ledger.update', { caseNo, changes, version }).then(
      (result) => {
        setDetail(result);
        setEdited(null);
        setStatus({ kind: 'saved' });
        onSaved(result.case);
      },
      (e: unknown) => {
        const message = errorMessage(e);
        if (errorCode(e) === 'conflict') setStatus({ kind: 'conflict', message, changes });
        else setStatus(isRetryable(e) ? { kind: 'retry', message } : { kind: 'error', message });
      },
    );
  };

  const save = (event?: FormEvent) => {
    event?.preventDefault();
    if (!detail || !values) return;
    if (dates.invalid) return setStatus({ kind: 'error', message: DATE_NOT_SAVED });
    const { changes, problems: found } = formChanges(detail.case, values);
    setProblems(found);
    if (found.length) return setStatus({ kind: 'error', message: '入力内容を確認してください。' });
    if (Object.keys(changes).length === 0) return setStatus({ kind: 'unchanged' });
    submit(changes, detail.version);
  };

  /** The case as stored now; `then` runs on it (reapply), otherwise the form shows it and this edit is dropped. */
  const reload = (then?: (latest: CaseDetail) => void) => {
    setStatus({ kind: 'saving' });
    api.call('ledger.get', { caseNo }).then(
      (latest) => {
        setDetail(latest);
        if (then) return then(latest);
        setEdited(null);
        setProblems([]);
        setStatus({ kind: 'reloaded' });
        onSaved(latest.case);
      },
      (e: unknown) =>
        setStatus(
          isRetryable(e) ? { kind: 'retry', message: errorMessage(e) } : { kind: 'error', message: errorMessage(e) },
        ),
    );
  };

  return (
    <aside className="case-panel" aria-labelledby={`${id}-title`}>
      <div className="panel-head">
        <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
          ケース詳細 {caseNo}
        </h2>
        {openBoard && (
          <button type="button" onClick={() => openBoard({ caseNo, meetingId: null })}>
            ホワイトボード
          </button>
        )}
        <CasePlansLink caseNo={caseNo} />
        <button type="button" onClick={onClose}>
          詳細を閉じる
        </button>
      </div>
      {loadError && (
        <p role="alert" className="error">
          {loadError}
        </p>
      )}
      {!loadError && !values && <p aria-busy="true">読み込み中…</p>}
      {detail && values && (
        <>
          <form onSubmit={save} noValidate>
            <CaseForm
              caseNo={caseNo}
              values={values}
              problems={problems}
              onDateProblem={dates.report}
              onChange={(next) => {
                setEdited(next);
                if (status.kind !== 'saving') setStatus({ kind: 'idle' });
              }}
            />
            <div className="form-actions wrap">
              <button type="submit" className="primary" disabled={status.kind === 'saving'}>
                保存
              </button>
              <SaveStatus status={dates.invalid && status.kind !== 'error' ? { kind: 'invalid' } : status} />
              {status.kind === 'conflict' && (
                <>
                  <button type="button" onClick={() => reload()}>
                    最新の内容を読み込む（この入力は破棄）
                  </button>
                  <button type="button" onClick={() => reload((latest) => submit(status.changes, latest.version))}>
                    最新の内容にこの入力を反映する
                  </button>
                </>
              )}
              {status.kind === 'retry' && (
                <button type="button" onClick={() => save()}>
                  もう一度試す
                </button>
              )}
            </div>
          </form>
          <FamilyServicesSection caseNo={caseNo} />
          <CasePlans caseNo={caseNo} />
          <CaseHistory history={detail.history} dateStyle={dateStyle} />
        </>
      )}
    </aside>
  );
}

function SaveStatus({ status }: { status: Status }) {
  if (status.kind === 'error' || status.kind === 'retry' || status.kind === 'conflict') {
    return (
      <p role="alert" className="error stale-edit">
        {status.message}
      </p>
    );
  }
  if (status.kind === 'invalid')
    return (
      <p role="status" className="field-error">
        {DATE_NOT_SAVED}
      </p>
    );
  const text = {
    idle: '',
    saving: '保存しています…',
    saved: '保存しました。',
    unchanged: '変更はありません。',
    reloaded: '最新の内容を読み込みました。',
  }[status.kind];
  return (
    <p role="status" className="muted">
      {text}
    </p>
  );
}
