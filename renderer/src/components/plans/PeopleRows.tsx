// The plan's こども and 保護者 rows: 氏名, 生年月日, 所属 (a child) or 続柄 and 就労 (a guardian), added and removed.
// A row without 氏名 stays on screen but is not saved (plan-form.ts) until a name is typed.
import { WORK_STATES, type PlanContent } from '../../../../shared/plan/support-plan';
import type { DateProblems } from '../../hooks/useDateProblems';
import { DateField } from '../DateField';

type Change = (update: (c: PlanContent) => PlanContent) => void;
type Guardian = PlanContent['guardians'][number];

const blankToNull = (text: string) => (text === '' ? null : text);

export function ChildRows({ content, change, dates }: { content: PlanContent; change: Change; dates: DateProblems }) {
  const set = (i: number, patch: Partial<PlanContent['children'][number]>) =>
    change((c) => ({ ...c, children: c.children.map((p, j) => (j === i ? { ...p, ...patch } : p)) }));
  return (
    <fieldset className="plan-rows">
      <legend>こども</legend>
      <table className="plan-table">
        <thead>
          <tr>
            <th scope="col">こどもの氏名</th>
            <th scope="col">生年月日</th>
            <th scope="col">所属（保育所・学校など）</th>
            <th scope="col" className="plan-row-action" />
          </tr>
        </thead>
        <tbody>
          {content.children.map((p, i) => (
            <tr key={i}>
              <td>
                <input
                  aria-label={`こどもの氏名 ${i + 1}`}
                  value={p.name}
                  onChange={(e) => set(i, { name: e.target.value })}
                />
              </td>
              <td>
                <DateField
                  label={`こどもの生年月日 ${i + 1}`}
                  value={p.birthDate}
                  rule="birth"
                  onChange={(birthDate) => set(i, { birthDate })}
                  onProblem={(m) => dates.report(`child-${i}`, m)}
                />
              </td>
              <td>
                <input
                  aria-label={`こどもの所属 ${i + 1}`}
                  value={p.affiliation ?? ''}
                  onChange={(e) => set(i, { affiliation: blankToNull(e.target.value) })}
                />
              </td>
              <td className="plan-row-action">
                <button
                  type="button"
                  aria-label={`こども ${i + 1} を削除`}
                  onClick={() => change((c) => ({ ...c, children: c.children.filter((_, j) => j !== i) }))}
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
          change((c) => ({ ...c, children: [...c.children, { name: '', birthDate: null, affiliation: null }] }))
        }
      >
        こどもを追加
      </button>
    </fieldset>
  );
}

export function GuardianRows({
  content,
  change,
  dates,
}: {
  content: PlanContent;
  change: Change;
  dates: DateProblems;
}) {
  const set = (i: number, patch: Partial<Guardian>) =>
    change((c) => ({ ...c, guardians: c.guardians.map((p, j) => (j === i ? { ...p, ...patch } : p)) }));
  return (
    <fieldset className="plan-rows">
      <legend>保護者</legend>
      <table className="plan-table">
        <thead>
          <tr>
            <th scope="col">保護者の氏名</th>
            <th scope="col">生年月日</th>
            <th scope="col">続柄</th>
            <th scope="col">就労（休業／退職）</th>
            <th scope="col" className="plan-row-action" />
          </tr>
        </thead>
        <tbody>
          {content.guardians.map((p, i) => (
            <tr key={i}>
              <td>
                <input
                  aria-label={`保護者の氏名 ${i + 1}`}
                  value={p.name}
                  onChange={(e) => set(i, { name: e.target.value })}
                />
              </td>
              <td>
                <DateField
                  label={`保護者の生年月日 ${i + 1}`}
                  value={p.birthDate}
                  rule="familyBirth"
                  onChange={(birthDate) => set(i, { birthDate })}
                  onProblem={(m) => dates.report(`guardian-${i}`, m)}
                />
              </td>
              <td>
                <input
                  aria-label={`保護者の続柄 ${i + 1}`}
                  value={p.affiliation ?? ''}
                  onChange={(e) => set(i, { affiliation: blankToNull(e.target.value) })}
                />
              </td>
              <td>
                <select
                  aria-label={`保護者の就労 ${i + 1}`}
                  value={p.work ?? ''}
                  onChange={(e) =>
                    set(i, { work: e.target.value === '' ? null : (e.target.value as Guardian['work']) })
                  }
                >
                  <option value="">（未記入）</option>
                  {WORK_STATES.map((w) => (
                    <option key={w} value={w}>
                      {w}
                    </option>
                  ))}
                </select>
              </td>
              <td className="plan-row-action">
                <button
                  type="button"
                  aria-label={`保護者 ${i + 1} を削除`}
                  onClick={() => change((c) => ({ ...c, guardians: c.guardians.filter((_, j) => j !== i) }))}
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
            guardians: [...c.guardians, { name: '', birthDate: null, affiliation: null, work: null }],
          }))
        }
      >
        保護者を追加
      </button>
    </fieldset>
  );
}
