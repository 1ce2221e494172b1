// 役割分担: rows of agency → task → due date; agencies come from the council's list (typing another is allowed).
// Each row is two lines so nothing is cut in the console's middle column: the agency (one line, to keep the
// council's list as suggestions) with its due date and 削除, then the task across the whole row, growing with
// its text (console.css). A table squeezed four fields into ~500 px at 1280×720 and cut both texts.
import { useId } from 'react';
import type { RoleAssignment } from '../../../../shared/meeting/decision';
import { DateField } from '../DateField';

interface Props {
  roles: RoleAssignment[];
  agencyNames: readonly string[];
  onChange(roles: RoleAssignment[]): void;
  /** A due date's text is not a valid date (message) or is again (null); key names the row. */
  onDateProblem(key: string, message: string | null): void;
  /** A 合同ケース会議 names the staff member of each function's task. */
  withStaff?: boolean;
}

export function RolesEditor({ roles, agencyNames, onChange, onDateProblem, withStaff = false }: Props) {
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
        <ol className="role-rows">
          {roles.map((role, i) => (
            <li key={i} className={withStaff ? 'role-row with-staff' : 'role-row'}>
              <label className="role-agency">
                <span className="role-caption">機関</span>
                <input
                  list={`${id}-agencies`}
                  aria-label={`役割分担${i + 1}の機関`}
                  value={role.agency}
                  onChange={(e) => update(i, { agency: e.target.value })}
                />
              </label>
              {withStaff && (
                <label className="role-staff">
                  <span className="role-caption">担当者</span>
                  <input
                    aria-label={`役割分担${i + 1}の担当者`}
                    value={role.staff ?? ''}
                    onChange={(e) => update(i, { staff: e.target.value === '' ? null : e.target.value })}
                  />
                </label>
              )}
              <span className="role-due">
                <label className="role-caption" htmlFor={`${id}-due-${i}`}>
                  期限
                </label>
                <DateField
                  id={`${id}-due-${i}`}
                  label={`役割分担${i + 1}の期限`}
                  rule="dayOrMonth"
                  value={role.due}
                  onChange={(due) => update(i, { due })}
                  onProblem={(m) => onDateProblem(`role-${i}`, m)}
                />
              </span>
              <button
                type="button"
                className="role-remove"
                onClick={() => onChange(roles.filter((_, j) => j !== i))}
                aria-label={`役割分担${i + 1}を削除`}
              >
                削除
              </button>
              <label className="role-task">
                <span className="role-caption">役割</span>
                <textarea
                  rows={1}
                  aria-label={`役割分担${i + 1}の役割`}
                  value={role.task}
                  onChange={(e) => update(i, { task: e.target.value })}
                />
              </label>
            </li>
          ))}
        </ol>
      )}
      <button type="button" onClick={() => onChange([...roles, { agency: '', task: '', due: null }])}>
        役割を追加
      </button>
    </fieldset>
  );
}
