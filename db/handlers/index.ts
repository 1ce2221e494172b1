// Every namespace's handlers in one table. HandlerTable has one key per namespace of the contract, each
// holding exactly that namespace's methods, so a method without a handler (or a namespace given twice)
// does not compile; `flatten` turns it into the method → handler map invoke() uses.
import type { BackendEvent, MethodName } from '../../shared/contract';
import type { PrintToPdf } from '../documents/minutes-file';
import type { ImportService } from '../services/import';
import type { Session } from '../session/session';
import { agendaHandlers, handoutHandlers } from './agenda';
import { boardHandlers } from './board';
import type { Handler, HandlerContext, HandlerTable } from './context';
import { auditHandlers, ledgerHandlers, settingsHandlers } from './ledger';
import { decisionsHandlers, liveHandlers, presentHandlers } from './live';
import {
  agenciesHandlers,
  casesHandlers,
  meetingsHandlers,
  reportsHandlers,
  scopeTemplatesHandlers,
  triageHandlers,
} from './meetings';
import { minutesHandlers } from './minutes';
import { sessionHandlers } from './session';
import { statsHandlers } from './stats';
import { plansHandlers } from './plans';
import { servicesHandlers } from './services';
import { homeHandlers } from './home';
import { jointHandlers } from './joint';
import { casesheetsHandlers } from './casesheets';
import { monthlyHandlers } from './monthly';
import { returnsHandlers } from './returns';
import { requestsHandlers } from './requests';
import { writebackHandlers } from './writeback';

export interface HandlerDeps {
  ctx: HandlerContext;
  session: Session;
  imports: ImportService;
  /** Sends at once: session events are not part of any transaction. */
  emit: (event: BackendEvent) => void;
  openPresenter?: ((meetingId: number) => boolean) | undefined;
  printToPdf?: PrintToPdf | undefined;
}

export type Handlers = { [M in MethodName]: Handler<M> };

export function handlerTable({ ctx, session, imports, emit, openPresenter, printToPdf }: HandlerDeps): HandlerTable {
  return {
    session: sessionHandlers(session, emit),
    settings: settingsHandlers(ctx),
    ledger: ledgerHandlers(ctx, imports),
    audit: auditHandlers(ctx),
    agencies: agenciesHandlers(ctx),
    scopeTemplates: scopeTemplatesHandlers(ctx),
    meetings: meetingsHandlers(ctx),
    reports: reportsHandlers(ctx),
    cases: casesHandlers(ctx),
    triage: triageHandlers(ctx),
    agenda: agendaHandlers(ctx),
    handout: handoutHandlers(ctx),
    board: boardHandlers(ctx),
    live: liveHandlers(ctx),
    decisions: decisionsHandlers(ctx),
    present: presentHandlers(ctx, openPresenter),
    minutes: minutesHandlers(ctx, printToPdf),
    writeback: writebackHandlers(ctx),
    stats: statsHandlers(ctx),
    plans: plansHandlers(ctx),
    services: servicesHandlers(ctx),
    home: homeHandlers(ctx),
    joint: jointHandlers(ctx),
    casesheets: casesheetsHandlers(ctx),
    monthly: monthlyHandlers(ctx),
    returns: returnsHandlers(ctx),
    requests: requestsHandlers(ctx),
  };
}

/** The method → handler map. The namespaces' method names are disjoint by their prefix, so nothing is overwritten. */
export function flatten(table: HandlerTable): Handlers {
  return Object.assign({}, ...Object.values(table)) as Handlers;
}
