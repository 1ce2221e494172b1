// The CLI's after-the-meeting commands: `writeback --meeting ID [--dry-run] [--report OUT.json]` and
// `meetings list`. A terminal cannot ask which value to keep, so a case with a conflict (a hand edit
// after the decision) is left out, listed, and the exit code is 1: settle it in the app's 「台帳への反映」.
import type { Api } from '../../shared/contract';
import type { WritebackCasePlan } from '../../shared/meeting/writeback';
import { writePrivateFile } from '../files/private-files';

export async function writebackCommand(
  command: { meetingId: number; dryRun: boolean; report: string | null },
  api: Api,
): Promise<number> {
  const { meetingId, dryRun } = command;
  const meeting = await api.call('meetings.get', { id: meetingId });
  const preview = await api.call('writeback.preview', { meetingId });
  const conflicted = preview.cases.filter((c) => c.conflicts.length > 0);
  const clean = preview.cases.filter((c) => c.conflicts.length === 0);
  const applied =
    dryRun || clean.length === 0
      ? null
      : await api.call('writeback.apply', {
          meetingId,
          excludeCaseNos: conflicted.map((c) => c.caseNo),
          resolutions: [],
        });
  if (command.report) {
    const json = {
      meetingId,
      title: meeting.title,
      date: meeting.date,
      dryRun,
      applicationId: applied?.applicationId ?? null,
      changed: applied?.changed ?? 0,
      backupPath: applied?.backupPath ?? null,
      cases: clean.map(caseJson),
      leftOut: conflicted.map(caseJson),
    };
    writePrivateFile(command.report, JSON.stringify(json, null, 2) + '\n');
  }
  const lines = [
    `${meeting.title}（${meeting.date}、会議#${meetingId}）`,
    dryRun
      ? '台帳への反映の確認（書き込みはしていません）'
      : applied
        ? '台帳に反映しました'
        : '反映する変更はありません',
  ];
  if (applied)
    lines.push(`  変更 ${applied.changed} 項目（${clean.length} 件）`, `  反映前のバックアップ: ${applied.backupPath}`);
  if (dryRun) {
    lines.push(`  反映できるケース ${clean.length} 件`);
    for (const c of clean)
      lines.push(
        `  ${c.label}: ${c.changes.map((x) => `${x.label} ${x.oldValue ?? '（なし）'} → ${x.newValue ?? '（なし）'}`).join('、')}`,
      );
  }
  if (conflicted.length > 0) {
    lines.push(
      `  会議の後に台帳が変更されたため反映${dryRun ? 'できない' : 'しなかった'}ケース ${conflicted.length} 件（アプリの「台帳への反映」でどちらの値にするか選んでください）`,
    );
    for (const c of conflicted) {
      lines.push(
        `  ${c.label}: ${c.conflicts.map((x) => `${x.label}（台帳: ${x.ledgerValue ?? 'なし'}／会議: ${x.meetingValue ?? 'なし'}）`).join('、')}`,
      );
    }
  }
  process.stdout.write(lines.join('\n') + '\n');
  return conflicted.length > 0 ? 1 : 0;
}

function caseJson(c: WritebackCasePlan) {
  return { caseNo: c.caseNo, label: c.label, changes: c.changes, conflicts: c.conflicts };
}

/** One line per meeting, newest first: id, date, status, title. */
export async function meetingsList(api: Api): Promise<number> {
  const { meetings } = await api.call('meetings.list', {});
  if (meetings.length === 0) {
    process.stdout.write('会議はまだありません。\n');
    return 0;
  }
  const lines = ['ID\t日付\t開始\t状態\t会議名'];
  for (const m of meetings) lines.push(`${m.id}\t${m.date}\t${m.startTime}\t${m.status}\t${m.title}`);
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
}
