// What the 操作ログ records for each contract method. Every method is listed (the type makes a new method
// fail to compile until it is classified), so logging at the backend's one invoke() covers every transport and
// every writer with no handler able to forget it. Reads are not logged; a summary holds 登録番号 and ids only,
// never a name, free text or a passphrase.
import type { MethodInput, MethodName, Settings } from '../contract';
import { meetingFieldLabels } from '../meeting/meeting-edit';
import { fiscalYearLabel } from '../stats/chart-labels';

export const AUDIT_KINDS = ['change', 'export', 'print', 'show', 'unlock', 'lock', 'security'] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

export const AUDIT_KIND_LABELS: Readonly<Record<AuditKind, string>> = {
  change: '変更',
  export: '書き出し',
  print: '印刷',
  show: '投影',
  unlock: 'ロック解除',
  lock: 'ロック',
  security: 'セキュリティ',
};

export interface AuditEntry {
  id: number;
  /** First occurrence (ISO). */
  at: string;
  /** Last occurrence: autosaves of the same thing in a row share one row. */
  lastAt: string;
  count: number;
  actor: string;
  kind: AuditKind;
  action: string;
  summary: string;
  target: string | null;
  ok: boolean;
}

export interface AuditDescription {
  kind: AuditKind;
  summary: string;
  target: string | null;
  /** Saved as the user types (autosave): a run of these by the same person on the same thing is one row. */
  coalesce?: boolean;
}

type Describe<M extends MethodName> = ((input: MethodInput<M>) => AuditDescription | null) | 'read';

/** The settings by the names the screens give them: the log is read by staff, not by developers. */
const SETTING_LABELS: Readonly<Record<keyof Settings, string>> = {
  dateStyle: '日付の表示',
  operatorName: '操作者名',
  timeZone: 'タイムゾーン',
  idleLockMinutes: '自動ロックまでの時間',
  smallCountThreshold: '伏せる件数の基準',
  planReviewMonths: 'サポートプランの見直し間隔',
  ownServices: '独自の家庭支援事業',
  assessmentItems: 'アセスメントシートの項目',
  monthlyReportDays: '月次報告の遅れとみなす日数',
};

const masking = (masked: boolean) => (masked ? 'マスクあり' : 'マスクなし（氏名入り）');
const meeting = (id: number) => `会議#${id}`;
// A plan names a family: the log holds its id and 登録番号 only.
const plan = (id: number) => `サポートプラン#${id}`;
// Only THAT a file was locked is logged, never the password; and a CSV's CP932 (which may lose characters).
const fileOptions = (input: { filePassword?: string; encoding?: string }) =>
  `${input.encoding === 'cp932' ? '、シフトJIS' : ''}${input.filePassword !== undefined ? '、パスワード付き' : ''}`;
const change = (summary: string, target: string | null = null, coalesce = false): AuditDescription => ({
  kind: 'change',
  summary,
  target,
  ...(coalesce ? { coalesce } : {}),
});

