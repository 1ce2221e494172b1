// requests.*: requests to agencies, the questions for the meeting and each agency's two files. Every change
// runs in one transaction and tells the windows through assessments.changed; the files are small (one
// agency's cases), so they are written here, not in the file worker, and locked like every export.
import { AppError } from '../../shared/contract';
import { dayInZone } from '../../shared/time/zone';
import { DOCX_MIME } from '../documents/docx-parts';
import { XLSX_MIME } from '../documents/minutes-xlsx';
import { writeRequestLetter } from '../documents/request-letter-docx';
import { writeRequestWorkbook } from '../documents/request-xlsx';
import { lockExportedFile } from '../files/encrypt-office';
import type { Store } from '../repos/store';
import { createRequest, letterData, planView, requestFileName, summaries, workbookData } from '../services/requests';
import type { HandlerContext, HandlersFor } from './context';

export function requestsHandlers(ctx: HandlerContext): HandlersFor<'requests'> {
  const today = (store: Store) => dayInZone(ctx.now(), store.settings.read().timeZone);
  const by = (store: Store) => store.settings.read().operatorName;
  const changed = (meetingId: number | null) => ctx.emit({ name: 'assessments.changed', payload: { meetingId } });

  return {
    'requests.plan': ({ meetingId }) => {
      const store = ctx.store();
      return planView(store, meetingId, today(store));
    },
    'requests.create': (input) =>
      ctx.tx((store) => {
        const request = createRequest(store, input, ctx.at(), by(store));
        changed(request.meetingId);
        return { request };
      }),
    'requests.list': ({ meetingId }) => ({ requests: summaries(ctx.store(), meetingId) }),
    'requests.questions': ({ meetingId }) => ({ questions: ctx.store().assessments.questions(meetingId) }),
    'requests.saveQuestion': (input) =>
      ctx.tx((store) => {
        store.meetings.get(input.meetingId);
        const caseNo = store.cases.storedCaseNo(input.caseNo);
        if (!store.cases.get(caseNo)) throw new AppError('not_found', `${input.caseNo} は台帳にありません。`);
        const question = store.assessments.saveQuestion({ ...input, caseNo }, ctx.at(), by(store));
        if (!question)
          throw new AppError('not_found', '説明してほしいことが見つかりません。一覧を開き直してください。');
        changed(input.meetingId);
        return { question };
      }),
    'requests.deleteQuestion': ({ id }) =>
      ctx.tx((store) => {
        const question = store.assessments.question(id);
        if (!question || !store.assessments.deleteQuestion(id))
          throw new AppError('not_found', '説明してほしいことが見つかりません。一覧を開き直してください。');
        changed(question.meetingId);
        return { ok: true as const };
      }),
    'requests.exportWorkbook': async ({ requestId, agency, filePassword }) => {
      const data = workbookData(ctx.store(), requestId, agency);
      const bytes = await writeRequestWorkbook(data, ctx.now());
      return lockExportedFile(
        {
          fileName: requestFileName(requestId, data.agency, 'アセスメントシート'),
          mimeType: XLSX_MIME,
          dataBase64: bytes.toString('base64'),
        },
        filePassword,
      );
    },
    'requests.exportLetter': async ({ requestId, agency, filePassword }) => {
      const store = ctx.store();
      const data = letterData(store, requestId, agency, today(store));
      const bytes = await writeRequestLetter(data);
      return lockExportedFile(
        {
          fileName: requestFileName(requestId, data.agency, '依頼文'),
          mimeType: DOCX_MIME,
          dataBase64: bytes.toString('base64'),
        },
        filePassword,
      );
    },
  };
}
