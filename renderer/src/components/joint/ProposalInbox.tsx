// The proposals inbox: open proposals (提案中) with 名簿に追加 and 見送り; the decided ones below, folded. Accepting
// a family not in the ledger asks for its 登録番号 first (the next free number of the centre's pattern, editable),
// since that creates the ledger case as センター支援.
import { useId, useState } from 'react';
import type { ProposalView } from '../../../../shared/contract/joint';
import { formatDate } from '../../../../shared/ledger/dates';
import { PROPOSAL_STATUS_LABELS } from '../../../../shared/joint/types';
import { useBackendAction } from '../../hooks/useBackendAction';
import { useDateStyle } from '../../lib/date-style';
import { ConfirmDialog } from '../ConfirmDialog';

interface Props {
  proposals: ProposalView[];
  nextCaseNo: string;
  onChanged(): void;
}

function who(p: ProposalView): string {
  return p.family ? `${p.family.name}（台帳外）` : `${p.caseNo} ${p.caseName ?? ''}`.trim();
}

export function ProposalInbox({ proposals, nextCaseNo, onChanged }: Props) {
  const id = useId();
  const style = useDateStyle();
  const [accepting, setAccepting] = useState<ProposalView | null>(null);
  const [declining, setDeclining] = useState<ProposalView | null>(null);
  const [caseNo, setCaseNo] = useState('');
  const [reason, setReason] = useState('');
  const action = useBackendAction();
  const open = proposals.filter((p) => p.status === 'open');
  const decided = proposals.filter((p) => p.status !== 'open');

  const accept = (p: ProposalView) => {
    setAccepting(null);
    const input = p.family ? { id: p.id, caseNo: caseNo.trim() } : { id: p.id };
    void action.run('joint.accept', input).then((outcome) => outcome.ok && onChanged());
  };
  const decline = (p: ProposalView) => {
    setDeclining(null);
    void action.run('joint.decline', { id: p.id, reason }).then((outcome) => outcome.ok && onChanged());
  };

  return (
    <section className="joint-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        提案 <span className="count">提案中 {open.length} 件</span>
      </h2>
      {action.error && (
        <p role="alert" className="error">
          {action.error}
        </p>
      )}
      {open.length === 0 ? (
        <p className="muted">提案中のものはありません。「新しい提案」から登録できます。</p>
      ) : (
        <table className="joint-table" aria-label="提案中">
          <thead>
            <tr>
              <th scope="col">提案日</th>
              <th scope="col">機能・提案者</th>
              <th scope="col">対象</th>
              <th scope="col">理由</th>
              <th scope="col">操作</th>
            </tr>
          </thead>
          <tbody>
            {open.map((p) => (
              <tr key={p.id}>
                <td>{formatDate(p.proposedOn, style)}</td>
                <td>
                  {p.function}・{p.proposer}
                </td>
                <td>{who(p)}</td>
                <td>
                  {p.reason}
                  {p.reasonText && <span className="joint-note">{p.reasonText}</span>}
                </td>
                <td>
                  <div className="joint-actions">
                    <button
                      type="button"
                      className="primary"
                      disabled={action.busy}
                      onClick={() => {
                        setCaseNo(nextCaseNo);
                        setAccepting(p);
                      }}
                    >
                      名簿に追加
                    </button>
                    <button
                      type="button"
                      disabled={action.busy}
                      onClick={() => {
                        setReason('');
                        setDeclining(p);
                      }}
                    >
                      見送り
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {decided.length > 0 && (
        <details className="joint-decided">
          <summary>これまでの提案（{decided.length} 件）</summary>
          <ul>
            {decided.map((p) => (
              <li key={p.id}>
                {formatDate(p.proposedOn, style)} {p.function}・{p.proposer}：{who(p)}（{p.reason}）→{' '}
                <strong>{PROPOSAL_STATUS_LABELS[p.status]}</strong>
                {p.status === 'accepted' && p.family && `（登録番号 ${p.caseNo}）`}
                {p.declineReason && `：${p.declineReason}`}
              </li>
            ))}
          </ul>
        </details>
      )}
      {accepting && (
        <ConfirmDialog
          title="名簿に追加しますか"
          confirmLabel="名簿に追加"
          onConfirm={() => accept(accepting)}
          onCancel={() => setAccepting(null)}
        >
          <p>
            {who(accepting)}を合同ケース会議の名簿に追加します（{accepting.function}の提案：{accepting.reason}）。
          </p>
          {accepting.family && (
            <>
              <p>台帳にない世帯なので、登録区分「センター支援」のケースとして台帳に登録します。</p>
              <div className="field-inline">
                <label htmlFor={`${id}-caseno`}>登録番号</label>
                <input id={`${id}-caseno`} value={caseNo} onChange={(e) => setCaseNo(e.target.value)} />
                <span className="hint">センター支援の番号は「CR年度-連番」です。変えることもできます。</span>
              </div>
            </>
          )}
        </ConfirmDialog>
      )}
      {declining && (
        <ConfirmDialog
          title="この提案を見送りますか"
          confirmLabel="見送る"
          onConfirm={() => decline(declining)}
          onCancel={() => setDeclining(null)}
        >
          <p>{who(declining)}の提案を見送ります。</p>
          <div className="field-inline">
            <label htmlFor={`${id}-decline`}>見送りの理由</label>
            <input id={`${id}-decline`} value={reason} onChange={(e) => setReason(e.target.value)} />
          </div>
        </ConfirmDialog>
      )}
    </section>
  );
}
