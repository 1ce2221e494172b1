// Imports agencies' reports from an xlsx/csv file. Every row ends up imported, unchanged (the same
// report is already stored: importing a file twice adds nothing) or rejected with its reason. A returned
// request workbook (an agency's assessment sheet) is recognised here and imported as answers instead.
import { isRequestWorkbook } from '../../shared/assessment/read-returned';
import type { ImportRejection, ReportImportResult } from '../../shared/contract';
import { makeMaskPolicy, type MaskPolicy } from '../../shared/mask/policy';
import { importedReport, type ImportedReport } from '../../shared/meeting/imported-reports';
import { parseReportWorkbook } from '../../shared/meeting/report-parse';
import type { AgencyReportInput } from '../../shared/meeting/types';
import { sameReport } from '../repos/reports';
import type { Store } from '../repos/store';
import { runJob } from '../workers/run-in-worker';
import { importAnswers } from './answer-import';

export const UNKNOWN_CASE_REASON = '台帳にない登録番号です';
export const CONFLICT_REASON =
  '同じ登録番号・報告機関・報告日の報告がすでにあり、内容が異なります（上書きしていません。画面で確認してください）';

export async function importReports(
  store: Store,
  input: { fileName: string; dataBase64: string; dryRun?: boolean; filePassword?: string },
  at: string,
): Promise<ReportImportResult & { caseNos: string[] }> {
  const bytes = Buffer.from(input.dataBase64, 'base64');
  // Read in the file worker; an agency's report file is small, so its grids come back whole.
  const options = { password: input.filePassword };
  const grids = await runJob('readGrids', { fileName: input.fileName, bytes, options });
  // A returned request workbook (アセスメントシートの回答) goes to the answers, matched by its request.
  if (isRequestWorkbook(grids)) return importAnswers(store, grids, input, at);
  const parsed = parseReportWorkbook(grids);
  const rejected: ImportRejection[] = [...parsed.rejected];
  const warnings = [...parsed.warnings];
  const caseNos = new Set<string>();
  let imported = 0;
  let unchanged = 0;
  const listed: ImportedReport[] = [];
  const triage = store.settings.triage();
  // One masking policy per case: a report's free text may name the child or the family.
  const policies = new Map<string, MaskPolicy>();
  const list = (report: AgencyReportInput) => {
    const c = store.cases.get(report.caseNo);
    let policy = policies.get(report.caseNo);
    if (!policy) policies.set(report.caseNo, (policy = makeMaskPolicy({ cases: c ? [c] : [] })));
    listed.push(importedReport(report, c, triage, (text) => policy.scrub(text)));
  };

  const apply = () => {
    // Reports of this file not written (dry run), so a repeated row is still seen as a repeat.
    const pending = new Map<string, AgencyReportInput>();
    const legacy = store.cases.legacySpellings();
    for (const { sheet, row, report: read } of parsed.rows) {
      let report = read;
      let status = store.cases.status(report.caseNo);
      const spellings = legacy.get(report.caseNo);
      if (status === undefined && spellings?.length === 1) {
        // A case stored before numbers were normalized: the report belongs to it, and the user is told.
        report = { ...report, caseNo: spellings[0]! };
        status = store.cases.status(report.caseNo);
        warnings.push({
          sheet,
          row,
          caseNo: read.caseNo,
          message: `台帳の登録番号「${report.caseNo}」（全角・見えない文字・ハイフンの違いのみ）のケースの報告として取り込みます`,
        });
      }
      if (status === undefined) {
        rejected.push({ sheet, row, caseNo: report.caseNo, reason: UNKNOWN_CASE_REASON });
        continue;
      }
      const key = JSON.stringify([report.caseNo, report.agency, report.reportDate]);
      const existing = pending.get(key) ?? store.reports.find(report);
      if (existing) {
        if (sameReport(existing, report)) unchanged++;
        else rejected.push({ sheet, row, caseNo: report.caseNo, reason: CONFLICT_REASON });
        continue;
      }
      if (status === 'closed') {
        warnings.push({ sheet, row, caseNo: report.caseNo, message: '終結したケースの報告です（取り込みました）' });
      }
      if (input.dryRun) pending.set(key, report);
      else store.reports.insert(report, at);
      caseNos.add(report.caseNo);
      list(report);
      imported++;
    }
  };
  if (input.dryRun) apply();
  else store.tx(apply);

  const sheetOrder = new Map(grids.map((g, i) => [g.name, i]));
  rejected.sort((a, b) => (sheetOrder.get(a.sheet) ?? 0) - (sheetOrder.get(b.sheet) ?? 0) || a.row - b.row);
  return { imported, unchanged, rejected, warnings, reports: listed, caseNos: [...caseNos] };
}
