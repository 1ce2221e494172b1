// 台帳への反映: after the meeting, what its decisions change in the ledger, case by case (old → new).
// Cases can be left out; a field changed by hand since the decision must be settled (keep the ledger's
// value or take the meeting's) before applying. Below, what was applied when, each with 元に戻す.
import { useId, useState } from 'react';
import { fieldLabel } from '../../../../shared/ledger/fields';
import type { KeepChoice, WritebackApplication, WritebackUndoResult } from '../../../../shared/meeting/writeback';
import { useApi } from '../../api-context';
import { useBackendAction } from '../../hooks/useBackendAction';
import { useBackendQuery } from '../../hooks/useBackendQuery';
import type { DateStyle } from '../../lib/date-style';
import { historyValue } from '../../lib/history-display';
import { formatTimestamp } from '../../lib/today';
import './writeback.css';

const key = (caseNo: string, field: string) => `${caseNo}\u0000${field}`;

export function WritebackPanel({ meetingId, dateStyle }: { meetingId: number; dateStyle: DateStyle }) {
  const api = useApi();
  const id = useId();
  // A hand edit elsewhere can turn a change into a conflict: follow the ledger.
  const previewQuery = useBackendQuery('writeback.preview', { meetingId }, { refetchOn: ['ledger.changed'] });
  const preview = previewQuery.data;
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set());
  const [choices, setChoices] = useState<ReadonlyMap<string, KeepChoice>>(new Map());
  const { busy, error: actError, run } = useBackendAction();
  // Only the first load's failure is shown: a failed refresh after a ledger event keeps the shown preview quietly.
  const error = actError ?? (preview ? null : previewQuery.error);
  const [notice, setNotice] = useState<string | null>(null);
  const [undoReport, setUndoReport] = useState<WritebackUndoResult | null>(null);

  /** One apply or undo at a time; busy until the preview after it is loaded. */
  const act = (work: () => Promise<void>) => {
    if (busy) return;
    void run(async () => {
      await work();
      await previewQuery.mutate(() => api.call('writeback.preview', { meetingId }));
    });
  };

  const cases = preview?.cases ?? [];
  const included = cases.filter((c) => !excluded.has(c.caseNo));
  const unresolved = included.flatMap((c) =>
    c.conflicts.filter((x) => !choices.has(key(c.caseNo, x.field))).map((x) => `${c.label} の${x.label}`),
  );

  const apply = () =>
    act(async () => {
      const resolutions = included.flatMap((c) =>
        c.conflicts.flatMap((x) => {
          const keep = choices.get(key(c.caseNo, x.field));
          return keep ? [{ caseNo: c.caseNo, field: x.field, keep }] : [];
        }),
      );
      const result = await api.call('writeback.apply', { meetingId, excludeCaseNos: [...excluded], resolutions });
      setNotice(
        result.changed === 0
          ? '台帳に反映する変更はありませんでした。'
          : `${result.changed} 項目を台帳に反映しました。反映前のバックアップ: ${result.backupPath}`,
      );
      setUndoReport(null);
      setExcluded(new Set());
      setChoices(new Map());
    });
  const undo = (application: WritebackApplication) =>
    act(async () => {
      const result = await api.call('writeback.undo', { applicationId: application.id });
      setNotice(`${formatTimestamp(application.appliedAt)} の反映を元に戻しました（${result.reverted} 項目）。`);
      setUndoReport(result);
    });
  const choose = (caseNo: string, field: string, keep: KeepChoice) =>
    setChoices((m) => new Map(m).set(key(caseNo, field), keep));
  const toggle = (caseNo: string, on: boolean) =>
    setExcluded((s) => {
      const next = new Set(s);
      if (on) next.delete(caseNo);
      else next.add(caseNo);
      return next;
    });
  const value = (field: string, v: string | null) => historyValue(field, v, dateStyle);

  return (
    <section className="detail-section writeback" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>台帳への反映</h2>
      <p className="hint">
        この会議で記録した決定を進行管理台帳に書き込みます。反映の前に暗号化されたバックアップを作り、変更はケースの変更履歴に「会議」として残ります。
      </p>
      {preview === null ? (
        <p className="muted">読み込んでいます…</p>
      ) : cases.length === 0 ? (
        <p className="muted">
          台帳に反映する変更はありません{preview.applications.length > 0 ? '（反映済みです）' : ''}。
        </p>
      ) : (
        <>
          <ul className="writeback-cases">
            {cases.map((c) => {
              const on = !excluded.has(c.caseNo);
              return (
                <li key={c.caseNo} className={on ? undefined : 'left-out'}>
                  <label className="check writeback-case">
                    <input type="checkbox" checked={on} onChange={(e) => toggle(c.caseNo, e.target.checked)} />
                    <strong>{c.label}</strong>
                    <span className="muted">
                      {on ? `${c.changes.length + c.conflicts.length + c.actions.length} 項目` : '反映しない'}
                    </span>
                  </label>
                  {c.changes.length + c.conflicts.length > 0 && (
                    <table className="writeback-table" aria-label={`${c.label} の変更`}>
                      <thead>
                        <tr>
                          <th scope="col">項目</th>
                          <th scope="col">いまの台帳</th>
                          <th scope="col">会議の決定</th>
                          <th scope="col">
                            <span className="visually-hidden">選択</span>
                          </th>
                        </tr>
                      </thead>
                      <tbody>
                        {c.changes.map((x) => (
                          <tr key={x.field}>
                            <th scope="row">{x.label}</th>
                            <td className="old">{value(x.field, x.oldValue)}</td>
                            <td className="new">{value(x.field, x.newValue)}</td>
                            <td />
                          </tr>
                        ))}
                        {c.conflicts.map((x) => {
                          const chosen = choices.get(key(c.caseNo, x.field));
                          const group = `${id}-${c.caseNo}-${x.field}`;
                          return (
                            <tr key={x.field} className="conflict">
                              <th scope="row">
                                {x.label}
                                <span className="conflict-tag">会議の後に台帳で変更</span>
                              </th>
                              <td>{value(x.field, x.ledgerValue)}</td>
                              <td>{value(x.field, x.meetingValue)}</td>
                              <td>
                                <fieldset disabled={!on} aria-label={`${c.label} の${x.label}をどちらにするか`}>
                                  <label className="check">
                                    <input
                                      type="radio"
                                      name={group}
                                      checked={chosen === 'ledger'}
                                      onChange={() => choose(c.caseNo, x.field, 'ledger')}
                                    />
                                    台帳の値を残す
                                  </label>
                                  <label className="check">
                                    <input
                                      type="radio"
                                      name={group}
                                      checked={chosen === 'meeting'}
                                      onChange={() => choose(c.caseNo, x.field, 'meeting')}
                                    />
                                    会議の決定にする
                                  </label>
                                </fieldset>
                              </td>
                            </tr>
                          );
                        })}
                      </tbody>
                    </table>
                  )}
                  {c.actions.length > 0 && (
                    <ul className="writeback-actions" aria-label={`${c.label} の台帳以外への反映`}>
                      {c.actions.map((a) => (
                        <li key={a.label}>{a.label}</li>
                      ))}
                    </ul>
                  )}
                </li>
              );
            })}
          </ul>
          <div className="form-row">
            <button type="button" className="primary" aria-busy={busy} disabled={included.length === 0} onClick={apply}>
              台帳に反映する（{included.length} 件）
            </button>
            {unresolved.length > 0 && (
              <span className="hint">どちらの値にするか選んでください: {unresolved.join('、')}</span>
            )}
          </div>
        </>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {notice && (
        <p role="status" className="notice">
          {notice}
        </p>
      )}
      {undoReport && undoReport.skipped.length > 0 && (
        <div role="status" className="writeback-skipped">
          <p>次の項目は反映の後に変更されていたため、元に戻していません:</p>
          <ul>
            {undoReport.skipped.map((s) => (
              <li key={key(s.caseNo, s.field)}>{`${s.caseNo} ${fieldLabel(s.field)}：${s.reason}`}</li>
            ))}
          </ul>
        </div>
      )}
      {preview && preview.applications.length > 0 && (
        <>
          <h3>反映の記録</h3>
          <ol className="writeback-applications">
            {preview.applications.map((a) => (
              <li key={a.id}>
                <div className="history-meta">
                  <time dateTime={a.appliedAt}>{formatTimestamp(a.appliedAt)}</time>
                  <span>{a.by}</span>
                  <span>{`${a.caseNos.length} 件・${a.changes.length + a.actions.length} 項目`}</span>
                  {a.undoneAt !== null && (
                    <span className="undone">{`${formatTimestamp(a.undoneAt)} に元に戻しました`}</span>
                  )}
                  {a.undoneAt === null && a.changes.length + a.actions.length > 0 && (
                    <button type="button" aria-busy={busy} onClick={() => undo(a)}>
                      元に戻す
                    </button>
                  )}
                </div>
                <details>
                  <summary>反映した内容</summary>
                  <ul>
                    {a.changes.map((x) => (
                      <li
                        key={key(x.caseNo, x.field)}
                      >{`${x.caseNo} ${x.label}: ${value(x.field, x.oldValue)} → ${value(x.field, x.newValue)}`}</li>
                    ))}
                    {a.actions.map((x, i) => (
                      <li key={`${x.caseNo}-${i}`}>{`${x.caseNo} ${x.label}`}</li>
                    ))}
                  </ul>
                  <p className="hint">{`反映前のバックアップ: ${a.backupPath}`}</p>
                </details>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
