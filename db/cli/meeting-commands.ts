// The CLI's meeting commands: `reports import FILE [--report OUT.json]` and
// `agenda --date … [--since …] [--type …] [--all-active] [--out OUT.json]`.
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { AppError, type Api, type ReportImportResult } from '../../shared/contract';
import { EMPTY_SCOPE, GROUPS, type MeetingKind } from '../../shared/meeting/types';
import { writePrivateFile } from '../files/private-files';
import { computeSuggestion } from '../services/agenda';
import { createStore } from '../repos/store';
import { migrate } from '../migrate';
import { openThrottled } from '../session/unlock-guard';
import { withFilePassword } from './file-password';
import { answerLines, problemLines } from './problem-lines';

const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

/** Exit 0 when every row was imported or already there, 1 when some were rejected. */
export async function reportsImport(command: { file: string; report: string | null }, api: Api): Promise<number> {
  if (!existsSync(command.file)) throw new AppError('not_found', `ファイル「${command.file}」が見つかりません。`);
  const bytes = readFileSync(command.file);
  if (bytes.length > MAX_IMPORT_BYTES) throw new AppError('invalid_input', 'ファイルが大きすぎます（64MB まで）。');
  const result = await withFilePassword(process.env, (filePassword) =>
    api.call('reports.import', {
      fileName: basename(command.file),
      dataBase64: bytes.toString('base64'),
      ...(filePassword ? { filePassword } : {}),
    }),
  );
  if (command.report) writePrivateFile(command.report, JSON.stringify(reportJson(result), null, 2) + '\n');
  process.stdout.write(summary(result));
  return result.rejected.length > 0 ? 1 : 0;
}

function reportJson(r: ReportImportResult) {
  return {
    imported: r.imported,
    unchanged: r.unchanged,
    rejected: r.rejected.map(({ sheet, row, caseNo, reason }) => ({ sheet, row, caseNo, reason })),
    warnings: r.warnings,
    ...(r.answers ? { answers: r.answers } : {}),
  };
}

function summary(r: ReportImportResult): string {
  const lines = [
    ...(r.answers
      ? answerLines(r.answers)
      : ['関係機関からの報告を取り込みました', `  新規 ${r.imported} 件、登録済み ${r.unchanged} 件`]),
    `  取り込めなかった行 ${r.rejected.length} 件、警告 ${r.warnings.length} 件`,
  ];
  lines.push(...problemLines(r.rejected, r.warnings));
  return lines.join('\n') + '\n';
}

/**
 * The suggestion for an ad-hoc meeting of `kind` on `date` covering every active case, counted from
 * --since or the last meeting of that kind. The database is only brought up to date, never given a
 * meeting or an agenda.
 */
export async function agendaCommand(
  command: { date: string; since: string | null; kind: MeetingKind; allActive: boolean; out: string | null },
  dbPath: string,
  passphrase: string,
): Promise<number> {
  const db = openThrottled(dbPath, { passphrase });
  try {
    migrate(db);
    const meeting = { kind: command.kind, subcommittee: null, date: command.date, scope: EMPTY_SCOPE };
    const { since, items } = computeSuggestion(createStore(db), meeting, {
      ...(command.since !== null ? { since: command.since } : {}),
      allActive: command.allActive,
    });
    // Agenda order, as the board shows it: 確認, then 協議 danger first (the suggestion's order), then 保留.
    const inOrder = [...items].sort((a, b) => GROUPS.indexOf(a.group) - GROUPS.indexOf(b.group) || a.order - b.order);
    const json =
      JSON.stringify(
        {
          items: inOrder.map((item) => ({
            caseNo: item.caseNo,
            group: item.group,
            reasons: item.reasons,
            draft: item.draft,
          })),
        },
        null,
        2,
      ) + '\n';
    if (command.out === null) {
      process.stdout.write(json);
    } else {
      writePrivateFile(command.out, json);
      const quick = items.filter((i) => i.group === 'quick').length;
      process.stdout.write(
        `議題の案（${command.kind} ${command.date}、${since === null ? '前回の会議なし' : `${since} より後の変化`}）: ` +
          `確認 ${quick} 件、協議 ${items.length - quick} 件: ${command.out}\n`,
      );
    }
    return 0;
  } finally {
    db.close();
  }
}
