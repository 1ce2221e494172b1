// An ended meeting in the UI: its status cannot be picked back, its agenda controls are off, and
// 「会議を再開する」 asks for a reason, which the meeting then shows with who and when; the minutes stay in view.
import { emptyCase } from '../../shared/ledger/case';
import { EMPTY_DECISION } from '../../shared/meeting/decision';
import { EMPTY_SCOPE } from '../../shared/meeting/types';
import { test, expect } from './app';
import { openMeetings } from './meeting-steps';
import { callApi, setUpPassphrase } from './steps';

const TITLE = '第8回 実務者会議（再開の確認）';

test('an ended meeting is read-only until reopened with a recorded reason', async ({ app }) => {
  const { page, shot } = app;
  await setUpPassphrase(page);
  // The console runs the 次第: this council's 実務者会議 is its cases only, so the first item is a case.
  await callApi(page, 'agenda.saveProgramTemplate', {
    kind: '実務者会議',
    template: [{ block: 'quick' }, { block: 'deep' }],
  });
  await callApi(page, 'settings.update', { operatorName: '架空 事務局員' });
  await callApi(page, 'ledger.create', {
    case: { ...emptyCase('RO-1'), name: '架空みなと', kana: 'かくう みなと', riskLevel: '重度' },
  });
  const meeting = await callApi<{ id: number }>(page, 'meetings.create', {
    meeting: {
      kind: '実務者会議',
      subcommittee: null,
      title: TITLE,
      date: '2026-11-24',
      startTime: '10:00',
      place: null,
      plannedMinutes: 60,
      facilitator: null,
      invitedAgencies: [],
      invitedPeople: [],
      status: '確定',
      scope: { ...EMPTY_SCOPE, caseNos: ['RO-1'] },
    },
  });
  const meetingId = meeting.id;
  await callApi(page, 'agenda.suggest', { meetingId, allActive: true });
  await callApi(page, 'live.command', { meetingId, command: { type: 'start' } });
  await callApi(page, 'decisions.save', {
    meetingId,
    caseNo: 'RO-1',
    state: 'recorded',
    decision: { ...EMPTY_DECISION, policy: '週1回の家庭訪問' },
  });
  await callApi(page, 'live.command', { meetingId, command: { type: 'end' } });

  await openMeetings(page);
  await expect(page.getByRole('row', { name: new RegExp(TITLE) })).toContainText('終了');
  await page.getByRole('button', { name: TITLE }).click();
  await expect(page.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible();
  // No way to pick an earlier status: the status is shown, not offered.
  await expect(page.getByRole('combobox', { name: '状態' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '議題を提案' })).toBeDisabled();
  await expect(page.getByRole('region', { name: '議事録' })).toBeVisible();
  await shot('ended meeting');

  await page.getByRole('button', { name: '会議を再開する' }).click();
  const dialog = page.getByRole('dialog', { name: '会議を再開する' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: '再開する' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('理由を入力してください。');
  await dialog.getByLabel('理由（必須）').fill('RO-1 の次回確認時期の記録漏れ');
  await shot('reopen dialog');
  await dialog.getByRole('button', { name: '再開する' }).click();
  await expect(dialog).toBeHidden();

  const record = page.getByRole('table', { name: '再開の記録' });
  await expect(record).toContainText('RO-1 の次回確認時期の記録漏れ');
  await expect(record).toContainText('架空 事務局員');
  await expect(page.getByRole('button', { name: '議題を提案' })).toBeEnabled();
  await expect(page.getByRole('region', { name: '議事録' })).toBeVisible();
  await expect(page.getByRole('button', { name: '会議を再開する' })).toHaveCount(0);
  await shot('reopened meeting');
});
