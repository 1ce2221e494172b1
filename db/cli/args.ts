// The CLI's arguments: one command, its operands, and a few flags.
import { MEETING_KINDS, type MeetingKind } from '../../shared/meeting/types';
import { parsePlanDocxArgs, type PlanDocxCommand } from './plan-command';
import { parseStatsArgs, type StatsCommand } from './stats-command';
import { parseJointListArgs, type JointListCommand } from './joint-list-command';
import { parseRequestsArgs, type RequestsCommand } from './requests-command';

export type Command =
  | { name: 'help' }
  | { name: 'import'; file: string; dryRun: boolean; report: string | null; overwriteNewer: boolean }
  | { name: 'export'; out: string; filePasswordEnv: string | null; encoding: 'utf8' | 'cp932' | null }
  | { name: 'backup'; out: string }
  | { name: 'restore'; input: string }
  | { name: 'reports-import'; file: string; report: string | null }
  | { name: 'agenda'; date: string; since: string | null; kind: MeetingKind; allActive: boolean; out: string | null }
  | { name: 'writeback'; meetingId: number; dryRun: boolean; report: string | null }
  | { name: 'meetings-list' }
  | { name: 'minutes'; meetingId: number; out: string; masked: boolean; filePasswordEnv: string | null }
  | { name: 'passphrase-change' }
  | StatsCommand
  | PlanDocxCommand
  | JointListCommand
  | RequestsCommand;

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): Command {
  const operands: string[] = [];
  let dryRun = false;
  let report: string | null = null;
  /** `--meeting ID`, for the after-the-meeting commands. */
  let meeting: string | null = null;
  let masked = false;
  /** import: also apply changes that would undo a newer value set in the app. */
  let overwriteNewer = false;
  /** export / minutes: the NAME of the environment variable holding the file's open password (never the password). */
  let filePasswordEnv: string | null = null;
  let encoding: string | null = null;
  let year: string | null = null;
  /** requests: the 回答期限 of a request the command creates. */
  let due: string | null = null;
  const between = { on: false, agencies: [] as string[] };
  const plan: { id: string | null; version: string | null } = { id: null, version: null };
  const agenda: { date?: string; since?: string; type?: string; out?: string; allActive?: boolean } = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = () => inline ?? valueOf(argv, ++i, flag);
    if (arg === '--help' || arg === '-h') return { name: 'help' };
    else if (arg === '--dry-run') dryRun = true;
    else if (flag === '--report') report = value();
    else if (flag === '--meeting') meeting = value();
    else if (arg === '--masked') masked = true;
    else if (arg === '--overwrite-newer') overwriteNewer = true;
    else if (flag === '--file-password-env') filePasswordEnv = value();
    else if (flag === '--encoding') encoding = value();
    else if (flag === '--year') year = value();
    else if (flag === '--due') due = value();
    else if (arg === '--between') between.on = true;
    else if (flag === '--agency') between.agencies.push(value());
    else if (flag === '--id') plan.id = value();
    else if (flag === '--version') plan.version = value();
    else if (flag === '--date') agenda.date = value();
    else if (flag === '--since') agenda.since = value();
    else if (flag === '--type') agenda.type = value();
    else if (flag === '--out') agenda.out = value();
    else if (arg === '--all-active') agenda.allActive = true;
    else if (arg === '--db')
      valueOf(argv, ++i, '--db'); // read by resolveDbPath
    else if (arg.startsWith('--db=')) continue;
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`不明なオプションです: ${arg}`);
    else operands.push(arg);
  }
  if (encoding !== null && operands[0] !== 'export') throw new UsageError('--encoding は export でだけ使えます。');
  if (encoding !== null && encoding !== 'utf8' && encoding !== 'cp932')
    throw new UsageError(`--encoding には utf8 か cp932 を指定してください: ${encoding}`);
  if (operands[0] === 'plan-docx') {
    const { out, ...others } = agenda;
    const otherOptions = dryRun || report !== null || meeting !== null || masked || overwriteNewer || year !== null;
    return parsePlanDocxArgs(operands, {
      ...plan,
      out,
      filePasswordEnv,
      otherOptions: otherOptions || Object.keys(others).length > 0 || encoding !== null,
    });
  }
  if (plan.id !== null || plan.version !== null)
    throw new UsageError('--id と --version は plan-docx でだけ使えます。');
  if (operands[0] === 'joint-list') {
    const { out, ...others } = agenda;
    const otherOptions = dryRun || report !== null || meeting !== null || masked || overwriteNewer || encoding !== null;
    return parseJointListArgs(operands, {
      out,
      filePasswordEnv,
      otherOptions: otherOptions || year !== null || Object.keys(others).length > 0,
    });
  }
  if (operands[0] === 'requests') {
    const { out, ...others } = agenda;
    const otherOptions = dryRun || report !== null || masked || overwriteNewer || encoding !== null || year !== null;
    return parseRequestsArgs(operands, {
      meeting,
      between: between.on,
      agencies: between.agencies,
      out,
      due,
      filePasswordEnv,
      otherOptions: otherOptions || Object.keys(others).length > 0,
    });
  }
  if (due !== null || between.on || between.agencies.length > 0)
    throw new UsageError('--due・--between・--agency は requests でだけ使えます。');
  if (filePasswordEnv !== null && operands[0] !== 'export' && operands[0] !== 'minutes')
    throw new UsageError('--file-password-env は export・minutes・joint-list・plan-docx・requests でだけ使えます。');
  if (year !== null && operands[0] !== 'stats') throw new UsageError('--year は stats でだけ使えます。');
  if (operands[0] === 'stats') {
    const { out, ...others } = agenda;
    const otherOptions = dryRun || report !== null || meeting !== null || masked || overwriteNewer;
    return parseStatsArgs(operands, { year, out, otherOptions: otherOptions || Object.keys(others).length > 0 });
  }
  if (operands[0] === 'passphrase') return passphraseCommand(operands, { dryRun, report, meeting, masked, agenda });
  if (operands[0] === 'reports') return reportsCommand(operands.slice(1), { dryRun, report, agenda });
  if (operands[0] === 'minutes')
    return minutesCommand(operands, { dryRun, report, meeting, masked, agenda, filePasswordEnv });
  if (masked) throw new UsageError('--masked は minutes でだけ使えます。');
  if (operands[0] === 'writeback' || operands[0] === 'meetings')
    return writebackCommand(operands, { dryRun, report, meeting, agenda });
  const [command, operand, ...rest] = operands;
  if (!command) return { name: 'help' };
  if (command === 'agenda') {
    if (operand !== undefined) throw new UsageError(`余分な引数があります: ${operands.slice(1).join(' ')}`);
    if (dryRun || report) throw new UsageError('--dry-run と --report は agenda では使えません。');
    return agendaCommand(agenda);
  }
  if (Object.keys(agenda).length > 0)
    throw new UsageError('--date / --since / --type / --all-active / --out は agenda でだけ使えます。');
  if (rest.length > 0) throw new UsageError(`余分な引数があります: ${rest.join(' ')}`);
  const need = (what: string) => {
    if (!operand) throw new UsageError(`${command} には${what}を指定してください。`);
    return operand;
  };
  if ((dryRun || report) && command !== 'import')
    throw new UsageError('--dry-run と --report は import でだけ使えます。');
  if (overwriteNewer && command !== 'import') throw new UsageError('--overwrite-newer は import でだけ使えます。');
  switch (command) {
    case 'import':
      return { name: 'import', file: need('取り込むファイル'), dryRun, report, overwriteNewer };
    case 'export':
      return {
        name: 'export',
        out: need('書き出し先のファイル（.xlsx / .csv / .json）'),
        filePasswordEnv,
        encoding: encoding as 'utf8' | 'cp932' | null,
      };
    case 'backup':
      return { name: 'backup', out: need('バックアップ先のファイル') };
    case 'restore':
      return { name: 'restore', input: need('復元するバックアップファイル') };
    default:
      throw new UsageError(`不明なコマンドです: ${command}`);
  }
}

