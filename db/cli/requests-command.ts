// The CLI's `requests --meeting ID --out DIR [--due YYYY-MM-DD] [--file-password-env NAME]`: each agency's
// assessment workbook and 依頼文 for a meeting, through the same calls as the screen (requests.*), so the files,
// the 操作ログ rows and the request itself are the screen's. The meeting's latest request is used; a meeting
// with none gets one made from requests.plan (every proposed agency with every proposed case). Nothing is
// asked on the terminal: it runs unattended. `--between --agency NAME…` makes a request between meetings to
// the named agencies about all their open cases (a new request on every run).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { agencyKey } from '../../shared/assessment/request-plan';
import { AppError } from '../../shared/contract';
import type { PlanAgencyView } from '../../shared/contract/requests';
import { isoDate } from '../../shared/ledger/case';
import { withUnlockedApi } from './unlocked-api';
import { writePrivateFile } from '../files/private-files';
import { UsageError } from './args';
import { filePasswordFromEnv } from './file-options';

export interface RequestsCommand {
  name: 'requests';
  /** null: a request between meetings (--between) to `agencies`. */
  meetingId: number | null;
  agencies: string[];
  outDir: string;
  due: string | null;
  filePasswordEnv: string | null;
}

export function parseRequestsArgs(
  operands: readonly string[],
  flags: {
    meeting: string | null;
    between: boolean;
    agencies: string[];
    out: string | undefined;
    due: string | null;
    filePasswordEnv: string | null;
    otherOptions: boolean;
  },
): RequestsCommand {
  if (operands.length > 1) throw new UsageError(`余分な引数があります: ${operands.slice(1).join(' ')}`);
  if (flags.otherOptions)
    throw new UsageError(
      'requests で使えるオプションは --meeting（または --between と --agency）、--out、--due、--file-password-env だけです。',
    );
  if (flags.between) {
    if (flags.meeting !== null) throw new UsageError('--meeting と --between は一緒に使えません。');
    if (flags.agencies.length === 0)
      throw new UsageError('--between には --agency 機関名 を一つ以上指定してください。');
  } else {
    if (flags.agencies.length > 0) throw new UsageError('--agency は --between と一緒に使います。');
    if (flags.meeting === null || !/^[1-9]\d*$/.test(flags.meeting))
      throw new UsageError(
        'requests には --meeting 会議のID を指定してください（ID は meetings list で確かめられます）。',
      );
  }
  if (flags.out === undefined) throw new UsageError('requests には --out 出力先のフォルダ を指定してください。');
  if (flags.due !== null && !isoDate.safeParse(flags.due).success)
    throw new UsageError(`--due は YYYY-MM-DD の日付で指定してください: ${flags.due}`);
  return {
    name: 'requests',
    meetingId: flags.between ? null : Number(flags.meeting),
    agencies: flags.agencies,
    outDir: flags.out,
    due: flags.due,
    filePasswordEnv: flags.filePasswordEnv,
  };
}

export async function requestsCommand(
  command: RequestsCommand,
  dbPath: string,
  passphrase: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  // Before opening anything: a missing password variable writes nothing.
  const filePassword = filePasswordFromEnv(command.filePasswordEnv, env);
  return withUnlockedApi(dbPath, passphrase, async (api) => {
    const meetingId = command.meetingId;
    // Between meetings every run is a new request; a meeting's request is made once and written again after.
    let requestId = meetingId === null ? undefined : (await api.call('requests.list', { meetingId })).requests[0]?.id;
    if (requestId === undefined) {
      const plan = await api.call('requests.plan', { meetingId });
      const agencies = meetingId === null ? chosenAgencies(plan.agencies, command.agencies) : plan.agencies;
      if (agencies.length === 0) {
        process.stderr.write(
          'この会議で依頼できる機関がありません（対象のケースに所属・主担当機関・関係機関がありません）。\n',
        );
        return 1;
      }
      const dueDate = command.due ?? plan.suggestedDue;
      const { request } = await api.call('requests.create', {
        meetingId,
        dueDate,
        agencies: agencies.map((a) => ({ agency: a.agency, caseNos: a.cases.map((c) => c.caseNo) })),
      });
      requestId = request.id;
      process.stdout.write(`依頼番号 ${requestId} を作成しました（回答期限 ${dueDate}、${agencies.length}機関）。\n`);
    } else {
      process.stdout.write(`会議の依頼番号 ${requestId} のファイルを書き出します。\n`);
      if (command.due !== null) process.stdout.write('（依頼は作成済みのため --due は使いませんでした）\n');
    }
    const summary = (await api.call('requests.list', { meetingId })).requests.find((r) => r.id === requestId)!;
    mkdirSync(command.outDir, { recursive: true, mode: 0o700 });
    const options = filePassword !== undefined ? { filePassword } : {};
    for (const { agency, caseCount } of summary.agencies) {
      for (const method of ['requests.exportWorkbook', 'requests.exportLetter'] as const) {
        const file = await api.call(method, { requestId, agency, ...options });
        const path = join(command.outDir, file.fileName);
        writePrivateFile(path, Buffer.from(file.dataBase64, 'base64'));
        process.stdout.write(`${agency}（${caseCount}件）: ${path}\n`);
      }
    }
    if (filePassword !== undefined) process.stdout.write('どのファイルにも読み取りパスワードを付けました。\n');
    return 0;
  });
}

/** The plan's agencies named by --agency (compared as the plan compares them); a name with no open case is an error. */
function chosenAgencies(planned: readonly PlanAgencyView[], names: readonly string[]): PlanAgencyView[] {
  return names.map((name) => {
    const found = planned.find((a) => agencyKey(a.agency) === agencyKey(name));
    if (!found)
      throw new AppError(
        'invalid_input',
        `「${name}」が所属・主担当機関・関係機関になっている終結していないケースはありません。`,
      );
    return found;
  });
}
