// 役割分担: rows of agency → task → due date; agencies come from the council's list (typing another is allowed).
import { useId } from 'react';
import type { RoleAssignment } from '../../../../shared/meeting/decision';
import { DateField } from '../DateField';

interface Props {
  roles: RoleAssignment[];
  agencyNames: readonly string[];
  onChange(roles: RoleAssignment[]): void;
  /** A due date's text is not a valid date (message) or is again (null); key names the row. */
  onDateProblem(key: string, message: string | null): void;
}

export function RolesEditor({ roles, agencyNames, onChange, onDateProblem }: Props) {
  const id = useId();
  const update = (index: number, patch: Partial<RoleAssignment>) =>
    onChange(roles.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  return (
    <fieldset className="roles-editor">
      <legend>役割分担</legend>
      <datalist id={`${id}-agencies`}>
        {agencyNames.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      {roles.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">機関</th>
              <th scope="col">役割</th>
              <th scope="col">期限</th>
              <th scope="col">
                <span className="visually-hidden">操作</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {roles.map((role, i) => (
              <tr key={i}>
                <td>
                  <input
                    list={`${id}-agencies`}
                    aria-label={`役割分担${i + 1}の機関`}
                    value={role.agency}
                    onChange={(e) => update(i, { agency: e.target.value })}
                  />
                </td>
                <td>
                  <input
                    aria-label={`役割分担${i + 1}の役割`}
                    value={role.task}
                    onChange={(e) => update(i, { task: e.target.value })}
                  />
                </td>
                <td>
                  <DateField
                    id={`${id}-due-${i}`}
                    label={`役割分担${i + 1}の期限`}
                    rule="dayOrMonth"
                    value={role.due}
                    onChange={(due) => update(i, { due })}
                    onProblem={(m) => onDateProblem(`role-${i}`, m)}
                  />
                </td>
                <td>
                  <button
                    type="button"
                    onClick={() => onChange(roles.filter((_, j) => j !== i))}
                    aria-label={`役割分担${i + 1}を削除`}
                  >
                    削除
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" onClick={() => onChange([...roles, { agency: '', task: '', due: null }])}>
        役割を追加
      </button>
    </fieldset>
  );
}
