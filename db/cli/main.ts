// `npm run tsunagu -- <command>`: import, export, backup, restore, reports import, agenda and stats from a
// terminal or a script. Imports and export go through the Backend (the same contract as the app);
// backup/restore use db/backup; agenda reads the database directly (it suggests for a meeting that
// has no row, and writes nothing).
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createApi } from '../../shared/api-client';
import { CLI_PROGRAM_NAME } from './unlocked-api';
import { AppError, EXPORT_FORMATS, type Api, type ExportFormat, type ImportReport } from '../../shared/contract';
import { fieldLabel } from '../../shared/ledger/fields';
import { IMPORT_LIMITS, LIMIT_MESSAGES } from '../../shared/ledger/import-limits';
import { undoneExplanation } from '../../shared/ledger/undoes';
import { agendaCommand, reportsImport } from './meeting-commands';
import { meetingsList, writebackCommand } from './writeback-commands';
import { minutesExport } from './minutes-command';
import { statsCommand } from './stats-command';
import { planDocxCommand } from './plan-command';
import { jointListCommand } from './joint-list-command';
import { requestsCommand } from './requests-command';
import { backupDatabase, restoreDatabase } from '../backup';
import { createBackend } from '../backend';
import { ensurePrivateDir, setPrivateUmask, writePrivateFile } from '../files/private-files';
import { checkHistory } from '../migrate';
import { openThrottled } from '../session/unlock-guard';
import { resolveDbPath } from '../paths';
import { HELP, parseArgs, UsageError, type Command } from './args';
import { withFilePassword } from './file-password';
import { obtainNewPassphrase, obtainPassphrase } from './passphrase';
import { problemLines } from './problem-lines';
import { filePasswordFromEnv, warnCp932Loss } from './file-options';
import { FILE_PASSWORD_NOT_FOR_TEXT } from '../../shared/text/file-password';

async function main(argv: string[]): Promise<number> {
  const command = parseArgs(argv);
  if (command.name === 'help') {
    process.stdout.write(HELP);
    return 0;
  }
  const dbPath = resolveDbPath(argv, process.env);
  return run(command, dbPath);
}

async function run(command: Exclude<Command, { name: 'help' }>, dbPath: string): Promise<number> {
  switch (command.name) {
    case 'import':
      return importFile(command, dbPath);
    case 'export':
      return exportTo(command, dbPath);
    case 'backup': {
      const passphrase = await existingPassphrase(dbPath);
      const db = openThrottled(dbPath, { passphrase });
      try {
        checkHistory(db);
        backupDatabase(db, command.out, { passphrase });
      } finally {
        db.close();
      }
      process.stdout.write(`バックアップを作成しました: ${command.out}\n`);
      return 0;
    }
    case 'reports-import':
      return reportsImport(command, await session(dbPath, await existingPassphrase(dbPath)));
    case 'agenda':
      return agendaCommand(command, dbPath, await existingPassphrase(dbPath));
    case 'writeback':
      return writebackCommand(command, await session(dbPath, await existingPassphrase(dbPath)));
    case 'minutes':
      return minutesExport(command, dbPath, await existingPassphrase(dbPath));
    case 'passphrase-change': {
      const current = await existingPassphrase(dbPath);
      const next = await obtainNewPassphrase(process.env);
      const api = await session(dbPath, current);
      const { backupPath } = await api.call('session.changePassphrase', { current, next });
      process.stdout.write(
        `パスフレーズを変更しました。\n変更前のバックアップ: ${backupPath}\n` +
          'このバックアップと、これまでに作ったバックアップは、作ったときのパスフレーズのままです（新しいパスフレーズでは開けません）。\n',
      );
      return 0;
    }
    case 'stats':
      return statsCommand(command, dbPath, await existingPassphrase(dbPath));
    case 'plan-docx':
      return planDocxCommand(command, dbPath, await existingPassphrase(dbPath));
    case 'joint-list':
      return jointListCommand(command, dbPath, await existingPassphrase(dbPath));
    case 'requests':
      return requestsCommand(command, dbPath, await existingPassphrase(dbPath));
    case 'meetings-list':
      return meetingsList(await session(dbPath, await existingPassphrase(dbPath)));
    case 'restore': {
      const passphrase = await obtainPassphrase(process.env, { confirm: false });
      ensurePrivateDir(dirname(dbPath));
      const { safetyCopy } = restoreDatabase(command.input, dbPath, { passphrase });
      if (safetyCopy) process.stdout.write(`復元前のデータベースを保存しました: ${safetyCopy}\n`);
      process.stdout.write(`バックアップから復元しました: ${dbPath}\n`);
      return 0;
    }
  }
}

