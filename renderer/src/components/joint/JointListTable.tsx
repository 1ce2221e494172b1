// The standing list (名簿): per case the 登録番号, name, 登録区分, 種別, who proposed it and why, when it joined, the
// last 合同ケース会議's recorded decision (判定, 主担当機能, 支援方針, 次回確認; read live from the decisions) and the
// サポートプラン. Each case opens its history and can be taken off by hand; cases are added by hand with a reason;
// the ticked cases make a 臨時開催 (a 合同ケース会議 whose scope is those cases).
import { Fragment, useId, useState } from 'react';
import type { JointListRow } from '../../../../shared/joint/list-rows';
import { formatDate } from '../../../../shared/ledger/dates';
import { EMPTY_SCOPE } from '../../../../shared/meeting/types';
import { useBackendAction } from '../../hooks/useBackendAction';
import { useDateStyle } from '../../lib/date-style';
import { todayIso } from '../../lib/today';
import { ConfirmDialog } from '../ConfirmDialog';
import { DateField } from '../DateField';
import { JointHistory } from './JointHistory';

interface Props {
  rows: JointListRow[];
  onChanged(): void;
  onOpenMeeting(meetingId: number): void;
}

export function JointListTable({ rows, onChanged, onOpenMeeting }: Props) {
  const id = useId();
  const style = useDateStyle();
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [history, setHistory] = useState<string | null>(null);
  const [leaving, setLeaving] = useState<JointListRow | null>(null);
  const [leaveOn, setLeaveOn] = useState<string | null>(todayIso());
  const [reason, setReason] = useState('');
  const [adding, setAdding] = useState(false);
  const [addNo, setAddNo] = useState('');
  const [addReason, setAddReason] = useState('');
  const action = useBackendAction();
  const chosen = rows.filter((r) => picked.has(r.caseNo));
  const date = (iso: string | null) => (iso ? formatDate(iso, style) : '—');

  const toggle = (caseNo: string, on: boolean) =>
    setPicked((current) => {
      const next = new Set(current);
      if (on) next.add(caseNo);
      else next.delete(caseNo);
      return next;
    });

  const leave = (row: JointListRow) => {
    setLeaving(null);
    if (leaveOn === null) return;
    void action
      .run('joint.leave', { caseNo: row.caseNo, on: leaveOn, reason })
      .then((outcome) => outcome.ok && onChanged());
  };
  const add = () =>
    void action.run('joint.add', { caseNo: addNo, on: todayIso(), reason: addReason }).then((outcome) => {
      if (!outcome.ok) return;
      setAdding(false);
      setAddNo('');
      setAddReason('');
      onChanged();
    });
  const extraMeeting = () => {
    const caseNos = chosen.map((r) => r.caseNo);
    const meeting = {
      kind: '合同ケース会議' as const,
      subcommittee: null,
      title: '臨時の合同ケース会議',
      date: todayIso(),
      startTime: '10:00',
      place: null,
      plannedMinutes: 60,
      facilitator: null,
      invitedAgencies: [],
      invitedPeople: [],
      status: '準備中' as const,
      scope: { ...EMPTY_SCOPE, caseNos },
    };
    void action.run('meetings.create', { meeting }).then((outcome) => outcome.ok && onOpenMeeting(outcome.value.id));
  };

  return (
    <section className="joint-panel" aria-labelledby={`${id}-title`}>
      <div className="joint-list-head">
        <h2 id={`${id}-title`}>
          名簿 <span className="count">{rows.length} 件</span>
        </h2>
        <button type="button" onClick={() => setAdding((a) => !a)} aria-expanded={adding}>
          ケースを直接追加
        </button>
        <button type="button" disabled={chosen.length === 0 || action.busy} onClick={extraMeeting}>
          選んだ {chosen.length} 件で臨時の合同ケース会議を作る
        </button>
      </div>
      {adding && (
        <div className="joint-add">
          <div className="field-inline">
            <label htmlFor={`${id}-add-no`}>登録番号</label>
            <input id={`${id}-add-no`} value={addNo} onChange={(e) => setAddNo(e.target.value)} />
          </div>
          <div className="field-inline joint-wide">
            <label htmlFor={`${id}-add-reason`}>追加の理由</label>
            <input id={`${id}-add-reason`} value={addReason} onChange={(e) => setAddReason(e.target.value)} />
          </div>
          <button type="button" className="primary" onClick={add} disabled={action.busy}>
            名簿に追加
          </button>
        </div>
      )}
      {action.error && (
        <p role="alert" className="error">
          {action.error}
        </p>
      )}
      {rows.length === 0 ? (
        <p className="muted">名簿にはまだケースがありません。提案を「名簿に追加」するか、直接追加してください。</p>
      ) : (
        <div className="joint-scroll">
          <table className="joint-table joint-list" aria-label="名簿">
            <thead>
              <tr>
                <th scope="col">
                  <span className="visually-hidden">臨時開催に選ぶ</span>
                </th>
                <th scope="col">登録番号</th>
                <th scope="col">氏名</th>
                <th scope="col">登録区分</th>
                <th scope="col">種別</th>
                <th scope="col">提案機能・理由</th>
                <th scope="col">名簿追加日</th>
                <th scope="col">直近の会議</th>
                <th scope="col">判定</th>
                <th scope="col">主担当機能</th>
                <th scope="col">支援方針</th>
                <th scope="col">次回確認</th>
                <th scope="col">サポートプラン</th>
                <th scope="col">操作</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <Fragment key={r.caseNo}>
                  <tr>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={`${r.caseNo}を臨時開催に選ぶ`}
                        checked={picked.has(r.caseNo)}
                        onChange={(e) => toggle(r.caseNo, e.target.checked)}
                      />
                    </td>
                    <th scope="row">{r.caseNo}</th>
                    <td>{r.name ?? '—'}</td>
                    <td>{r.registration}</td>
                    <td>{r.classification ?? '—'}</td>
                    <td>{r.proposedBy}</td>
                    <td className="joint-day">{date(r.joinedOn)}</td>
                    <td className="joint-day">{r.lastMeeting ? date(r.lastMeeting.date) : '—'}</td>
                    <td>{r.judgement ?? '—'}</td>
                    <td>{r.leadFunction ?? '—'}</td>
                    <td className="joint-policy">
                      {r.policy ?? '—'}
                      {r.listAction === '名簿から外す' && <span className="joint-note">会議で「名簿から外す」</span>}
                    </td>
                    <td className="joint-day">{date(r.nextReview)}</td>
                    <td>
                      {r.planStatus}
                      {r.planReviewDue && <span className="joint-note">見直し {date(r.planReviewDue)}</span>}
                    </td>
                    <td>
                      <div className="joint-actions">
                        <button
                          type="button"
                          aria-expanded={history === r.caseNo}
                          onClick={() => setHistory((h) => (h === r.caseNo ? null : r.caseNo))}
                        >
                          履歴
                        </button>
                        <button
                          type="button"
                          onClick={() => {
                            setReason('');
                            setLeaveOn(todayIso());
                            setLeaving(r);
                          }}
                        >
                          外す
                        </button>
                      </div>
                    </td>
                  </tr>
                  {history === r.caseNo && (
                    <tr className="joint-history-row">
                      <td colSpan={14}>
                        <JointHistory caseNo={r.caseNo} />
                      </td>
                    </tr>
                  )}
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {leaving && (
        <ConfirmDialog
          title={`${leaving.caseNo}を名簿から外しますか`}
          confirmLabel="名簿から外す"
          onConfirm={() => leave(leaving)}
          onCancel={() => setLeaving(null)}
        >
          <p>台帳のケースはそのまま残ります。外したことは名簿の履歴に残ります。</p>
          <div className="field-inline">
            <label htmlFor={`${id}-leave-on`}>外す日</label>
            <DateField id={`${id}-leave-on`} value={leaveOn} rule="day" onChange={setLeaveOn} required />
          </div>
          <div className="field-inline">
            <label htmlFor={`${id}-leave-reason`}>理由</label>
            <input id={`${id}-leave-reason`} value={reason} onChange={(e) => setReason(e.target.value)} />
          </div>
        </ConfirmDialog>
      )}
    </section>
  );
}
