// The decision form of a 協議 case: 状況, 協議内容, policy, lead agency, 役割分担, next review (with
// +1/+3/+6 months), changes of risk and classification, 終結, family support services, support plan and
// 児童相談所. Saved as a draft as you type; 「決定を記録」 settles it.
import { useId, useState } from 'react';
import { CLASSIFICATIONS, RISK_LEVELS, type Classification, type RiskLevel } from '../../../../shared/ledger/case';
import {
  FAMILY_SERVICES,
  JISO_INVOLVEMENTS,
  PLAN_ACTIONS,
  SERVICE_MODES,
  type Decision,
  type DecisionInput,
} from '../../../../shared/meeting/decision';
import { addMonthsIso } from '../../../../shared/meeting/draft';
import { formatTimestamp } from '../../lib/today';
import { DATE_NOT_SAVED, useDateProblems } from '../../hooks/useDateProblems';
import { DateField } from '../DateField';
import { CENTRE_FUNCTIONS, JointDecisionFields } from './JointDecisionFields';
import { RolesEditor } from './RolesEditor';
import { useDecisionDraft, type SaveStatus } from './useDecisionDraft';

interface Props {
  meetingId: number;
  caseNo: string;
  meetingDate: string;
  initial: DecisionInput;
  stored: Decision | null;
  agencyNames: readonly string[];
  /** A 合同ケース会議: 判定, 主担当機能, 名簿, and the centre's functions in 役割分担. */
  joint?: boolean;
}

const QUICK_MONTHS = [1, 3, 6] as const;

