// The plan's 支援の種類及び内容: one row per support (サービス・支援, だれが, 役割, モニタリング時期, 達成状況), added and
// removed. A row without サービス・支援 stays on screen but is not saved until it has one (plan-form.ts).
import { supportRowsFromServices } from '../../../../shared/plan/plan-services';
import type { PlanContent } from '../../../../shared/plan/support-plan';
import { useState } from 'react';
import { useApi } from '../../api-context';
import { useBackendAction } from '../../hooks/useBackendAction';

type Change = (update: (c: PlanContent) => PlanContent) => void;
type Row = PlanContent['supports'][number];

const COLUMNS: { key: keyof Row; label: string }[] = [
  { key: 'service', label: 'サービス・支援' },
  { key: 'who', label: 'だれが' },
  { key: 'role', label: '役割' },
  { key: 'monitoring', label: 'モニタリング時期' },
  { key: 'progress', label: '達成状況' },
];

interface Props {
  content: PlanContent;
  change: Change;
  /** The plan's ledger case: its 家庭支援事業 records can fill rows. */
  caseNo?: string | null;
}

export function SupportRows({ content, change, caseNo = null }: Props) {
  const api = useApi();
  const { busy, error, run } = useBackendAction();
  const [added, setAdded] = useState<string | null>(null);
  const fromServices = () =>
    void run(async () => {
      const { records } = await api.call('services.list', { caseNo: caseNo! });
      const rows = supportRowsFromServices(records, content.supports);
      change((c) => ({ ...c, supports: [...c.supports, ...rows] }));
      setAdded(rows.length === 0 ? '追加する家庭支援事業はありません。' : `${rows.length} 件の支援を追加しました。`);
    });
  const set = (i: number, key: keyof Row, text: string) =>
    change((c) => ({
      ...c,
      supports: c.supports.map((r, j) =>
        j === i ? { ...r, [key]: key === 'service' ? text : text === '' ? null : text } : r,
      ),
    }));
  return (
    <fieldset className="plan-rows">
      <legend>支援の種類及び内容</legend>
      <table className="plan-table plan-supports">
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th key={c.key} scope="col">
                {c.label}
              </th>
            ))}
            <th scope="col" className="plan-row-action" />
          </tr>
        </thead>
        <tbody>
          {content.supports.map((row, i) => (
            <tr key={i}>
              {COLUMNS.map((c) => (
                <td key={c.key}>
                  <textarea
                    rows={2}
                    aria-label={`${c.label} ${i + 1}`}
                    value={row[c.key] ?? ''}
                    onChange={(e) => set(i, c.key, e.target.value)}
                  />
                </td>
              ))}
              <td className="plan-row-action">
                <button
                  type="button"
                  aria-label={`支援 ${i + 1} を削除`}
                  onClick={() => change((c) => ({ ...c, supports: c.supports.filter((_, j) => j !== i) }))}
                >
                  削除
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        onClick={() =>
          change((c) => ({
            ...c,
            supports: [...c.supports, { service: '', who: null, role: null, monitoring: null, progress: null }],
          }))
        }
      >
        支援を追加
      </button>
      {caseNo && (
        <button type="button" aria-busy={busy} onClick={fromServices}>
          家庭支援事業から追加
        </button>
      )}
      {added && (
        <span role="status" className="muted">
          {added}
        </span>
      )}
      {error && (
        <span role="alert" className="error">
          {error}
        </span>
      )}
    </fieldset>
  );
}
