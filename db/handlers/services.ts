// services.*: each change is one transaction — read, the rule (db/services/family-services.ts over
// shared/services/family-service.ts), write, event — answering the case's records as they are now.
import { AppError } from '../../shared/contract';
import { fiscalYearRange } from '../../shared/stats/fiscal-year';
import { serviceYearRows } from '../../shared/services/family-service-year';
import type { Made } from '../repos/family-services';
import type { Store } from '../repos/store';
import {
  addServiceStep,
  caseServices,
  createServiceRecord,
  removeManualStep,
  serviceRecord,
  ServiceRuleError,
} from '../services/family-services';
import type { HandlerContext, HandlersFor } from './context';

/** Runs a rule-checked change; a refused one is 'invalid_input' with the rule's Japanese reason. */
function ruled<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof ServiceRuleError) throw new AppError('invalid_input', err.message);
    throw err;
  }
}

export function servicesHandlers(ctx: HandlerContext): HandlersFor<'services'> {
  const manual = (store: Store): Made => ({
    origin: { kind: 'manual' },
    applicationId: null,
    at: ctx.at(),
    by: store.settings.read().operatorName,
  });
  return {
    'services.list': ({ caseNo }) => caseServices(ctx.store(), caseNo),
    'services.get': ({ id }) =>
      ruled(() => {
        const store = ctx.store();
        const record = serviceRecord(store, id);
        return { record, events: store.familyServices.events(record.caseNo).filter((e) => e.recordId === id) };
      }),
    'services.create': (input) =>
      ctx.tx((store) =>
        ruled(() => {
          createServiceRecord(store, input, manual(store));
          return caseServices(store, input.caseNo);
        }),
      ),
    'services.addStep': ({ recordId, step }) =>
      ctx.tx((store) =>
        ruled(() => {
          addServiceStep(store, recordId, step, manual(store));
          return caseServices(store, serviceRecord(store, recordId).caseNo);
        }),
      ),
    'services.setProvider': ({ recordId, provider }) =>
      ctx.tx((store) =>
        ruled(() => {
          const record = serviceRecord(store, recordId);
          const made = manual(store);
          store.familyServices.setProvider(recordId, provider);
          store.familyServices.addEvent(recordId, record.caseNo, made.at, made.by, '提供事業者を変更', provider);
          return caseServices(store, record.caseNo);
        }),
      ),
    'services.removeStep': ({ stepId }) =>
      ctx.tx((store) =>
        ruled(() => {
          const made = manual(store);
          return caseServices(store, removeManualStep(store, stepId, made.at, made.by));
        }),
      ),
    'services.summary': ({ fiscalYear }) => {
      const store = ctx.store();
      const { from, to } = fiscalYearRange(fiscalYear);
      const facts = store.familyServices.stepFacts(from, to);
      return { rows: serviceYearRows(facts, fiscalYear, store.settings.read().ownServices) };
    },
  };
}