async function importFile(
  command: { file: string; dryRun: boolean; report: string | null; overwriteNewer: boolean },
  dbPath: string,
): Promise<number> {
  if (!existsSync(command.file)) throw new AppError('not_found', `ファイル「${command.file}」が見つかりません。`);
  // Before reading it: a file past the limit is not loaded at all.
  const size = statSync(command.file).size;
  if (size > IMPORT_LIMITS.fileBytes)
    throw new AppError('unreadable_file', LIMIT_MESSAGES.fileBytes(basename(command.file), size));
  const bytes = readFileSync(command.file);
  // A dry run against a database that does not exist yet compares with an empty, throwaway one.
  const scratch = command.dryRun && !existsSync(dbPath) ? mkdtempSync(join(tmpdir(), 'tsunagu-dry-')) : null;
  try {
    const api = scratch
      ? await session(join(scratch, 'dry-run.db'), randomBytes(24).toString('base64'))
      : await session(dbPath, await obtainPassphrase(process.env, { confirm: !existsSync(dbPath) }));
    const preview = await withFilePassword(process.env, (filePassword) =>
      api.call('ledger.importPreview', {
        fileName: basename(command.file),
        dataBase64: bytes.toString('base64'),
        ...(filePassword ? { filePassword } : {}),
      }),
    );
    const report = command.dryRun
      ? preview.report
      : await api.call('ledger.importCommit', {
          token: preview.token,
          ...(command.overwriteNewer ? { overwriteNewer: 'all' as const } : {}),
        });
    if (command.report) writePrivateFile(command.report, JSON.stringify(reportJson(report), null, 2) + '\n');
    process.stdout.write(summary(report, command.dryRun));
    // Kept changes are, like rejected rows, part of the file that did not go in: a script should notice.
    return report.rejected.length > 0 || (!command.dryRun && report.keptNewer > 0) ? 1 : 0;
  } finally {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}

async function exportTo(command: Extract<Command, { name: 'export' }>, dbPath: string): Promise<number> {
  const { out } = command;
  const format = extname(out).slice(1).toLowerCase();
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new AppError('invalid_input', '書き出し先の拡張子は .xlsx / .csv / .json のどれかにしてください。');
  }
  if (command.filePasswordEnv !== null && format !== 'xlsx')
    throw new AppError('invalid_input', FILE_PASSWORD_NOT_FOR_TEXT);
  if (command.encoding !== null && format !== 'csv')
    throw new AppError('invalid_input', '--encoding は .csv の書き出しでだけ使えます。');
  const filePassword = filePasswordFromEnv(command.filePasswordEnv, process.env);
  const api = await session(dbPath, await existingPassphrase(dbPath));
  if (command.encoding === 'cp932') await warnCp932Loss(api);
  const file = await api.call('ledger.export', {
    format: format as ExportFormat,
    ...(filePassword !== undefined ? { filePassword } : {}),
    ...(command.encoding !== null ? { encoding: command.encoding } : {}),
  });
  writePrivateFile(out, Buffer.from(file.dataBase64, 'base64'));
  const { cases } = await api.call('ledger.list', {});
  process.stdout.write(`${cases.length} 件を書き出しました: ${out}\n`);
  return 0;
}

const openBackends: { close(): void }[] = [];

/** An unlocked Api on `dbPath`, creating the database when it does not exist yet. */
async function session(dbPath: string, passphrase: string): Promise<Api> {
  const backend = createBackend({ dbPath, programName: CLI_PROGRAM_NAME });
  openBackends.push(backend);
  const api = createApi(backend);
  const { state } = await api.call('session.status', {});
  await api.call(state === 'uninitialized' ? 'session.setup' : 'session.unlock', { passphrase });
  return api;
}

async function existingPassphrase(dbPath: string): Promise<string> {
  if (!existsSync(dbPath)) throw new AppError('not_initialized', `データベース「${dbPath}」がありません。`);
  return obtainPassphrase(process.env, { confirm: false });
}

function reportJson(r: ImportReport) {
  return {
    imported: r.imported,
    updated: r.updated,
    unchanged: r.unchanged,
    keptNewer: r.keptNewer,
    rejected: r.rejected.map(({ sheet, row, caseNo, reason }) => ({ sheet, row, caseNo, reason })),
    warnings: r.warnings,
    updates: r.updates,
  };
}

function summary(r: ImportReport, dryRun: boolean): string {
  const lines = [
    dryRun ? '取り込みの確認（書き込みはしていません）' : '取り込みました',
    `  新規 ${r.imported} 件、更新 ${r.updated} 件、変更なし ${r.unchanged} 件`,
    `  取り込めなかった行 ${r.rejected.length} 件、警告 ${r.warnings.length} 件`,
  ];
  if (r.keptNewer > 0) lines.push(...keptLines(r));
  lines.push(...problemLines(r.rejected, r.warnings));
  return lines.join('\n') + '\n';
}

/** The changes kept out because they would undo a newer value, and how to apply them anyway. */
function keptLines(r: ImportReport): string[] {
  const lines = [
    `  台帳の新しい値を残した項目 ${r.keptNewer} 件（ファイルの値の方が古いため。上書きするには --overwrite-newer）`,
  ];
  for (const u of r.updates) {
    for (const ch of u.changes) {
      if (!ch.kept || !ch.undoes) continue;
      lines.push(
        `  = 登録番号 ${u.caseNo} ${fieldLabel(ch.field)}: 「${ch.from ?? ''}」を残す（ファイル: 「${ch.to ?? ''}」。${undoneExplanation(ch.undoes, ch.undoes.at.slice(0, 10))}）`,
      );
    }
  }
  return lines;
}

function fail(err: unknown): number {
  if (err instanceof UsageError) {
    process.stderr.write(`${err.message}\n使い方は --help で表示できます。\n`);
  } else if (err instanceof AppError) {
    process.stderr.write(`エラー: ${err.message}\n`);
  } else {
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`予期しないエラーが発生しました: ${message}\n`);
  }
  if (process.env.TSUNAGU_DEBUG && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
  return 2;
}

// Everything the CLI writes holds case data; files other code creates (Chromium's profile) stay private too.
setPrivateUmask();
main(process.argv.slice(2))
  .catch(fail)
  .then((code) => {
    for (const backend of openBackends) backend.close();
    process.exitCode = code;
  });
