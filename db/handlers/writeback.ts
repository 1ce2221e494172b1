// writeback.*: preview, apply and undo a meeting's recorded decisions in the ledger. Apply and undo change
// the ledger, so both raise ledger.changed for the cases they touched, after their transaction.
import { WritebackService } from '../services/writeback';
import type { HandlerContext, HandlersFor } from './context';

export function writebackHandlers(ctx: HandlerContext): HandlersFor<'writeback'> {
  const service = () => new WritebackService(ctx.store(), ctx.now);
  return {
    'writeback.preview': ({ meetingId }) => service().preview(meetingId),
    'writeback.apply': ({ meetingId, excludeCaseNos, resolutions }) => {
      const { caseNos, ...result } = service().apply(meetingId, { excludeCaseNos, resolutions });
      if (result.changed > 0) ctx.emit({ name: 'ledger.changed', payload: { caseNos } });
      return result;
    },
    'writeback.undo': ({ applicationId }) => {
      const { caseNos, meetingId: _meetingId, ...result } = service().undo(applicationId);
      if (caseNos.length > 0) ctx.emit({ name: 'ledger.changed', payload: { caseNos } });
      return result;
    },
  };
}
