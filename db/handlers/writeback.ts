// The contract's write-back methods (preview, apply, undo), spread into the backend's handler table.
// Apply and undo change the ledger, so both raise ledger.changed for the cases they touched.
import type { z } from 'zod';
import type { BackendEvent, MethodName, MethodResults, methods } from '../../shared/contract';
import type { Db } from '../open';
import { WritebackService } from './writeback-service';

type WritebackMethod = Extract<MethodName, `writeback.${string}`>;

export type WritebackHandlers = {
  [M in WritebackMethod]: (input: z.output<(typeof methods)[M]>) => MethodResults[M] | Promise<MethodResults[M]>;
};

export interface WritebackDeps {
  now: () => Date;
  emit: (event: BackendEvent) => void;
  open: () => { db: Db };
}

export function writebackHandlers({ now, emit, open }: WritebackDeps): WritebackHandlers {
  const service = () => new WritebackService(open().db, now);
  return {
    'writeback.preview': ({ meetingId }) => service().preview(meetingId),
    'writeback.apply': ({ meetingId, excludeCaseNos, resolutions }) => {
      const { caseNos, ...result } = service().apply(meetingId, { excludeCaseNos, resolutions });
      if (result.changed > 0) emit({ name: 'ledger.changed', payload: { caseNos } });
      return result;
    },
    'writeback.undo': ({ applicationId }) => {
      const { caseNos, meetingId: _meetingId, ...result } = service().undo(applicationId);
      if (caseNos.length > 0) emit({ name: 'ledger.changed', payload: { caseNos } });
      return result;
    },
  };
}
