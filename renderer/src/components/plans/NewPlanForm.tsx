// 「新しいプラン」: for a ledger case (found with the ledger's own search: 登録番号, 氏名 or ふりがな) or for a
// family outside the ledger (named by a label typed here), with its lead function and 担当.
import { useId, useMemo, useState } from 'react';
import { queryCases } from '../../../../shared/ledger/filter';
import { PLAN_FUNCTIONS, type PlanFunction } from '../../../../shared/plan/support-plan';
import { useBackendAction } from '../../hooks/useBackendAction';
import { useLedgerCases } from '../../hooks/useLedgerCases';

const SHOWN_MATCHES = 8;

interface Props {
  /** A ledger case chosen before the form opened (the case panel's link). */
  caseNo?: string;
  onCreated(planId: number): void;
  onCancel(): void;
}

export function NewPlanForm({ caseNo: startCase, onCreated, onCancel }: Props) {
  const id = useId();
  const ledger = useLedgerCases();
  const action = useBackendAction();
  const [inLedger, setInLedger] = useState(true);
  const [search, setSearch] = useState(startCase ?? '');
  const [caseNo, setCaseNo] = useState<string | null>(startCase ?? null);
  const [label, setLabel] = useState('');
  const [leadFunction, setLeadFunction] = useState<PlanFunction>('両機能');
  const [owner, setOwner] = useState('');
  const matches = useMemo(
    () => (search.trim() === '' ? [] : queryCases(ledger.cases, { text: search }).slice(0, SHOWN_MATCHES)),
    [ledger.cases, search],
  );
  const chosen = ledger.cases.find((c) => c.caseNo === caseNo) ?? null;

  const create = async () => {
    if (inLedger && !chosen) return action.setError('台帳のケースを検索して選んでください。');
    const familyLabel = inLedger ? label.trim() || chosen?.name || chosen?.caseNo || '' : label;
    if (!inLedger && label.trim() === '') return action.setError('世帯の呼び名を入力してください。');
    const outcome = await action.run('plans.create', {
      plan: {
        caseNo: inLedger ? chosen!.caseNo : null,
        familyLabel,
        leadFunction,
        owner: owner.trim() === '' ? null : owner,
        reviewDue: null,
      },
    });
    if (outcome.ok) onCreated(outcome.value.plan.id);
  };

  return (
    <section className="plan-new" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>新しいプラン</h2>
      <div className="form-row wrap" role="radiogroup" aria-label="対象">
        <label className="check">
          <input type="radio" name={`${id}-target`} checked={inLedger} onChange={() => setInLedger(true)} />
          台帳のケース
        </label>
        <label className="check">
          <input type="radio" name={`${id}-target`} checked={!inLedger} onChange={() => setInLedger(false)} />
          台帳外の世帯
        </label>
      </div>
      {inLedger && (
        <div className="plan-case-search">
          <label htmlFor={`${id}-search`}>ケースを検索（登録番号・氏名・ふりがな）</label>
          <input id={`${id}-search`} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
          {chosen && (
            <p>
              選択中：<strong>{chosen.caseNo}</strong> {chosen.name ?? ''}
            </p>
          )}
          {matches.length > 0 && (
            <ul className="plan-matches" aria-label="検索結果">
              {matches.map((c) => (
                <li key={c.caseNo}>
                  <button type="button" aria-pressed={c.caseNo === caseNo} onClick={() => setCaseNo(c.caseNo)}>
                    {c.caseNo}　{c.name ?? ''}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div className="plan-grid">
        <div className="plan-field">
          <label htmlFor={`${id}-label`}>{inLedger ? '世帯の呼び名（空なら氏名）' : '世帯の呼び名'}</label>
          <input id={`${id}-label`} type="text" value={label} onChange={(e) => setLabel(e.target.value)} />
        </div>
        <div className="plan-field">
          <label htmlFor={`${id}-fn`}>主担当の機能</label>
          <select
            id={`${id}-fn`}
            value={leadFunction}
            onChange={(e) => setLeadFunction(e.target.value as PlanFunction)}
          >
            {PLAN_FUNCTIONS.map((f) => (
              <option key={f} value={f}>
                {f}
              </option>
            ))}
          </select>
        </div>
        <div className="plan-field">
          <label htmlFor={`${id}-owner`}>担当</label>
          <input id={`${id}-owner`} type="text" value={owner} onChange={(e) => setOwner(e.target.value)} />
        </div>
      </div>
      {action.error && (
        <p role="alert" className="error">
          {action.error}
        </p>
      )}
      <div className="form-row">
        <button type="button" className="primary" aria-busy={action.busy} onClick={() => void create()}>
          作成する
        </button>
        <button type="button" onClick={onCancel}>
          やめる
        </button>
      </div>
    </section>
  );
}
