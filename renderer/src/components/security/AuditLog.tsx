// 操作ログ: who did what and when (changes, exports, prints, locks and unlocks, failed ones too), filtered by
// kind, operator and days, and exported as Excel or CSV through the backend (the export is logged as well).
import { useId, useState } from 'react';
import { AUDIT_KIND_LABELS, AUDIT_KINDS, type AuditEntry, type AuditKind } from '../../../../shared/audit/actions';
import { useBackendAction } from '../../hooks/useBackendAction';
import { useBackendQuery } from '../../hooks/useBackendQuery';
import { DateField } from '../DateField';
import { downloadBase64 } from '../../lib/files';
import { formatTimestamp } from '../../lib/today';

const NO_ENTRIES: AuditEntry[] = [];

interface Filter {
  kind: AuditKind | '';
  actor: string;
  from: string;
  to: string;
}

function query(filter: Filter) {
  return {
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...(filter.actor.trim() ? { actor: filter.actor.trim() } : {}),
    ...(filter.from ? { from: filter.from } : {}),
    ...(filter.to ? { to: filter.to } : {}),
  };
}

export function AuditLog() {
  const id = useId();
  const [filter, setFilter] = useState<Filter>({ kind: '', actor: '', from: '', to: '' });
  // Reloaded as the filter is typed; an answer for an older filter never replaces a newer one.
  const list = useBackendQuery('audit.list', query(filter));
  const entries = list.data?.entries ?? NO_ENTRIES;
  const truncated = list.data?.truncated ?? false;
  const exporting = useBackendAction();
  const error = exporting.error ?? list.error;

  const exportAs = (format: 'xlsx' | 'csv') => {
    void exporting.run('audit.export', { ...query(filter), format }).then((outcome) => {
      if (!outcome.ok) return;
      downloadBase64(outcome.value.fileName, outcome.value.mimeType, outcome.value.dataBase64);
      // The export is itself logged: show that row.
      list.reload();
    });
  };
  const set = (changes: Partial<Filter>) => setFilter((f) => ({ ...f, ...changes }));

  return (
    <section className="audit-log" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>操作ログ</h2>
      <div className="form-row">
        <div className="field-inline">
          <label htmlFor={`${id}-kind`}>種類</label>
          <select
            id={`${id}-kind`}
            value={filter.kind}
            onChange={(e) => set({ kind: e.target.value as AuditKind | '' })}
          >
            <option value="">すべて</option>
            {AUDIT_KINDS.map((k) => (
              <option key={k} value={k}>
                {AUDIT_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
        <div className="field-inline">
          <label htmlFor={`${id}-actor`}>操作者</label>
          <input id={`${id}-actor`} value={filter.actor} onChange={(e) => set({ actor: e.target.value })} />
        </div>
        <div className="field-inline">
          <label htmlFor={`${id}-from`}>から</label>
          <DateField
            id={`${id}-from`}
            rule="day"
            value={filter.from || null}
            onChange={(iso) => set({ from: iso ?? '' })}
          />
        </div>
        <div className="field-inline">
          <label htmlFor={`${id}-to`}>まで</label>
          <DateField id={`${id}-to`} rule="day" value={filter.to || null} onChange={(iso) => set({ to: iso ?? '' })} />
        </div>
        <button type="button" onClick={() => exportAs('xlsx')}>
          Excel で書き出し
        </button>
        <button type="button" onClick={() => exportAs('csv')}>
          CSV で書き出し
        </button>
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {truncated && <p className="hint">新しいものから 5,000 件を表示しています。期間で絞り込んでください。</p>}
      <table className="minutes-log audit-table">
        <thead>
          <tr>
            <th scope="col">日時</th>
            <th scope="col">操作者</th>
            <th scope="col">種類</th>
            <th scope="col">内容</th>
            <th scope="col">対象</th>
            <th scope="col">結果</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <td>
                <time dateTime={e.at}>{formatTimestamp(e.at)}</time>
                {e.count > 1 && (
                  <span className="hint">
                    （{e.count}回、最後は {formatTimestamp(e.lastAt)}）
                  </span>
                )}
              </td>
              <td>{e.actor}</td>
              <td>{AUDIT_KIND_LABELS[e.kind]}</td>
              <td>{e.summary}</td>
              <td>{e.target ?? ''}</td>
              <td>{e.ok ? '成功' : '失敗'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