export const AUDIT_ACTIONS: { [M in MethodName]: Describe<M> } = {
  'session.status': 'read',
  'session.setup': () => ({ kind: 'security', summary: 'データベースを作成', target: null }),
  'session.unlock': () => ({ kind: 'unlock', summary: 'ロック解除', target: null }),
  'session.lock': (input) => ({ kind: 'lock', summary: LOCK_REASONS[input.reason ?? 'manual'], target: null }),
  'session.changePassphrase': () => ({ kind: 'security', summary: 'パスフレーズを変更', target: null }),
  'settings.get': 'read',
  'settings.update': (input) =>
    change(`設定を変更（${(Object.keys(input) as (keyof Settings)[]).map((k) => SETTING_LABELS[k]).join('、')}）`),
  'ledger.list': 'read',
  'ledger.get': 'read',
  'ledger.create': (input) => change('ケースを登録', input.case.caseNo),
  'ledger.update': (input) => change(`ケースを編集（${Object.keys(input.changes).length}項目）`, input.caseNo),
  'ledger.importPreview': 'read',
  'ledger.importCommit': () => change('台帳を取り込み'),
  'ledger.export': (input) => ({
    kind: 'export',
    summary: input.caseNos
      ? `台帳の表示中の${input.caseNos.length}件を書き出し（${input.format}${fileOptions(input)}）`
      : `台帳全体を書き出し（${input.format}${fileOptions(input)}）`,
    target: null,
  }),
  'agencies.list': 'read',
  'agencies.save': () => change('関係機関を保存'),
  'agencies.remove': (input) => change('関係機関を削除', `機関#${input.id}`),
  'scopeTemplates.list': 'read',
  'scopeTemplates.save': () => change('対象のテンプレートを保存'),
  'scopeTemplates.remove': (input) => change('対象のテンプレートを削除', `テンプレート#${input.id}`),
  'meetings.list': 'read',
  'meetings.get': 'read',
  'meetings.create': () => change('会議を作成'),
  // The fields' labels only (題名・日付…), never their values: a title may name a family.
  'meetings.update': (input) => change(`会議を変更（${meetingFieldLabels(input.changes)}）`, meeting(input.id)),
  'meetings.reopen': (input) => change('終了した会議を再開（理由を記録）', meeting(input.id)),
  'meetings.reopenings': 'read',
  'reports.list': 'read',
  'reports.add': (input) => change('関係機関からの報告を追加', input.report.caseNo),
  'reports.import': (input) => (input.dryRun ? null : change('関係機関からの報告を取り込み')),
  'cases.proposeClosure': (input) => change(input.proposed ? '終結を提案' : '終結の提案を取り下げ', input.caseNo),
  'cases.setPlanReview': (input) => change('サポートプランの見直し時期を変更', input.caseNo),
  'triage.getSettings': 'read',
  'triage.updateSettings': () => change('振り分けの設定を変更'),
  'agenda.suggest': (input) => change('議題を提案', meeting(input.meetingId)),
  'agenda.get': 'read',
  'agenda.move': (input) => change(`議題を移動（${input.caseNo}）`, meeting(input.meetingId)),
  'agenda.updateItem': (input) => change(`事務局案・時間を変更（${input.caseNo}）`, meeting(input.meetingId), true),
  'agenda.bulkDraft': (input) => change(`事務局案を一括変更（${input.caseNos.length}件）`, meeting(input.meetingId)),
  'agenda.addEntry': (input) => change('次第に項目を追加', meeting(input.meetingId)),
  'agenda.updateEntry': (input) => change('次第の項目を変更', meeting(input.meetingId), true),
  'agenda.removeEntry': (input) => change('次第の項目を削除', meeting(input.meetingId)),
  'agenda.moveEntry': (input) => change('次第の順番を変更', meeting(input.meetingId)),
  'agenda.programTemplates': 'read',
  'agenda.saveProgramTemplate': (input) => change(`次第のひな形を変更（${input.kind}）`),
  'handout.export': (input) => ({
    kind: 'export',
    summary: `配布資料を書き出し（Word、${masking(input.masked)}、${input.copies}部${fileOptions(input)}）`,
    target: meeting(input.meetingId),
  }),
  'handout.model': (input) => ({
    kind: 'print',
    summary: `配布資料の印刷画面を開く（${masking(input.masked)}、${input.copies}部）`,
    target: meeting(input.meetingId),
  }),
  'board.get': 'read',
  'board.save': (input) => change('ホワイトボードを保存', input.caseNo, true),
  'board.snapshot': (input) => change('ホワイトボードのスナップショットを作成', input.caseNo),
  'board.snapshotGet': 'read',
  'live.get': 'read',
  'live.command': (input) => change(`会議の進行（${input.command.type}）`, meeting(input.meetingId), true),
  'live.caseBrief': 'read',
  'decisions.save': (input) =>
    change(
      `決定を保存（${input.caseNo}、${input.state === 'draft' ? '下書き' : '確定'}）`,
      meeting(input.meetingId),
      input.state === 'draft',
    ),
  'decisions.confirm': (input) => change(`確認（${input.caseNos.length}件）`, meeting(input.meetingId)),
  'decisions.remove': (input) => change(`決定を取り消し（${input.caseNo}）`, meeting(input.meetingId)),
  'present.view': 'read',
  'present.open': (input) => ({ kind: 'show', summary: '投影画面を開く', target: meeting(input.meetingId) }),
  'minutes.model': (input) => ({
    kind: 'print',
    summary: `議事録の印刷画面を開く（${masking(input.masked)}）`,
    target: meeting(input.meetingId),
  }),
  'minutes.export': (input) => ({
    kind: 'export',
    summary: `議事録を書き出し（${input.format}、${masking(input.masked)}${fileOptions(input)}）`,
    target: meeting(input.meetingId),
  }),
  'minutes.exports': 'read',
  'writeback.preview': 'read',
  'writeback.apply': (input) => change('台帳への反映', meeting(input.meetingId)),
  'writeback.undo': (input) => change('台帳への反映を取り消し', `反映#${input.applicationId}`),
  'audit.list': 'read',
  'audit.export': (input) => ({ kind: 'export', summary: `操作ログを書き出し（${input.format}）`, target: null }),
  // Aggregate figures only (no name, no 登録番号): showing them is a read, like the ledger's list.
  'stats.year': 'read',
  'home.summary': 'read',
  // The year and the form only: the figures themselves are never logged.
  'stats.export': (input) => ({
    kind: 'export',
    summary: `年度実績を書き出し（${fiscalYearLabel(input.fiscalYear)}、${input.format}、${input.hideSmallCounts ? '少ない件数を伏せる' : '件数をすべて表示'}${fileOptions(input)}）`,
    target: null,
  }),
  'plans.list': 'read',
  'plans.get': 'read',
  'plans.reviewsDue': 'read',
  'plans.create': (input) => change('サポートプランを作成', input.plan.caseNo ?? '台帳外の世帯'),
  'plans.saveContent': (input) => change('サポートプランの内容を変更', plan(input.id), true),
  'plans.handOver': (input) => change('サポートプランを手交', plan(input.id)),
  'plans.startMonitoring': (input) => change('サポートプランをモニタリングに', plan(input.id)),
  'plans.beginReview': (input) => change('サポートプランの見直しを開始', plan(input.id)),
  'plans.setReviewDue': (input) => change('サポートプランの見直し時期を変更', plan(input.id)),
  'plans.close': (input) => change('サポートプランを終了', plan(input.id)),
  'services.list': 'read',
  'services.get': 'read',
  'services.summary': 'read',
  'services.create': (input) => change(`家庭支援事業を記録（${input.service}）`, input.caseNo),
  'services.addStep': (input) => change('家庭支援事業の経過を記録', `家庭支援事業#${input.recordId}`),
  'services.setProvider': (input) => change('家庭支援事業の提供事業者を変更', `家庭支援事業#${input.recordId}`),
  'services.removeStep': (input) => change('家庭支援事業の記録を取り消し', `経過#${input.stepId}`),
  'plans.printModel': 'read',
  'plans.export': (input) => ({
    kind: 'export',
    summary: `サポートプランを書き出し（docx${input.version ? `、第${input.version}版` : ''}${fileOptions(input)}）`,
    target: plan(input.id),
  }),
  'monthly.overdue': 'read',
  'joint.overview': 'read',
  'joint.history': 'read',
  'joint.propose': (input) => change('合同ケース会議に提案', input.proposal.caseNo ?? '台帳外の世帯'),
  'joint.accept': (input) => change('提案を名簿に追加', `提案#${input.id}`),
  'joint.decline': (input) => change('提案を見送り', `提案#${input.id}`),
  'joint.add': (input) => change('名簿に追加', input.caseNo),
  'joint.leave': (input) => change('名簿から外す', input.caseNo),
  'joint.export': (input) => ({
    kind: 'export',
    summary: `合同ケース会議の名簿を書き出し（xlsx${fileOptions(input)}）`,
    target: null,
  }),
  'casesheets.forMeeting': 'read',
  'casesheets.forCase': 'read',
  'casesheets.setHearing': (input) =>
    change(`聞き取りを記録（依頼#${input.requestId}、${input.status}）`, input.caseNo),
  'returns.status': 'read',
  'returns.history': 'read',
  'returns.reminder': (input) => ({
    kind: 'export',
    summary: `督促一覧を書き出し（docx${fileOptions(input)}）`,
    target: `依頼#${input.requestId}`,
  }),
  'requests.plan': 'read',
  'requests.list': 'read',
  'requests.questions': 'read',
  'requests.create': (input) =>
    change(`関係機関への依頼を作成（${input.agencies.length}機関）`, input.meetingId ? meeting(input.meetingId) : null),
  'requests.saveQuestion': (input) =>
    change(input.id ? '説明してほしいことを修正' : '説明してほしいことを追加', input.caseNo),
  'requests.deleteQuestion': (input) => change('説明してほしいことを削除', `説明依頼#${input.id}`),
  'requests.exportWorkbook': (input) => ({
    kind: 'export',
    summary: `依頼のアセスメントシートを書き出し（xlsx${fileOptions(input)}）`,
    target: `依頼#${input.requestId}`,
  }),
  'requests.exportLetter': (input) => ({
    kind: 'export',
    summary: `依頼文を書き出し（docx${fileOptions(input)}）`,
    target: `依頼#${input.requestId}`,
  }),
};

export const LOCK_REASONS = {
  manual: 'ロック',
  idle: 'ロック（一定時間操作がなかったため）',
  os: 'ロック（パソコンのロック・スリープ・ユーザー切り替え）',
} as const;
export type LockReason = keyof typeof LOCK_REASONS;

/** What to record for a successful call, or null for a read. */
export function describeCall<M extends MethodName>(method: M, input: MethodInput<M>): AuditDescription | null {
  const describe = AUDIT_ACTIONS[method] as Describe<M>;
  return describe === 'read' ? null : describe(input);
}