export function DecisionForm({ meetingId, caseNo, meetingDate, initial, stored, agencyNames, joint = false }: Props) {
  const id = useId();
  const { value: d, status, change, save } = useDecisionDraft(meetingId, caseNo, initial, stored);
  // The draft saves as typed, but a date still being fixed is not in it: say so instead of 保存/記録済み.
  const dates = useDateProblems();
  const [refused, setRefused] = useState(false);
  const record = () => {
    if (dates.invalid) return setRefused(true);
    setRefused(false);
    void save('recorded');
  };
  const set = <K extends keyof DecisionInput>(key: K, v: DecisionInput[K]) => change({ ...d, [key]: v });
  const text = (v: string) => (v === '' ? null : v);
  const serviceMode = (service: string) => d.services.find((s) => s.service === service)?.mode ?? '';

  return (
    <section className="decision-form" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>決定（協議）</h3>
      <div className="decision-grid">
        <label htmlFor={`${id}-situation`}>状況</label>
        <textarea
          id={`${id}-situation`}
          rows={3}
          value={d.situation ?? ''}
          onChange={(e) => set('situation', text(e.target.value))}
        />
        <label htmlFor={`${id}-discussion`}>協議内容</label>
        <textarea
          id={`${id}-discussion`}
          rows={4}
          value={d.discussion ?? ''}
          onChange={(e) => set('discussion', text(e.target.value))}
        />
        <label htmlFor={`${id}-policy`}>支援方針</label>
        <textarea
          id={`${id}-policy`}
          rows={2}
          value={d.policy ?? ''}
          onChange={(e) => set('policy', text(e.target.value))}
        />
        <label htmlFor={`${id}-lead`}>主担当機関</label>
        <input
          id={`${id}-lead`}
          list={`${id}-agencies`}
          value={d.leadAgency ?? ''}
          onChange={(e) => set('leadAgency', text(e.target.value))}
        />
        <datalist id={`${id}-agencies`}>
          {agencyNames.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
      </div>

      {joint && <JointDecisionFields decision={d} onChange={(patch) => change({ ...d, ...patch })} />}

      <RolesEditor
        roles={d.roles}
        agencyNames={joint ? [...CENTRE_FUNCTIONS, ...agencyNames] : agencyNames}
        onChange={(roles) => set('roles', roles)}
        onDateProblem={dates.report}
        withStaff={joint}
      />

      <div className="decision-grid">
        <label htmlFor={`${id}-next`}>次回確認時期</label>
        <span className="inline-row">
          <DateField
            id={`${id}-next`}
            rule="dayOrMonth"
            value={d.nextReview}
            onChange={(v) => set('nextReview', v)}
            onProblem={(m) => dates.report('nextReview', m)}
          />
          {QUICK_MONTHS.map((m) => (
            <button key={m} type="button" onClick={() => set('nextReview', addMonthsIso(meetingDate, m).slice(0, 7))}>
              +{m}か月
            </button>
          ))}
        </span>
        <label htmlFor={`${id}-risk`}>重症度の変更</label>
        <select
          id={`${id}-risk`}
          value={d.riskLevel ?? ''}
          onChange={(e) => set('riskLevel', (e.target.value || null) as RiskLevel | null)}
        >
          <option value="">変更なし</option>
          {RISK_LEVELS.map((r) => (
            <option key={r}>{r}</option>
          ))}
        </select>
        <label htmlFor={`${id}-class`}>種別の変更</label>
        <select
          id={`${id}-class`}
          value={d.classification ?? ''}
          onChange={(e) => set('classification', (e.target.value || null) as Classification | null)}
        >
          <option value="">変更なし</option>
          {CLASSIFICATIONS.map((c) => (
            <option key={c}>{c}</option>
          ))}
        </select>
        <span className="grid-label">終結</span>
        <span className="inline-row">
          <label className="check">
            <input
              type="checkbox"
              checked={d.closure !== null}
              onChange={(e) => set('closure', e.target.checked ? { date: meetingDate, reason: '' } : null)}
            />
            終結する
          </label>
          {d.closure && (
            <>
              <DateField
                label="終結日"
                rule="day"
                required
                value={d.closure.date}
                onChange={(date) => date && set('closure', { ...d.closure!, date })}
                onProblem={(m) => dates.report('closure', m)}
              />
              <input
                aria-label="終結の理由"
                placeholder="理由（転出、改善、18歳到達など）"
                value={d.closure.reason}
                onChange={(e) => set('closure', { ...d.closure!, reason: e.target.value })}
              />
              {joint && (
                <label className="check">
                  <input
                    type="checkbox"
                    checked={d.handOverToMaternal ?? false}
                    onChange={(e) => set('handOverToMaternal', e.target.checked)}
                  />
                  母子保健で継続支援（センター支援に移す）
                </label>
              )}
            </>
          )}
        </span>
      </div>

      <fieldset className="services">
        <legend>家庭支援事業</legend>
        {FAMILY_SERVICES.map((service) => (
          <label key={service} className="service-row">
            <span>{service}</span>
            <select
              value={serviceMode(service)}
              onChange={(e) => {
                const others = d.services.filter((s) => s.service !== service);
                const mode = e.target.value as (typeof SERVICE_MODES)[number] | '';
                set(
                  'services',
                  mode === ''
                    ? others
                    : [...others, { service, mode }].sort(
                        (a, b) => FAMILY_SERVICES.indexOf(a.service) - FAMILY_SERVICES.indexOf(b.service),
                      ),
                );
              }}
            >
              <option value="">なし</option>
              {SERVICE_MODES.map((m) => (
                <option key={m}>{m}</option>
              ))}
            </select>
          </label>
        ))}
      </fieldset>

      <div className="decision-grid">
        <label htmlFor={`${id}-plan`}>サポートプラン</label>
        <span className="inline-row">
          <select
            id={`${id}-plan`}
            value={d.supportPlan?.action ?? ''}
            onChange={(e) =>
              set(
                'supportPlan',
                e.target.value
                  ? {
                      action: e.target.value as (typeof PLAN_ACTIONS)[number],
                      by: d.supportPlan?.by ?? null,
                      due: d.supportPlan?.due ?? null,
                    }
                  : null,
              )
            }
          >
            <option value="">なし</option>
            {PLAN_ACTIONS.map((a) => (
              <option key={a}>{a}</option>
            ))}
          </select>
          {d.supportPlan && (
            <>
              <input
                aria-label="サポートプランの担当"
                placeholder="担当"
                value={d.supportPlan.by ?? ''}
                onChange={(e) => set('supportPlan', { ...d.supportPlan!, by: text(e.target.value) })}
              />
              <DateField
                id={`${id}-plan-due`}
                label="サポートプランの期限"
                rule="dayOrMonth"
                value={d.supportPlan.due}
                onChange={(due) => set('supportPlan', { ...d.supportPlan!, due })}
                onProblem={(m) => dates.report('planDue', m)}
              />
            </>
          )}
        </span>
        <label htmlFor={`${id}-jiso`}>児童相談所の関与</label>
        <span className="inline-row">
          <select
            id={`${id}-jiso`}
            value={d.jiso?.involvement ?? ''}
            onChange={(e) =>
              set(
                'jiso',
                e.target.value
                  ? { involvement: e.target.value as (typeof JISO_INVOLVEMENTS)[number], note: d.jiso?.note ?? null }
                  : null,
              )
            }
          >
            <option value="">なし</option>
            {JISO_INVOLVEMENTS.map((j) => (
              <option key={j}>{j}</option>
            ))}
          </select>
          {d.jiso && (
            <input
              aria-label="児童相談所の関与の内容"
              placeholder="内容"
              value={d.jiso.note ?? ''}
              onChange={(e) => set('jiso', { ...d.jiso!, note: text(e.target.value) })}
            />
          )}
        </span>
      </div>

      <div className="decision-actions">
        <button type="button" className="primary" onClick={record}>
          決定を記録
        </button>
        {dates.invalid ? (
          <p className="field-error" role={refused ? 'alert' : 'status'}>
            {DATE_NOT_SAVED}
            {refused && '（日付を直してから記録してください）'}
          </p>
        ) : (
          <SaveState status={status} recorded={stored?.state === 'recorded'} />
        )}
      </div>
    </section>
  );
}

function SaveState({ status, recorded }: { status: SaveStatus; recorded: boolean }) {
  if (status.kind === 'error')
    return (
      <p role="alert" className="error">
        {status.message}
      </p>
    );
  const what = recorded ? '記録済み' : '下書き';
  const text =
    status.kind === 'pending'
      ? '保存しています…'
      : status.kind === 'saved'
        ? `${what}（${formatTimestamp(status.at)} 保存）`
        : '未入力';
  return (
    <p className="muted" role="status" aria-live="polite">
      {text}
    </p>
  );
}
