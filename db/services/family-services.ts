// 家庭支援事業 records, the rules applied: every function runs inside the caller's transaction (`store.tx`), so
// a handler and the write-back (its apply and its undo) use the same steps. A refused step throws
// ServiceRuleError with the rule's Japanese reason; the handlers turn it into 'invalid_input'.
import type { CaseServices, ServiceRecordView } from '../../shared/contract';
import {
  serviceChoices,
  serviceStatus,
  stepProblem,
  STEP_LABELS,
  stepDetail,
  stepSummary,
  measureWarning,
  type FamilyServiceRecord,
  type StepInput,
} from '../../shared/services/family-service';
import type { Made } from '../repos/family-services';
import type { Store } from '../repos/store';

export class ServiceRuleError extends Error {}

const view = (record: FamilyServiceRecord): ServiceRecordView => ({ ...record, status: serviceStatus(record.steps) });

/** A case's records with their status and events, and the services a new record may name. */
export function caseServices(store: Store, caseNo: string): CaseServices {
  return {
    caseNo,
    records: store.familyServices.listByCase(caseNo).map(view),
    events: store.familyServices.events(caseNo),
    choices: serviceChoices(store.settings.read().ownServices),
  };
}

export function serviceRecord(store: Store, id: number): ServiceRecordView {
  const record = store.familyServices.get(id);
  if (!record) throw new ServiceRuleError('この家庭支援事業の記録は見つかりません。画面を開き直してください。');
  return view(record);
}

/** The case's record of `service` that is not 終了, if any (a new round after 終了 is a new record). */
export function openRecord(store: Store, caseNo: string, service: string): FamilyServiceRecord | null {
  return (
    store.familyServices
      .listByCase(caseNo)
      .filter((r) => r.service === service && serviceStatus(r.steps) !== '終了')
      .pop() ?? null
  );
}

/** A new record with its first step; refused when the case has the service open already. Returns its id. */
export function createServiceRecord(
  store: Store,
  input: { caseNo: string; service: string; provider: string | null; step: StepInput },
  made: Made,
): number {
  if (store.cases.get(input.caseNo) === null)
    throw new ServiceRuleError(`登録番号「${input.caseNo}」は台帳にありません。`);
  if (!serviceChoices(store.settings.read().ownServices).includes(input.service))
    throw new ServiceRuleError(`「${input.service}」は家庭支援事業の一覧にありません。`);
  if (openRecord(store, input.caseNo, input.service))
    throw new ServiceRuleError(`「${input.service}」の記録はすでにあります。その記録に経過を追加してください。`);
  const problem = stepProblem([], input.step);
  if (problem) throw new ServiceRuleError(problem);
  const id = store.familyServices.createRecord(input.caseNo, input.service, input.provider, made);
  store.familyServices.addEvent(id, input.caseNo, made.at, made.by, '作成', input.service);
  appendStep(store, id, input.step, made);
  return id;
}

/** Adds a step to a record after the rules (stepProblem) allow it; returns the step's id. */
export function addServiceStep(store: Store, recordId: number, step: StepInput, made: Made): number {
  const record = serviceRecord(store, recordId);
  const problem = stepProblem(record.steps, step);
  if (problem) throw new ServiceRuleError(problem);
  return appendStep(store, recordId, step, made);
}

function appendStep(store: Store, recordId: number, step: StepInput, made: Made): number {
  const record = serviceRecord(store, recordId);
  const id = store.familyServices.addStep(recordId, step, made);
  const source = made.origin.kind === 'decision' ? `（会議#${made.origin.meetingId}の決定）` : '';
  store.familyServices.addEvent(
    recordId,
    record.caseNo,
    made.at,
    made.by,
    STEP_LABELS[step.kind],
    [step.date, stepDetail(step)].filter(Boolean).join(' ') + source,
  );
  return id;
}

