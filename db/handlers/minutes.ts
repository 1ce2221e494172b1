// minutes.*: the minutes model (print view), the exported files and their log. Everything a file says comes
// from buildMinutes (shared/) over minutesInput; every file that leaves the app is logged with its form,
// masking and the operator's name.
import { AppError } from '../../shared/contract';
import { buildMinutes } from '../../shared/meeting/minutes';
import { FILE_PASSWORD_NOT_FOR_PDF } from '../../shared/text/file-password';
import { minutesFile, NO_PDF_MESSAGE, type PrintToPdf } from '../documents/minutes-file';
import { minutesInput } from '../services/minutes-input';
import { runJob } from '../workers/run-in-worker';
import type { HandlerContext, HandlersFor } from './context';

export function minutesHandlers(ctx: HandlerContext, printToPdf?: PrintToPdf): HandlersFor<'minutes'> {
  const model = (meetingId: number, masked: boolean) =>
    buildMinutes(minutesInput(ctx.store(), meetingId, masked, ctx.now()));

  return {
    'minutes.model': ({ meetingId, masked }) => model(meetingId, masked),
    'minutes.export': async ({ meetingId, masked, format, filePassword }) => {
      if (format === 'pdf' && filePassword !== undefined)
        throw new AppError('invalid_input', FILE_PASSWORD_NOT_FOR_PDF);
      if (format === 'pdf' && !printToPdf) throw new AppError('invalid_input', NO_PDF_MESSAGE);
      const built = model(meetingId, masked);
      // Word and Excel are written (board pictures drawn, the password applied) in the file worker; a PDF is
      // printed by the host, which owns the browser that prints it.
      const file =
        format === 'pdf'
          ? await minutesFile(built, format, ctx.now(), printToPdf)
          : await runJob('writeDocument', {
              document: { kind: 'minutes', model: built, format, now: ctx.now() },
              filePassword,
            });
      // Asked again after the await: the session may have locked while the file was being made.
      const store = ctx.store();
      store.minutesExports.add({
        meetingId,
        format,
        masked,
        draft: built.draft,
        fileName: file.fileName,
        operatorName: store.settings.read().operatorName,
        exportedAt: ctx.at(),
      });
      return file;
    },
    'minutes.exports': ({ meetingId }) => {
      const store = ctx.store();
      store.meetings.get(meetingId);
      return { exports: store.minutesExports.list(meetingId) };
    },
  };
}
