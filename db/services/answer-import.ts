// Imports a returned request workbook (an agency's filled-in アセスメントシート) through reports.import: the
// file is read against the request as sent (shared/assessment/read-returned.ts), then in one transaction each
// case's answer is new, unchanged (identical to the current one: importing twice adds nothing) or replaces
// the current one, which stays as history. A file of an unknown request or of an agency not asked is refused.
import { readReturned, returnedHead } from '../../shared/assessment/read-returned';
import { changedLabels } from '../../shared/assessment/returns-status';
import type { AnswerData, AssessmentRequest, StoredAnswer } from '../../shared/assessment/types';
import { AppError } from '../../shared/contract/errors';
import type { Grid } from '../../shared/ledger/grid';
import { maskedLabel } from '../../shared/meeting/mask';
import type { AnswerImportCase, ReportImportResult } from '../../shared/meeting/report-import';
import type { Store } from '../repos/store';

/** The answer's content, with a stable key order, for comparing a re-send with the current answer. */
function canonical(data: AnswerData): string {
  const sorted = (r: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(r).sort(([a], [b]) => (a < b ? -1 : 1)));
  return JSON.stringify([sorted(data.answers), sorted(data.unread), data.extra, data.filledOn, data.filledBy]);
}

/** The request a file answers, or an AppError the wizard shows at check time. */
export function requestOf(store: Store, grids: readonly Grid[]): AssessmentRequest {
  const head = returnedHead(grids);
  if (!head || head.requestId === null)
    throw new AppError(
      'invalid_input',
      'アセスメントシートの回答ですが、依頼番号が読めません。依頼したときのファイルに記入してください。',
    );
  const request = store.assessments.request(head.requestId);
  if (!request)
    throw new AppError(
      'not_found',
      `依頼番号${head.requestId}の依頼はこのデータベースにありません。別の自治体・別のデータベースの依頼のファイルではないか確認してください。`,
    );
  return request;
}

export function importAnswers(
  store: Store,
  grids: readonly Grid[],
  input: { fileName: string; dryRun?: boolean },
  at: string,
): ReportImportResult & { caseNos: string[] } {
  const request = requestOf(store, grids);
  const read = readReturned(grids, request);
  if (!read.ok) throw new AppError('invalid_input', read.message);
  const by = store.settings.read().operatorName;
  const cases: AnswerImportCase[] = [];
  let imported = 0;
  let replaced = 0;
  let unchanged = 0;
  const apply = () => {
    for (const row of read.rows) {
      const key = { requestId: request.id, agency: read.agency, caseNo: row.caseNo };
      const current: StoredAnswer | null = store.assessments.currentAnswer(key.requestId, key.agency, key.caseNo);
      const c = store.cases.get(row.caseNo);
      const caseLabel = maskedLabel({ caseNo: row.caseNo, kana: c?.kana ?? null });
      if (current && canonical(current) === canonical(row.data)) {
        unchanged++;
        cases.push({ caseNo: row.caseNo, caseLabel, status: 'unchanged', changed: [] });
        continue;
      }
      if (!input.dryRun) store.assessments.saveAnswer(key, row.data, input.fileName, at, by);
      if (current) replaced++;
      else imported++;
      cases.push({
        caseNo: row.caseNo,
        caseLabel,
        status: current ? 'replaced' : 'new',
        changed: current ? changedLabels(request, current, row.data) : [],
      });
    }
  };
  if (input.dryRun) apply();
  else store.tx(apply);
  return {
    imported: imported + replaced,
    unchanged,
    rejected: read.rejected,
    warnings: read.warnings,
    reports: [],
    answers: {
      requestId: request.id,
      meetingId: request.meetingId,
      agency: read.agency,
      imported,
      replaced,
      unchanged,
      cases,
    },
    caseNos: cases.filter((c) => c.status !== 'unchanged').map((c) => c.caseNo),
  };
}
