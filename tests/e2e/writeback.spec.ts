// 台帳への反映 in Chromium: a short meeting run and ended through the host's API, a hand edit after the
// decision (a conflict), the preview per case, the conflict settled, apply, the history rows in the
// ledger's case panel, applying again (no change), and undo. Screenshots in tests/artifacts.
import type { Page } from '@playwright/test';
import { EMPTY_DECISION } from '../../shared/meeting/decision';
import { EMPTY_SCOPE } from '../../shared/meeting/types';
import { test, expect } from './app';
import { openMeetings } from './meeting-steps';
import { callApi, setUpPassphrase } from './steps';

const TITLE = '架空市 実務者会議 6月';

function fakeCase(caseNo: string, kana: string) {
  return {
    caseNo,
    classification: '要支援児童',
    name: `架空　${caseNo}`,
    kana,
    birthDate: '2018-05-05',
    dueDate: null,
    sex: null,
    guardianName: null,
    guardianRelation: null,
    district: null,
    affiliation: null,
    abuseTypes: [],
    riskLevel: '軽度',
    leadAgency: 'こども家庭センター',
    agencies: ['小学校'],
    receivedDate: null,
    registeredDate: '2024-01-10',
    policy: '見守り',
    nextReview: '2025-06',
    status: 'active',
    closedDate: null,
    closedReason: null,
    extra: {},
  };
}

/** Three cases, a meeting deciding all three, ended; then a hand edit of WB-1's 支援方針 after the decision. */
async function endedMeetingWithHandEdit(page: Page): Promise<number> {
  await callApi(page, 'ledger.create', { case: fakeCase('WB-1', 'かくう はるか') });
  await callApi(page, 'ledger.create', { case: fakeCase('WB-2', 'かめい そうた') });
  await callApi(page, 'ledger.create', { case: fakeCase('WB-3', 'かくう みお') });
  const meeting = await callApi<{ id: number }>(page, 'meetings.create', {
    meeting: {
      kind: '実務者会議',
      subcommittee: null,
      title: TITLE,
      date: '2025-06-10',
      startTime: '14:00',
      place: '会議室A',
      plannedMinutes: 60,
      facilitator: null,
      invitedAgencies: [],
      invitedPeople: [],
      status: '確定',
      scope: { ...EMPTY_SCOPE, caseNos: ['WB-1', 'WB-2', 'WB-3'] },
    },
  });
  const meetingId = meeting.id;
  await callApi(page, 'agenda.suggest', { meetingId, allActive: true });
  await callApi(page, 'live.command', { meetingId, command: { type: 'start' } });
  const decide = (caseNo: string, decision: object) =>
    callApi(page, 'decisions.save', {
      meetingId,
      caseNo,
      state: 'recorded',
      decision: { ...EMPTY_DECISION, ...decision },
    });
  await decide('WB-1', { policy: '週1回の家庭訪問', riskLevel: '中度' });
  await decide('WB-2', { nextReview: '2025-09', roles: [{ agency: '保育所', task: '送迎時の様子を確認', due: null }] });
  await decide('WB-3', { closure: { date: '2025-06-10', reason: '転出（架空）' } });
  await callApi(page, 'live.command', { meetingId, command: { type: 'end' } });
  // History timestamps have millisecond resolution: make sure the edit is strictly after the decision.
  await page.waitForTimeout(20);
  await callApi(page, 'ledger.update', { caseNo: 'WB-1', changes: { policy: '電話で様子を確認（手で修正）' } });
  return meetingId;
}

