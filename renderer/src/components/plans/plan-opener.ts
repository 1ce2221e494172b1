// How a screen outside the サポートプラン view (the ledger's case panel) opens a plan there: App provides the
// function, as it does the board opener, so the case panel needs no route of its own.
import { createContext, useContext } from 'react';

export interface PlanOpener {
  openPlan(planId: number): void;
  /** The view's 「新しいプラン」 form, filled with this ledger case. */
  newPlanFor(caseNo: string): void;
}

export const PlanOpenerContext = createContext<PlanOpener | null>(null);

export const usePlanOpener = () => useContext(PlanOpenerContext);