function reportsCommand(
  operands: string[],
  flags: { dryRun: boolean; report: string | null; agenda: object },
): Command {
  const [sub, file, ...rest] = operands;
  if (sub !== 'import')
    throw new UsageError(sub ? `不明なコマンドです: reports ${sub}` : 'reports の後に import を指定してください。');
  if (!file) throw new UsageError('reports import には取り込むファイルを指定してください。');
  if (rest.length > 0) throw new UsageError(`余分な引数があります: ${rest.join(' ')}`);
  if (flags.dryRun) throw new UsageError('--dry-run は reports import では使えません。');
  if (Object.keys(flags.agenda).length > 0)
    throw new UsageError('--date / --since / --type / --all-active / --out は agenda でだけ使えます。');
  return { name: 'reports-import', file, report: flags.report };
}

function writebackCommand(
  operands: string[],
  flags: { dryRun: boolean; report: string | null; meeting: string | null; agenda: object },
): Command {
  if (Object.keys(flags.agenda).length > 0)
    throw new UsageError('--date / --since / --type / --all-active / --out は agenda でだけ使えます。');
  if (operands[0] === 'meetings') {
    if (operands[1] !== 'list')
      throw new UsageError(
        operands[1] ? `不明なコマンドです: meetings ${operands[1]}` : 'meetings の後に list を指定してください。',
      );
    if (operands.length > 2) throw new UsageError(`余分な引数があります: ${operands.slice(2).join(' ')}`);
    if (flags.dryRun || flags.report || flags.meeting !== null)
      throw new UsageError('meetings list にはオプションを指定できません。');
    return { name: 'meetings-list' };
  }
  if (operands.length > 1) throw new UsageError(`余分な引数があります: ${operands.slice(1).join(' ')}`);
  if (flags.meeting === null)
    throw new UsageError(
      'writeback には --meeting 会議のID を指定してください（ID は meetings list で確認できます）。',
    );
  const meetingId = Number(flags.meeting);
  if (!Number.isInteger(meetingId) || meetingId <= 0)
    throw new UsageError(`--meeting には会議のID（正の整数）を指定してください: ${flags.meeting}`);
  return { name: 'writeback', meetingId, dryRun: flags.dryRun, report: flags.report };
}