async function openMeeting(page: Page): Promise<void> {
  await openMeetings(page);
  await page.getByRole('table', { name: '会議一覧' }).getByRole('button', { name: TITLE }).click();
  await expect(page.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible();
}

test('writes the decisions back: preview, conflict, apply, history, again, undo', async ({ app }) => {
  const { page, shot } = app;
  await setUpPassphrase(page);
  // The console runs the 次第: this council's 実務者会議 is its cases only, so the first item is a case.
  await callApi(page, 'agenda.saveProgramTemplate', {
    kind: '実務者会議',
    template: [{ block: 'quick' }, { block: 'deep' }],
  });
  await endedMeetingWithHandEdit(page);
  await openMeeting(page);

  const panel = page.getByRole('region', { name: '台帳への反映' });
  await panel.scrollIntoViewIfNeeded();
  const wb1 = panel.getByRole('table', { name: 'WB-1 K.H. の変更' });
  await expect(wb1.getByRole('row', { name: /重症度/ })).toContainText('軽度');
  await expect(wb1.getByRole('row', { name: /重症度/ })).toContainText('中度');
  const conflictRow = wb1.getByRole('row', { name: /支援方針/ });
  await expect(conflictRow).toContainText('会議の後に台帳で変更');
  await expect(conflictRow).toContainText('電話で様子を確認（手で修正）');
  await expect(conflictRow).toContainText('週1回の家庭訪問');
  const wb2 = panel.getByRole('table', { name: 'WB-2 K.S. の変更' });
  await expect(wb2.getByRole('row', { name: /関係機関/ })).toContainText('小学校、保育所');
  await expect(wb2.getByRole('row', { name: /次回確認時期/ })).toContainText('令和7年9月');
  const wb3 = panel.getByRole('table', { name: 'WB-3 K.M. の変更' });
  await expect(wb3.getByRole('row', { name: /状態/ })).toContainText('終結');
  await shot('反映のプレビュー（競合あり）');

  // Applying with the conflict unsettled is refused, in Japanese, and nothing is written.
  const applyButton = panel.getByRole('button', { name: /台帳に反映する/ });
  await applyButton.click();
  await expect(panel.getByRole('alert')).toContainText('支援方針');
  await shot('未選択の競合で反映できない');

  await conflictRow.getByRole('radio', { name: '会議の決定にする' }).check();
  await expect(applyButton).toHaveText('台帳に反映する（3 件）');
  await applyButton.click();
  await expect(panel.getByRole('status').filter({ hasText: '項目を台帳に反映しました' })).toContainText('7 項目');
  await expect(panel.getByText('台帳に反映する変更はありません（反映済みです）。')).toBeVisible();
  const record = panel.getByRole('listitem').filter({ hasText: '3 件・7 項目' });
  await expect(record).toBeVisible();
  await record.getByText('反映した内容').click();
  await expect(record).toContainText('WB-1 支援方針: 電話で様子を確認（手で修正） → 週1回の家庭訪問');
  await shot('反映後（反映の記録）');

  // The ledger's case panel shows the history rows from the meeting.
  await page.getByRole('navigation', { name: '画面の切り替え' }).getByRole('button', { name: '台帳' }).click();
  await page.getByRole('grid', { name: 'ケース一覧' }).getByRole('row').filter({ hasText: 'WB-1' }).click();
  const detail = page.getByRole('complementary', { name: 'ケース詳細 WB-1' });
  const history = detail.getByRole('region', { name: '変更履歴' });
  await history.scrollIntoViewIfNeeded();
  const meetingRows = history.getByRole('listitem').filter({ hasText: '会議' });
  await expect(meetingRows).toHaveCount(2);
  await expect(meetingRows.filter({ hasText: '支援方針' })).toContainText('週1回の家庭訪問');
  await expect(meetingRows.filter({ hasText: '重症度' })).toContainText('中度');
  await shot('台帳の変更履歴（会議）');

  // Applying again changes nothing.
  const meetingId = (
    await callApi<{ meetings: { id: number; title: string }[] }>(page, 'meetings.list', {})
  ).meetings.find((m) => m.title === TITLE)!.id;
  const again = await callApi<{ changed: number }>(page, 'writeback.apply', {
    meetingId,
    excludeCaseNos: [],
    resolutions: [],
  });
  expect(again.changed).toBe(0);

  // Undo from the meeting's panel: the ledger is back, the record says when it was undone.
  await openMeeting(page);
  await panel.scrollIntoViewIfNeeded();
  const applied = panel.getByRole('listitem').filter({ hasText: '3 件・7 項目' });
  await applied.getByRole('button', { name: '元に戻す' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'の反映を元に戻しました' })).toContainText('7 項目');
  await expect(applied).toContainText('に元に戻しました');
  await expect(applied.getByRole('button', { name: '元に戻す' })).toHaveCount(0);
  // Undone, the decisions show again; the hand edit is again a conflict to settle.
  await expect(
    panel.getByRole('table', { name: 'WB-1 K.H. の変更' }).getByRole('row', { name: /支援方針/ }),
  ).toContainText('会議の後に台帳で変更');
  await applied.scrollIntoViewIfNeeded();
  await shot('元に戻した後');
  const wb1Now = await callApi<{ case: { policy: string; riskLevel: string } }>(page, 'ledger.get', { caseNo: 'WB-1' });
  expect(wb1Now.case).toMatchObject({ policy: '電話で様子を確認（手で修正）', riskLevel: '軽度' });
});
