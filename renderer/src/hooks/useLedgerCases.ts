// The whole ledger is loaded once (10,000 cases is a few MB) and filtered in the window; the backend's
// 'ledger.changed' event keeps it current after imports and edits, from this or any other window.
import { useCallback, useEffect } from 'react';
import type { LedgerCase } from '../../../shared/ledger/case';
import { useApi } from '../api-context';
import { useBackendQuery } from './useBackendQuery';

/** Above this many changed cases one full reload is cheaper than fetching each. */
const PATCH_LIMIT = 20;

export interface LedgerCasesState {
  cases: LedgerCase[];
  loading: boolean;
  error: string | null;
  /** Puts a case the window already has (e.g. the result of a save) into the list without waiting. */
  replace(updated: LedgerCase): void;
}

const NO_CASES: LedgerCase[] = [];

export function useLedgerCases(): LedgerCasesState {
  const api = useApi();
  const query = useBackendQuery(
    'ledger.list',
    {},
    {
      refetchOn: [{ event: 'ledger.changed', when: ({ caseNos }) => caseNos === null || caseNos.length > PATCH_LIMIT }],
    },
  );
  const { setData, reload, since } = query;

  const replace = useCallback(
    (updated: LedgerCase) => {
      setData((current) => current && { ...current, cases: upsert(current.cases, [updated]) });
    },
    [setData],
  );

  // A few changed cases are fetched one by one and patched in; a full reload started meanwhile wins.
  useEffect(
    () =>
      api.on('ledger.changed', ({ caseNos }) => {
        if (caseNos === null || caseNos.length > PATCH_LIMIT) return;
        const counts = since();
        Promise.all(caseNos.map((caseNo) => api.call('ledger.get', { caseNo }))).then((details) => {
          if (counts())
            setData(
              (current) =>
                current && {
                  ...current,
                  cases: upsert(
                    current.cases,
                    details.map((d) => d.case),
                  ),
                },
            );
        }, reload);
      }),
    [api, setData, reload, since],
  );

  return { cases: query.data?.cases ?? NO_CASES, loading: query.loading, error: query.error, replace };
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