/** `minutes --meeting ID --out FILE.docx|.xlsx|.pdf [--masked]`: the form is the extension of --out. */
function minutesCommand(
  operands: string[],
  flags: {
    dryRun: boolean;
    report: string | null;
    meeting: string | null;
    masked: boolean;
    agenda: { out?: string };
    filePasswordEnv: string | null;
  },
): Command {
  const { out, ...others } = flags.agenda;
  if (Object.keys(others).length > 0)
    throw new UsageError('--date / --since / --type / --all-active は agenda でだけ使えます。');
  if (flags.dryRun || flags.report) throw new UsageError('--dry-run と --report は minutes では使えません。');
  if (operands.length > 1) throw new UsageError(`余分な引数があります: ${operands.slice(1).join(' ')}`);
  if (flags.meeting === null)
    throw new UsageError('minutes には --meeting 会議のID を指定してください（ID は meetings list で確認できます）。');
  const meetingId = Number(flags.meeting);
  if (!Number.isInteger(meetingId) || meetingId <= 0)
    throw new UsageError(`--meeting には会議のID（正の整数）を指定してください: ${flags.meeting}`);
  if (out === undefined)
    throw new UsageError('minutes には --out 出力ファイル（.docx / .xlsx / .pdf）を指定してください。');
  if (!/\.(docx|xlsx|pdf)$/i.test(out))
    throw new UsageError(`--out の拡張子は .docx / .xlsx / .pdf のどれかにしてください: ${out}`);
  return { name: 'minutes', meetingId, out, masked: flags.masked, filePasswordEnv: flags.filePasswordEnv };
}

/** `passphrase change`: both passphrases come from the environment or prompts, never from arguments. */
function passphraseCommand(
  operands: string[],
  flags: { dryRun: boolean; report: string | null; meeting: string | null; masked: boolean; agenda: object },
): Command {
  if (operands[1] !== 'change')
    throw new UsageError(
      operands[1] ? `不明なコマンドです: passphrase ${operands[1]}` : 'passphrase の後に change を指定してください。',
    );
  if (operands.length > 2)
    throw new UsageError(
      'パスフレーズは引数では渡せません。環境変数（TSUNAGU_PASSPHRASE、TSUNAGU_NEW_PASSPHRASE）か端末での入力を使ってください。',
    );
  if (flags.dryRun || flags.report || flags.meeting !== null || flags.masked || Object.keys(flags.agenda).length > 0) {
    throw new UsageError('passphrase change にはオプションを指定できません。');
  }
  return { name: 'passphrase-change' };
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function isoDay(flag: string, text: string): string {
  const m = ISO_DAY.exec(text);
  const valid =
    m && new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).toISOString().slice(0, 10) === text;
  if (!valid) throw new UsageError(`${flag} は YYYY-MM-DD の形の日付で指定してください: ${text}`);
  return text;
}

function agendaCommand(flags: {
  date?: string;
  since?: string;
  type?: string;
  out?: string;
  allActive?: boolean;
}): Command {
  if (flags.date === undefined) throw new UsageError('agenda には --date YYYY-MM-DD（会議の日）を指定してください。');
  const kind = flags.type ?? '実務者会議';
  if (!(MEETING_KINDS as readonly string[]).includes(kind)) {
    throw new UsageError(`--type は ${MEETING_KINDS.join(' / ')} のどれかにしてください: ${kind}`);
  }
  const date = isoDay('--date', flags.date);
  const since = flags.since === undefined ? null : isoDay('--since', flags.since);
  if (since !== null && since >= date) throw new UsageError('--since は --date より前の日付にしてください。');
  return {
    name: 'agenda',
    date,
    since,
    kind: kind as MeetingKind,
    allActive: flags.allActive ?? false,
    out: flags.out ?? null,
  };
}

