// 新しい提案: who proposes, from which function, when and why, for a ledger case (picked by 登録番号 or name) or
// a family not yet in the ledger (the child's or the pregnant woman's name, kana, birth date or 出産予定日, 地区,
// guardian). The backend checks everything again (proposalInputSchema); this form only guides.
import { useId, useMemo, useState } from 'react';
import {
  PROPOSAL_FUNCTIONS,
  PROPOSAL_REASONS,
  type ProposalFunction,
  type ProposalReason,
} from '../../../../shared/joint/types';
import { useBackendAction } from '../../hooks/useBackendAction';
import { useBackendQuery } from '../../hooks/useBackendQuery';
import { todayIso } from '../../lib/today';
import { DateField } from '../DateField';

interface Props {
  operatorName: string;
  onDone(): void;
  onCancel(): void;
}

const blankFamily = { name: '', kana: '', birthDate: null, dueDate: null, district: '', guardianName: '' } as {
  name: string;
  kana: string;
  birthDate: string | null;
  dueDate: string | null;
  district: string;
  guardianName: string;
};

export function ProposalForm({ operatorName, onDone, onCancel }: Props) {
  const id = useId();
  const [proposer, setProposer] = useState(operatorName);
  const [fn, setFn] = useState<ProposalFunction>('母子保健');
  const [proposedOn, setProposedOn] = useState<string | null>(todayIso());
  const [reason, setReason] = useState<ProposalReason>(PROPOSAL_REASONS[0]);
  const [reasonText, setReasonText] = useState('');
  const [target, setTarget] = useState<'ledger' | 'family'>('family');
  const [picked, setPicked] = useState('');
  const [family, setFamily] = useState(blankFamily);
  const [problem, setProblem] = useState<string | null>(null);
  const action = useBackendAction();
  const ledger = useBackendQuery('ledger.list', {}, { enabled: target === 'ledger' });
  const choices = useMemo(
    () => (ledger.data?.cases ?? []).filter((c) => c.status === 'active').map((c) => ({ no: c.caseNo, name: c.name })),
    [ledger.data],
  );
  const field = (key: keyof typeof blankFamily) => (value: string | null) =>
    setFamily((f) => ({ ...f, [key]: value ?? '' }));

  /** 「R8-001 架空 花子」 or a bare number or an exact name → the 登録番号, or null. */
  const pickedCaseNo = (): string | null => {
    const text = picked.trim();
    if (text === '') return null;
    const byNo = choices.find((c) => c.no === text.split(/\s+/)[0]);
    if (byNo) return byNo.no;
    const byName = choices.filter((c) => c.name !== null && c.name.replace(/\s/g, '') === text.replace(/\s/g, ''));
    return byName.length === 1 ? byName[0]!.no : null;
  };

  const submit = () => {
    setProblem(null);
    if (proposedOn === null) return setProblem('提案日を入力してください。');
    const caseNo = target === 'ledger' ? pickedCaseNo() : null;
    if (target === 'ledger' && caseNo === null)
      return setProblem('台帳のケースを登録番号か氏名で選んでください（候補から選べます）。');
    const proposal = {
      proposer,
      function: fn,
      proposedOn,
      reason,
      reasonText: reasonText.trim() || null,
      caseNo,
      family:
        target === 'family'
          ? {
              name: family.name,
              kana: family.kana.trim() || null,
              birthDate: family.birthDate || null,
              dueDate: family.dueDate || null,
              district: family.district.trim() || null,
              guardianName: family.guardianName.trim() || null,
            }
          : null,
    };
    void action.run('joint.propose', { proposal }).then((outcome) => outcome.ok && onDone());
  };

  return (
    <section className="joint-panel joint-proposal-form" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>新しい提案</h2>
      <div className="joint-form-grid">
        <div className="field-inline">
          <label htmlFor={`${id}-proposer`}>提案者</label>
          <input id={`${id}-proposer`} value={proposer} onChange={(e) => setProposer(e.target.value)} />
        </div>
        <div className="field-inline">
          <label htmlFor={`${id}-fn`}>機能</label>
          <select id={`${id}-fn`} value={fn} onChange={(e) => setFn(e.target.value as ProposalFunction)}>
            {PROPOSAL_FUNCTIONS.map((f) => (
              <option key={f}>{f}</option>
            ))}
          </select>
        </div>
        <div className="field-inline">
          <label htmlFor={`${id}-on`}>提案日</label>
          <DateField id={`${id}-on`} value={proposedOn} rule="day" onChange={setProposedOn} required />
        </div>
        <div className="field-inline">
          <label htmlFor={`${id}-reason`}>理由</label>
          <select id={`${id}-reason`} value={reason} onChange={(e) => setReason(e.target.value as ProposalReason)}>
            {PROPOSAL_REASONS.map((r) => (
              <option key={r}>{r}</option>
            ))}
          </select>
        </div>
        <div className="field-inline joint-wide">
          <label htmlFor={`${id}-text`}>理由の詳細</label>
          <textarea id={`${id}-text`} rows={2} value={reasonText} onChange={(e) => setReasonText(e.target.value)} />
        </div>
      </div>
      <fieldset className="joint-target">
        <legend>対象</legend>
        <label className="check">
          <input
            type="radio"
            name={`${id}-target`}
            checked={target === 'family'}
            onChange={() => setTarget('family')}
          />
          台帳にない世帯
        </label>
        <label className="check">
          <input
            type="radio"
            name={`${id}-target`}
            checked={target === 'ledger'}
            onChange={() => setTarget('ledger')}
          />
          台帳のケース
        </label>
      </fieldset>
      {target === 'ledger' ? (
        <div className="field-inline joint-pick">
          <label htmlFor={`${id}-case`}>登録番号または氏名</label>
          <input id={`${id}-case`} list={`${id}-cases`} value={picked} onChange={(e) => setPicked(e.target.value)} />
          <datalist id={`${id}-cases`}>
            {choices.map((c) => (
              <option key={c.no} value={`${c.no} ${c.name ?? ''}`.trim()} />
            ))}
          </datalist>
        </div>
      ) : (
        <div className="joint-form-grid">
          <div className="field-inline">
            <label htmlFor={`${id}-name`}>子ども（または妊婦）の氏名</label>
            <input id={`${id}-name`} value={family.name} onChange={(e) => field('name')(e.target.value)} />
          </div>
          <div className="field-inline">
            <label htmlFor={`${id}-kana`}>ふりがな</label>
            <input id={`${id}-kana`} value={family.kana} onChange={(e) => field('kana')(e.target.value)} />
          </div>
          <div className="field-inline">
            <label htmlFor={`${id}-birth`}>生年月日</label>
            <DateField id={`${id}-birth`} value={family.birthDate} rule="birth" onChange={field('birthDate')} />
          </div>
          <div className="field-inline">
            <label htmlFor={`${id}-due`}>出産予定日</label>
            <DateField id={`${id}-due`} value={family.dueDate} rule="day" onChange={field('dueDate')} />
          </div>
          <div className="field-inline">
            <label htmlFor={`${id}-district`}>地区</label>
            <input id={`${id}-district`} value={family.district} onChange={(e) => field('district')(e.target.value)} />
          </div>
          <div className="field-inline">
            <label htmlFor={`${id}-guardian`}>保護者氏名</label>
            <input
              id={`${id}-guardian`}
              value={family.guardianName}
              onChange={(e) => field('guardianName')(e.target.value)}
            />
          </div>
        </div>
      )}
      {(problem ?? action.error) && (
        <p role="alert" className="error">
          {problem ?? action.error}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="primary" onClick={submit} disabled={action.busy}>
          提案を登録
        </button>
        <button type="button" onClick={onCancel}>
          やめる
        </button>
      </div>
    </section>
  );
}
