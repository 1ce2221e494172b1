// The 合同ケース会議's part of a decision: the 判定 with its grounds, which of the centre's two functions leads,
// and whether the case stays on the standing list (名簿). The write-back turns a 判定 into the ledger's 種別 and
// 登録区分 (shared/meeting/writeback.ts).
import { useId } from 'react';
import { JUDGEMENTS, LIST_ACTIONS, type DecisionInput, type Judgement } from '../../../../shared/meeting/decision';
import { PLAN_FUNCTIONS, type PlanFunction } from '../../../../shared/plan/support-plan';

interface Props {
  decision: DecisionInput;
  onChange(patch: Partial<DecisionInput>): void;
}

/** The centre's functions, offered first as 役割分担's 機関 at a 合同ケース会議. */
export const CENTRE_FUNCTIONS: readonly string[] = PLAN_FUNCTIONS;

const JUDGEMENT_HINTS: Readonly<Record<Judgement, string>> = {
  要保護児童: '要対協に登録します（種別・登録区分・登録日を台帳に反映）',
  要支援児童: '要対協に登録します（種別・登録区分・登録日を台帳に反映）',
  特定妊婦: '要対協に登録します（種別・登録区分・登録日を台帳に反映）',
  非該当: '台帳は変わりません',
  センター支援のみ: '登録区分を「センター支援」にします',
};

export function JointDecisionFields({ decision: d, onChange }: Props) {
  const id = useId();
  const judgement = d.judgement ?? null;
  return (
    <div className="decision-grid joint-decision">
      <label htmlFor={`${id}-judgement`}>判定</label>
      <span className="inline-row">
        <select
          id={`${id}-judgement`}
          value={judgement?.kind ?? ''}
          onChange={(e) =>
            onChange({
              judgement: e.target.value
                ? { kind: e.target.value as Judgement, grounds: judgement?.grounds ?? null }
                : null,
            })
          }
        >
          <option value="">判定なし</option>
          {JUDGEMENTS.map((j) => (
            <option key={j}>{j}</option>
          ))}
        </select>
        {judgement && <span className="hint">{JUDGEMENT_HINTS[judgement.kind]}</span>}
      </span>
      {judgement && (
        <>
          <label htmlFor={`${id}-grounds`}>判定の根拠</label>
          <textarea
            id={`${id}-grounds`}
            rows={2}
            value={judgement.grounds ?? ''}
            onChange={(e) => onChange({ judgement: { ...judgement, grounds: e.target.value || null } })}
          />
        </>
      )}
      <label htmlFor={`${id}-function`}>主担当機能</label>
      <select
        id={`${id}-function`}
        value={d.leadFunction ?? ''}
        onChange={(e) => onChange({ leadFunction: (e.target.value || null) as PlanFunction | null })}
      >
        <option value="">未定</option>
        {PLAN_FUNCTIONS.map((f) => (
          <option key={f}>{f}</option>
        ))}
      </select>
      <label htmlFor={`${id}-list`}>名簿</label>
      <select
        id={`${id}-list`}
        value={d.listAction ?? ''}
        onChange={(e) => onChange({ listAction: (e.target.value || null) as DecisionInput['listAction'] })}
      >
        <option value="">変更なし</option>
        {LIST_ACTIONS.map((a) => (
          <option key={a}>{a}</option>
        ))}
      </select>
    </div>
  );
}
