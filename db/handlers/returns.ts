// returns.*: 回収状況. Reads only (answers come in through reports.import); the reminder list is a small DOCX
// written here and locked with the open password like every export.
import { reminderDocxFile } from '../documents/reminder-docx';
import { lockExportedFile } from '../files/encrypt-office';
import { reminderData, returnsHistory, returnsStatus, todayOf } from '../services/returns';
import type { HandlerContext, HandlersFor } from './context';

export function returnsHandlers(ctx: HandlerContext): HandlersFor<'returns'> {
  return {
    'returns.status': ({ meetingId }) => {
      const store = ctx.store();
      const today = todayOf(store, ctx.now());
      return { today, requests: returnsStatus(store, meetingId, today) };
    },
    'returns.history': (input) => ({ entries: returnsHistory(ctx.store(), input) }),
    'returns.reminder': async ({ requestId, filePassword }) => {
      const store = ctx.store();
      const data = reminderData(store, requestId, todayOf(store, ctx.now()));
      return lockExportedFile(await reminderDocxFile(data), filePassword);
    },
  };
}
