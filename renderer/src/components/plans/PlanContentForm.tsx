// One version of the サポートプラン as a form, in the order of the national 様式例 and in the words the family
// reads. A handed-over version is shown in the same form, read-only (a disabled fieldset), so an old version
// reads like the one being written.
import { useId } from 'react';
import type { PlanContent } from '../../../../shared/plan/support-plan';
import type { DateProblems } from '../../hooks/useDateProblems';
import { ChildRows, GuardianRows } from './PeopleRows';
import { PlanDate, PlanText } from './PlanFields';
import { SupportRows } from './SupportRows';

type Change = (update: (c: PlanContent) => PlanContent) => void;

interface Props {
  content: PlanContent;
  change: Change;
  readOnly: boolean;
  dates: DateProblems;
  /** The plan's ledger case, if any. */
  caseNo?: string | null;
}

export function PlanContentForm({ content, change, readOnly, dates, caseNo = null }: Props) {
  const id = useId();
  const set =
    <K extends keyof PlanContent>(key: K) =>
    (value: PlanContent[K]) =>
      change((c) => ({ ...c, [key]: value }));
  const pregnancy = content.pregnancy;
  const setPregnancy = (patch: Partial<NonNullable<PlanContent['pregnancy']>>) =>
    change((c) => ({ ...c, pregnancy: { dueDate: null, hospital: null, homecoming: null, ...c.pregnancy, ...patch } }));
  const setContact = (side: 'maternal' | 'welfare', key: 'name' | 'phone') => (value: string | null) =>
    change((c) => ({ ...c, contacts: { ...c.contacts, [side]: { ...c.contacts[side], [key]: value } } }));

  return (
    <fieldset className="plan-form" disabled={readOnly} aria-label="プランの内容">
      <div className="plan-grid">
        <PlanDate
          label="作成日"
          value={content.createdOn}
          rule="day"
          onChange={set('createdOn')}
          onProblem={(m) => dates.report('createdOn', m)}
        />
      </div>
      <ChildRows content={content} change={change} dates={dates} />
      <GuardianRows content={content} change={change} dates={dates} />
      <div className="plan-pregnancy">
        <label className="check">
          <input
            type="checkbox"
            checked={pregnancy !== null}
            onChange={(e) =>
              change((c) => ({
                ...c,
                pregnancy: e.target.checked ? { dueDate: null, hospital: null, homecoming: null } : null,
              }))
            }
          />
          妊娠中（出産予定）の方のプラン
        </label>
        {pregnancy && (
          <div className="plan-grid" id={`${id}-pregnancy`}>
            <PlanDate
              label="出産予定日"
              value={pregnancy.dueDate}
              rule="day"
              onChange={(dueDate) => setPregnancy({ dueDate })}
              onProblem={(m) => dates.report('dueDate', m)}
            />
            <PlanText
              label="出産予定の医療機関"
              value={pregnancy.hospital}
              onChange={(hospital) => setPregnancy({ hospital })}
            />
            <PlanText
              label="里帰り出産"
              value={pregnancy.homecoming}
              onChange={(homecoming) => setPregnancy({ homecoming })}
            />
          </div>
        )}
      </div>
      <PlanText label="今後の予定" value={content.plans} onChange={set('plans')} multiline />
      <PlanText
        label="こどもの気になること・希望すること"
        hint="こどもの言葉のまま書きます"
        value={content.childWishes}
        onChange={set('childWishes')}
        multiline
      />
      <PlanText
        label="保護者の気になること・希望すること"
        hint="保護者の言葉のまま書きます"
        value={content.guardianWishes}
        onChange={set('guardianWishes')}
        multiline
      />
      <PlanText label="一緒に解決を目指していくこと" value={content.goals} onChange={set('goals')} multiline />
      <div className="plan-grid">
        <PlanDate
          label="対象時期（から）"
          value={content.period.from}
          rule="dayOrMonth"
          onChange={(from) => change((c) => ({ ...c, period: { ...c.period, from } }))}
          onProblem={(m) => dates.report('periodFrom', m)}
        />
        <PlanDate
          label="対象時期（まで）"
          value={content.period.to}
          rule="dayOrMonth"
          onChange={(to) => change((c) => ({ ...c, period: { ...c.period, to } }))}
          onProblem={(m) => dates.report('periodTo', m)}
        />
      </div>
      <SupportRows content={content} change={change} caseNo={caseNo} />
      <div className="plan-grid">
        <PlanText label="次回相談時期" value={content.nextConsultation} onChange={set('nextConsultation')} />
      </div>
      <fieldset className="plan-rows">
        <legend>センターの連絡先</legend>
        <div className="plan-grid">
          <PlanText
            label="母子保健 担当"
            value={content.contacts.maternal.name}
            onChange={setContact('maternal', 'name')}
          />
          <PlanText
            label="母子保健 電話"
            value={content.contacts.maternal.phone}
            onChange={setContact('maternal', 'phone')}
          />
          <PlanText
            label="児童福祉 担当"
            value={content.contacts.welfare.name}
            onChange={setContact('welfare', 'name')}
          />
          <PlanText
            label="児童福祉 電話"
            value={content.contacts.welfare.phone}
            onChange={setContact('welfare', 'phone')}
          />
        </div>
      </fieldset>
      <div className="plan-grid">
        <PlanDate
          label="同意日"
          value={content.consentDate}
          rule="day"
          onChange={set('consentDate')}
          onProblem={(m) => dates.report('consentDate', m)}
        />
      </div>
    </fieldset>
  );
}