function valueOf(argv: readonly string[], i: number, flag: string): string {
  const value = argv[i];
  if (value === undefined || value.startsWith('--')) throw new UsageError(`${flag} の値がありません。`);
  return value;
}

export const HELP = `Tsunagu（つなぐ）進行管理台帳のコマンド

使い方:
  npm run tsunagu -- <コマンド> [オプション]

コマンド:
  import ファイル [--dry-run] [--report 結果.json] [--overwrite-newer]
      台帳（.xlsx / .xlsm / .xls / .ods / .csv）を取り込みます。登録番号が同じケースは更新します。
      会議の反映・手入力・別のファイルの取り込みで台帳に入った新しい値を、ファイルの古い値に
      戻してしまう変更は取り込まず、新しい値を残します（一覧に「新しい値を残す」と表示します）。
      上限: 64MB、10万行、1つのセル 32,767 文字。
      --dry-run          何も書き込まず、取り込んだ場合の結果だけを表示します
      --report           結果を JSON で保存します
                         { "imported", "updated", "unchanged", "keptNewer", "rejected": [...], "warnings": [...],
                           "updates": [ { "caseNo", "changes": [ { "field", "from", "to", "undoes", "kept" } ] } ] }
      --overwrite-newer  新しい値を戻してしまう変更も、ファイルの値で上書きします
  export 出力ファイル [--file-password-env 環境変数名] [--encoding utf8|cp932]
      台帳を書き出します。形式は拡張子で決まります（.xlsx / .csv / .json）。
      --file-password-env  その環境変数の値を .xlsx の読み取りパスワードにします（CSV・JSON には付けられません）
      --encoding           CSV の文字コード（既定: utf8 = BOM 付き UTF-8。cp932 = シフトJIS。
                           シフトJIS にない文字は「?」になるため、そのセルを標準エラー出力に表示します）
  backup 出力ファイル
      データベースの暗号化されたバックアップを作ります。
  restore バックアップファイル
      バックアップからデータベースを復元します（いまのデータベースは置き換わります）。
      置き換える前に、いまのデータベースを backups フォルダに「復元前_日時.db」として保存します。
      完全なバックアップでないもの（空・途中まで・フォルダ・別のパスフレーズ・未知の版）は復元しません。
      アプリやほかのコマンドがデータベースを開いている間は復元しません（終了コード 2）。
  reports import ファイル [--report 結果.json]
      関係機関からの報告（.xlsx / .xls / .ods / .csv、1行に1件）を取り込みます。同じ報告は二重に登録しません。
      列: 登録番号, 報告日, 報告機関, 欠席日数, 連絡のない欠席, 外傷, 家庭状況の変化, 安全スケール, 所見
      --report     結果を JSON で保存します { "imported", "unchanged", "rejected": [...], "warnings": [...] }
  agenda --date 会議の日 [--since 基準日] [--type 会議の種類] [--all-active] [--out 出力.json]
      その日の会議の議題の案（確認／協議の振り分け）を作ります。データベースには何も書き込みません。
      --date        会議の日（YYYY-MM-DD）
      --since       この日より後の変化を「前回から」とみなします（既定: 同じ種類の前回の会議の日）
      --type        会議の種類（既定: 実務者会議）。対象は終結していない要対協登録のケースです
                    （合同ケース会議は名簿のケース。登録区分を問いません）
      --all-active  理由がなくても、終結していない全ケースを載せます
      --out         JSON の出力先（既定: 標準出力）
                    { "items": [ { "caseNo", "group": "quick" | "deep", "reasons": [...], "draft": {...} | null } ] }
  writeback --meeting 会議のID [--dry-run] [--report 結果.json]
      終了した会議の決定（支援方針、主担当機関、次回確認時期、重症度、種別、終結、関係機関）を台帳に反映します。
      反映の前に暗号化されたバックアップをデータベースの隣の backups フォルダに作ります。
      同じ会議をもう一度反映しても、反映済みのケースは変わりません。
      会議の後に台帳で手で直された項目があるケースは反映せず、一覧にします（アプリで値を選んでください）。
      --dry-run    何も書き込まず、反映される変更だけを表示します
      --report     結果を JSON で保存します
                   { "meetingId", "dryRun", "applicationId", "changed", "backupPath", "cases": [...], "leftOut": [...] }
  minutes --meeting 会議のID --out 出力ファイル [--masked] [--file-password-env 環境変数名]
      会議の議事録を書き出します。形式は拡張子で決まります（.docx / .xlsx / .pdf）。
      会議が終了していなければ「議事録（案）」になります。書き出しは会議ごとに記録されます。
      .pdf は Chromium で印刷します（/usr/bin/chromium、または環境変数 CHROMIUM_PATH）。
      --masked     氏名を伏せ、登録番号とふりがなのイニシャル（ふりがながなければ登録番号のみ）で表示します
      --file-password-env  その環境変数の値を .docx / .xlsx の読み取りパスワードにします
  stats --year 年度 [--out 出力.json]
      その年度（4月〜翌年3月）の実績を集計します。氏名・登録番号は含みません。
      --year  年度を西暦の4桁で指定します（2024 = 2024年4月1日〜2025年3月31日）
      --out   JSON の出力先（既定: 標準出力）
              { "fiscalYear", "from", "to", "newRegistrations", "closures", "openAtYearEnd", "meetings",
                "months" }（数え方は docs/architecture.md「年度実績」）
  plan-docx --id サポートプランの番号 --out 出力.docx [--version 版] [--file-password-env 環境変数名]
      ご家庭に渡すサポートプラン（様式例の形、同意欄と署名欄つき）を Word で書き出します。
      --version  書き出す版（既定: 最新の版）。手交した版は手交したときのまま書き出します
  joint-list --out 出力.xlsx [--file-password-env 環境変数名]
      合同ケース会議の名簿（登録番号、氏名、登録区分、提案、直近の会議の判定・方針、サポートプラン）を
      書き出します。取扱注意のファイルです。
      --file-password-env  その環境変数の値を .xlsx の読み取りパスワードにします
  requests --meeting 会議のID --out 出力先フォルダ [--due YYYY-MM-DD] [--file-password-env 環境変数名]
      会議の前に関係機関へ送るアセスメントシート（.xlsx）と依頼文（.docx）を機関ごとに書き出します。
      会議の最新の依頼を使います。依頼がまだなければ、対象のケースの所属・主担当機関・関係機関への
      依頼を作成します。ファイル名は「依頼番号_機関名_アセスメントシート.xlsx」「…_依頼文.docx」です。
      --due  作成する依頼の回答期限（既定: 会議の7日前、ただし今日より前にはしません）
      --file-password-env  その環境変数の値を各ファイルの読み取りパスワードにします
  requests --between --agency 機関名 [--agency 機関名 …] --out 出力先フォルダ [--due YYYY-MM-DD]
      会議の間の依頼を作成し、指定した機関ごとに同じ2つのファイルを書き出します（実行のたびに新しい依頼）。
      対象は、その機関が所属・主担当機関・関係機関になっている終結していないケースです。
  meetings list
      会議の一覧（ID、日付、開始時刻、状態、会議名）を表示します。
  passphrase change
      データベースのパスフレーズを変更します（暗号化をかけ直します）。いまのパスフレーズは環境変数
      TSUNAGU_PASSPHRASE、新しいパスフレーズは TSUNAGU_NEW_PASSPHRASE、なければ端末で入力します。
      新しいパスフレーズは12文字以上で、同じ文字のくり返しや連続した文字、よく使われる言葉は使えません。
      変更の前に、いまのパスフレーズのままのバックアップを backups フォルダに作ります。
      これまでに作ったバックアップも、作ったときのパスフレーズのままです（新しいパスフレーズでは開けません）。

共通のオプション:
  --db パス      使うデータベースファイル（既定: 環境変数 TSUNAGU_DB、なければアプリと同じ場所）
  --help         この説明を表示します

パスフレーズ:
  環境変数 TSUNAGU_PASSPHRASE、なければ端末で入力します（入力した文字は表示されません）。
  データベースがまだない場合、import はそのパスフレーズで新しく作成します。
  パスフレーズを続けて間違えると、次に入力できるまでの待ち時間が長くなります（アプリと共通）。

パスワード付きのファイル（import と reports import）:
  読み取りパスワードは環境変数 TSUNAGU_FILE_PASSWORD、なければ端末で入力します（引数では渡せません）。
  パスワードがない・違うときは何も書き込まずに終了します（終了コード 2）。

終了コード:
  0  成功
  1  取り込めなかった行がある（ほかの行は取り込み済み。import と reports import）
     台帳の新しい値を残した項目がある（--overwrite-newer なしの import）
     反映しなかったケースがある（ほかのケースは反映済み。writeback）
  2  エラー（理由を標準エラー出力に表示します）
`;
