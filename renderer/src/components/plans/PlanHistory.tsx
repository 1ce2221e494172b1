// The plan's history (who did what, when) and its versions; any version opens read-only.
import type { PlanEvent } from '../../../../shared/contract';
import type { PlanVersion } from '../../../../shared/plan/support-plan';
import { formatTimestamp } from '../../lib/today';
import { useDay } from './useDay';

interface Props {
  events: PlanEvent[];
  versions: PlanVersion[];
  shown: number;
  onOpen(version: number): void;
}

export function PlanHistory({ events, versions, shown, onOpen }: Props) {
  const day = useDay();
  return (
    <div className="plan-history">
      <section aria-label="版">
        <h3>版</h3>
        <ul className="plan-versions">
          {versions.map((v) => (
            <li key={v.version}>
              <span>
                第{v.version}版　{v.handedOverOn ? `${day(v.handedOverOn)} 手交` : '作成中'}
              </span>
              {v.version === shown ? (
                <span className="muted">表示中</span>
              ) : (
                <button type="button" onClick={() => onOpen(v.version)}>
                  第{v.version}版を開く
                </button>
              )}
            </li>
          ))}
        </ul>
      </section>
      <section aria-label="履歴">
        <h3>履歴</h3>
        <table className="plan-table">
          <thead>
            <tr>
              <th scope="col">日時</th>
              <th scope="col">操作者</th>
              <th scope="col">内容</th>
            </tr>
          </thead>
          <tbody>
            {[...events].reverse().map((e) => (
              <tr key={e.id}>
                <td>{formatTimestamp(e.at)}</td>
                <td>{e.by}</td>
                <td>
                  {e.action}
                  {e.detail ? `（${e.detail}）` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
