// Which of a form's DateFields hold text that is not a valid date. A form with any of them is not saved
// and must not say it is (「日付が正しくありません — 未保存」); each field reports itself through onProblem.
import { useCallback, useState } from 'react';

export const DATE_NOT_SAVED = '日付が正しくありません — 未保存';

export interface DateProblems {
  invalid: boolean;
  /** Pass as a DateField's onProblem (bound to a key that names the field). */
  report(key: string, message: string | null): void;
}

export function useDateProblems(): DateProblems {
  const [bad, setBad] = useState<ReadonlySet<string>>(new Set());
  const report = useCallback((key: string, message: string | null) => {
    setBad((current) => {
      if (current.has(key) === (message !== null)) return current;
      const next = new Set(current);
      if (message === null) next.delete(key);
      else next.add(key);
      return next;
    });
  }, []);
  return { invalid: bad.size > 0, report };
}
