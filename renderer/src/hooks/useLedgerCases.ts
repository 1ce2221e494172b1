// The whole ledger is loaded once (10,000 cases is a few MB) and filtered in the window; the backend's
// 'ledger.changed' event keeps it current after imports and edits, from this or any other window.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LedgerCase } from '../../../shared/ledger/case';
import { useApi } from '../api-context';
import { errorMessage } from '../lib/errors';

/** Above this many changed cases one full reload is cheaper than fetching each. */
const PATCH_LIMIT = 20;

export interface LedgerCasesState {
  cases: LedgerCase[];
  loading: boolean;
  error: string | null;
  /** Puts a case the window already has (e.g. the result of a save) into the list without waiting. */
  replace(updated: LedgerCase): void;
}

export function useLedgerCases(): LedgerCasesState {
  const api = useApi();
  const [cases, setCases] = useState<LedgerCase[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  // Only the newest request may write the list: a slow reload must not overwrite a later one.
  const generation = useRef(0);

  const reload = useCallback(() => {
    const mine = ++generation.current;
    setLoading(true);
    api.call('ledger.list', {}).then(
      (result) => {
        if (mine !== generation.current) return;
        setCases(result.cases);
        setError(null);
        setLoading(false);
      },
      (e: unknown) => {
        if (mine !== generation.current) return;
        setError(errorMessage(e));
        setLoading(false);
      },
    );
  }, [api]);

  const replace = useCallback((updated: LedgerCase) => {
    setCases((current) => upsert(current, [updated]));
  }, []);

  useEffect(() => {
    reload();
    return api.on('ledger.changed', ({ caseNos }) => {
      if (caseNos === null || caseNos.length > PATCH_LIMIT) return reload();
      const mine = generation.current;
      Promise.all(caseNos.map((caseNo) => api.call('ledger.get', { caseNo }))).then(
        (details) => {
          if (mine === generation.current) setCases((current) => upsert(current, details.map((d) => d.case)));
        },
        reload,
      );
    });
  }, [api, reload]);

  return { cases, loading, error, replace };
}

function upsert(current: LedgerCase[], updates: LedgerCase[]): LedgerCase[] {
  const byNo = new Map(updates.map((c) => [c.caseNo, c]));
  const next = current.map((c) => {
    const updated = byNo.get(c.caseNo);
    if (!updated) return c;
    byNo.delete(c.caseNo);
    return updated;
  });
  return byNo.size ? [...next, ...byNo.values()] : next;
}
