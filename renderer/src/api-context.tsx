// The one Api of the window, injected at the root so components never pick a transport themselves.
import { createContext, useContext, type ReactNode } from 'react';
import type { Api } from '../../shared/contract';

const ApiContext = createContext<Api | null>(null);

export function ApiProvider({ api, children }: { api: Api; children: ReactNode }) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

export function useApi(): Api {
  const api = useContext(ApiContext);
  if (!api) throw new Error('ApiProvider is missing above this component');
  return api;
}