/** Removes a step typed by hand, the record's latest; the record goes too when it has no step left. */
export function removeManualStep(store: Store, stepId: number, at: string, by: string): string {
  const recordId = store.familyServices.recordOfStep(stepId);
  if (recordId === null) throw new ServiceRuleError('この記録は見つかりません。画面を開き直してください。');
  const record = serviceRecord(store, recordId);
  const step = record.steps.find((s) => s.id === stepId)!;
  if (step.origin.kind !== 'manual' || step.applicationId !== null)
    throw new ServiceRuleError('会議の決定から反映された記録は、台帳への反映の取り消しで取り消してください。');
  if (record.steps[record.steps.length - 1]!.id !== stepId)
    throw new ServiceRuleError('取り消せるのは、いちばん新しい記録だけです。');
  store.familyServices.removeStep(stepId);
  store.familyServices.addEvent(recordId, record.caseNo, at, by, '記録を取り消し', `${step.date} ${stepSummary(step)}`);
  if (record.steps.length === 1 && record.origin.kind === 'manual') store.familyServices.removeEmptyRecord(recordId);
  return record.caseNo;
}

/**
 * What the preview says about a decision's service line before it is written: why the rules refuse it, or that a
 * 措置 comes without an earlier 勧奨 (it is then kept with the meeting's decision as its reason); null when neither.
 */
export function decisionStepNote(
  store: Store,
  input: { caseNo: string; service: string; mode: '利用勧奨' | '措置'; date: string },
): string | null {
  const existing = openRecord(store, input.caseNo, input.service)?.steps ?? [];
  const step: StepInput =
    input.mode === '利用勧奨'
      ? { kind: 'recommendation', date: input.date, method: null, answer: '未回答', note: null }
      : { kind: 'measure', date: input.date, noticeDate: null, noticeNo: null, noRecommendationReason: '会議の決定' };
  const problem = stepProblem(existing, step);
  if (problem) return `記録できません：${problem}`;
  return measureWarning(existing, step) ? '利用勧奨の記録がありません。会議の決定を措置の理由として記録します' : null;
}

/**
 * What a recorded decision's service line does (for the write-back, inside its transaction): a 利用勧奨 (method
 * and answer not known yet) or a 措置 on the case's open record of the service, or a new record, all tagged with
 * the application so its undo removes them (removeFromApplication). A 措置 without an earlier 勧奨 is kept with
 * the meeting's decision as its reason, and the warning is returned for the preview; a step the rules refuse
 * (a date before the record's latest step) is not written and its reason returned.
 */
export function recordFromDecision(
  store: Store,
  input: { caseNo: string; service: string; mode: '利用勧奨' | '措置'; date: string; meetingId: number },
  made: Omit<Made, 'origin'>,
): { recordId: number | null; stepId: number | null; warning: string | null } {
  const tagged: Made = { ...made, origin: { kind: 'decision', meetingId: input.meetingId } };
  const open = openRecord(store, input.caseNo, input.service);
  const existing = open?.steps ?? [];
  const warning = input.mode === '措置' ? measureWarning(existing, { kind: 'measure', date: input.date }) : null;
  const step: StepInput =
    input.mode === '利用勧奨'
      ? { kind: 'recommendation', date: input.date, method: null, answer: '未回答', note: null }
      : {
          kind: 'measure',
          date: input.date,
          noticeDate: null,
          noticeNo: null,
          noRecommendationReason: warning ? `会議#${input.meetingId}の決定` : null,
        };
  const problem = stepProblem(existing, step);
  if (problem) return { recordId: open?.id ?? null, stepId: null, warning: problem };
  if (open) return { recordId: open.id, stepId: appendStep(store, open.id, step, tagged), warning };
  const recordId = store.familyServices.createRecord(input.caseNo, input.service, null, tagged);
  store.familyServices.addEvent(
    recordId,
    input.caseNo,
    made.at,
    made.by,
    '作成',
    `${input.service}（会議#${input.meetingId}の決定）`,
  );
  const stepId = appendStep(store, recordId, step, tagged);
  return { recordId, stepId, warning };
}
