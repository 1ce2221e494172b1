// One サポートプラン: its family and status, the steps, the version being written (autosaved) or a handed-over
// version read-only with its 手交日, the changes a 見直し made, the family's copy (Word / 印刷), and the history.
import { useCallback, useState } from 'react';
import type { PlanDetail } from '../../../../shared/contract';
import { isEditable, versionInForce } from '../../../../shared/plan/lifecycle';
import { unsavedRows } from '../../../../shared/plan/plan-form';
import { PLAN_STATUS_LABELS } from '../../../../shared/plan/support-plan';
import { useBackendQuery } from '../../hooks/useBackendQuery';
import { useDateProblems } from '../../hooks/useDateProblems';
import { PlanChanges } from './PlanChanges';
import { PlanContentForm } from './PlanContentForm';
import { PlanExport } from './PlanExport';
import { PlanHistory } from './PlanHistory';
import { PlanLifecycle } from './PlanLifecycle';
import { usePlanDraft, type DraftStatus } from './usePlanDraft';
import { useDay } from './useDay';

export function PlanEditor({ planId, onBack }: { planId: number; onBack(): void }) {
  const query = useBackendQuery('plans.get', { id: planId });
  const { setData } = query;
  const [shownVersion, setShownVersion] = useState<number | null>(null);
  const onSaved = useCallback((detail: PlanDetail) => setData(detail), [setData]);

  const detail = query.data;
  return (
    <section className="plan-editor" aria-label="サポートプラン">
      <div className="plan-editor-head">
        <button type="button" onClick={onBack}>
          一覧に戻る
        </button>
        {detail && (
          <h2>
            {detail.plan.familyLabel}
            {detail.plan.caseNo && <span className="muted">（{detail.plan.caseNo}）</span>}
            <span className={`plan-status plan-status-${detail.plan.status}`}>
              {PLAN_STATUS_LABELS[detail.plan.status]}
            </span>
          </h2>
        )}
      </div>
      {query.error && (
        <p role="alert" className="error">
          {query.error}
        </p>
      )}
      {!detail && !query.error && <p aria-busy="true">読み込み中…</p>}
      {detail && (
        <PlanBody
          // A step (手交, 見直し) changes which version is written: the draft starts again from the stored one.
          key={`${detail.plan.versions.length}-${isEditable(detail.plan)}`}
          detail={detail}
          shownVersion={shownVersion}
          onShow={setShownVersion}
          onSaved={onSaved}
        />
      )}
    </section>
  );
}

interface BodyProps {
  detail: PlanDetail;
  shownVersion: number | null;
  onShow(version: number | null): void;
  onSaved(detail: PlanDetail): void;
}

function PlanBody({ detail, shownVersion, onShow, onSaved }: BodyProps) {
  const { plan, events } = detail;
  const current = plan.versions[plan.versions.length - 1]!;
  const editable = isEditable(plan);
  const draft = usePlanDraft(plan.id, current.content, onSaved);
  const dates = useDateProblems();
  const day = useDay();
  const viewing = plan.versions.find((v) => v.version === (shownVersion ?? current.version)) ?? current;
  const onCurrent = viewing.version === current.version;
  const inForce = versionInForce(plan);
  const unsaved = unsavedRows(draft.content);

  return (
    <div className="plan-body">
      <dl className="plan-facts">
        <dt>主担当の機能</dt>
        <dd>{plan.leadFunction}</dd>
        <dt>担当</dt>
        <dd>{plan.owner ?? '（未設定）'}</dd>
        <dt>次の見直し</dt>
        <dd>{plan.reviewDue ? day(plan.reviewDue) : '（未設定）'}</dd>
        {plan.closedOn && (
          <>
            <dt>終了日</dt>
            <dd>
              {day(plan.closedOn)}
              {plan.closedReason ? `（${plan.closedReason}）` : ''}
            </dd>
          </>
        )}
      </dl>
      <PlanLifecycle
        key={`${plan.status}-${plan.reviewDue}`}
        plan={plan}
        content={draft.content}
        flush={draft.flush}
        onDone={(next) => {
          onShow(null);
          onSaved(next);
        }}
      />
      <div className="plan-version-head">
        <h3>
          第{viewing.version}版
          {viewing.handedOverOn
            ? `（手交日 ${day(viewing.handedOverOn)}・変更できません）`
            : editable && onCurrent
              ? '（作成中）'
              : ''}
        </h3>
        {!onCurrent && (
          <button type="button" onClick={() => onShow(null)}>
            最新の版に戻る
          </button>
        )}
        {editable && onCurrent && <SaveState status={draft.status} invalid={dates.invalid} unsaved={unsaved} />}
      </div>
      {plan.status === 'reviewing' && onCurrent && inForce && (
        <PlanChanges before={inForce.content} after={draft.content} handedOverOn={inForce.handedOverOn!} />
      )}
      <PlanContentForm
        key={viewing.version}
        content={onCurrent ? draft.content : viewing.content}
        change={draft.change}
        readOnly={!editable || !onCurrent}
        dates={dates}
        caseNo={plan.caseNo}
      />
      <PlanExport planId={plan.id} version={viewing.version} />
      <PlanHistory events={events} versions={plan.versions} shown={viewing.version} onOpen={onShow} />
    </div>
  );
}

function SaveState({ status, invalid, unsaved }: { status: DraftStatus; invalid: boolean; unsaved: number }) {
  if (status.kind === 'error')
    return (
      <p role="alert" className="error">
        保存できませんでした：{status.message}
      </p>
    );
  const text = invalid
    ? '日付が正しくありません — その日付は保存されません'
    : { idle: '入力すると自動で保存されます。', pending: '保存しています…', saved: '保存しました。' }[status.kind];
  return (
    <p role="status" className="muted">
      {text}
      {unsaved > 0 && `（氏名・サービスのない行 ${unsaved} 件は、入力するまで保存されません）`}
    </p>
  );
}
