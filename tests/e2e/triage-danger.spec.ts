// Issue #13, "triage puts danger first": 協議 cases with a danger signal (連絡のない欠席, 安全スケールが低い) come
// before a 新規登録 case of the same 重症度, carry a 「危険のサイン」 mark, and 「入りきらないケースを保留へ」 names
// a danger case past the time line and asks before postponing it; the safe choice keeps it in 協議, and the
// focus goes to the card that went to 保留 (the button that opened the dialog is gone or busy). At the three
// room sizes: the dialog has to fit the projector's 1280×720 as well as the laptop.
import { emptyCase, type LedgerCase } from '../../shared/ledger/case';
import { EMPTY_SCOPE } from '../../shared/meeting/types';
import { test, expect } from './app';
import { card, column, openMeetings } from './meeting-steps';
import { ROOM_SIZES, viewportOf } from './sizes';
import { callApi, setUpPassphrase } from './steps';

const TITLE = '第9回 実務者会議（危険のサイン）';
const DATE = '2026-11-20';

const fictional = (caseNo: string, fields: Partial<LedgerCase>): LedgerCase => ({
  ...emptyCase(caseNo),
  name: `架空　${caseNo}`,
  kana: 'かくう みなと',
  riskLevel: '軽度',
  registeredDate: '2024-04-01',
  ...fields,
});

const report = (caseNo: string, fields: Record<string, unknown>) => ({
  report: {
    caseNo,
    reportDate: '2026-11-01',
    agency: '架空小学校',
    periodFrom: null,
    periodTo: null,
    daysAbsent: null,
    unexplainedAbsence: null,
    injury: null,
    homeChange: null,
    safetyScale: null,
    note: null,
    ...fields,
  },
});

for (const size of ROOM_SIZES) {
  test.describe(size.name, () => {
    test.use({ viewport: viewportOf(size) });

    test(`協議 puts danger first, and 保留へ asks before postponing a danger case at ${size.name}`, async ({ app }) => {
      const { page, shot } = app;
      await setUpPassphrase(page);
      await callApi(page, 'settings.update', { operatorName: '架空 事務局員' });
      // This council's 実務者会議 is its cases only (no 開会, 研修 …), so the 12 minutes below are all case time.
      await callApi(page, 'agenda.saveProgramTemplate', {
        kind: '実務者会議',
        template: [{ block: 'quick' }, { block: 'deep' }],
      });
      // TD-1 is new (登録日 inside the window), TD-2 and TD-3 have reports with danger signals, TD-4 is due for 確認.
      await callApi(page, 'ledger.create', { case: fictional('TD-1', { registeredDate: '2026-10-01' }) });
      await callApi(page, 'ledger.create', { case: fictional('TD-2', {}) });
      await callApi(page, 'ledger.create', { case: fictional('TD-3', {}) });
      await callApi(page, 'ledger.create', { case: fictional('TD-4', { nextReview: '2026-11' }) });
      await callApi(page, 'reports.add', report('TD-2', { unexplainedAbsence: true }));
      await callApi(page, 'reports.add', report('TD-3', { safetyScale: 2 }));
      // 12 minutes: the 確認 case (60 s) and one 協議 case (10 min) fit; the line falls before the second 協議 case.
      const meeting = await callApi<{ id: number }>(page, 'meetings.create', {
        meeting: {
          kind: '実務者会議',
          subcommittee: null,
          title: TITLE,
          date: DATE,
          startTime: '10:00',
          place: null,
          plannedMinutes: 12,
          facilitator: null,
          invitedAgencies: [],
          invitedPeople: [],
          status: '準備中',
          scope: { ...EMPTY_SCOPE, caseNos: ['TD-1', 'TD-2', 'TD-3', 'TD-4'] },
        },
      });
      await callApi(page, 'agenda.suggest', { meetingId: meeting.id, allActive: false });

      await openMeetings(page);
      // The rule is a setting like the others: which reasons count as danger, all on by default.
      await page.getByRole('button', { name: '振り分けの設定' }).click();
      const danger = page.getByRole('group', { name: '危険のサインとして先に並べる理由' });
      await expect(danger.getByRole('checkbox', { name: '危険のサイン：連絡のない欠席' })).toBeChecked();
      await expect(danger.getByRole('checkbox', { name: '危険のサイン：新規登録' })).not.toBeChecked();
      await danger.scrollIntoViewIfNeeded();
      await shot('danger reasons setting');
      await page.getByRole('button', { name: TITLE }).click();
      await expect(page.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible();

      const deep = column(page, '協議');
      // Danger first: the two 軽度 cases with signals before the 新規登録・軽度 case, although TD-1 sorts first by number.
      await expect(deep.getByRole('article')).toHaveCount(3);
      const order = await deep
        .getByRole('article')
        .evaluateAll((cards) => cards.map((c) => c.getAttribute('aria-label')));
      expect(order).toEqual(['TD-2', 'TD-3', 'TD-1']);
      await expect(card(deep, 'TD-2')).toContainText('危険のサイン');
      await expect(card(deep, 'TD-3')).toContainText('危険のサイン');
      await expect(card(deep, 'TD-1')).not.toContainText('危険のサイン');
      await expect(page.getByText('予定時間に入りきらないケース: 2件（TD-3、TD-1）')).toBeVisible();
      await card(deep, 'TD-2').scrollIntoViewIfNeeded();
      await shot('協議 danger first');

      await page.getByRole('button', { name: '入りきらないケースを保留へ' }).click();
      const dialog = page.getByRole('dialog', { name: '危険のサインのあるケースが予定時間に入りません' });
      await expect(dialog).toBeVisible();
      // Named as the board shows it (氏名を隠す is on: 登録番号 and initials), with its signal; TD-1 has none.
      await expect(dialog.getByRole('listitem')).toHaveText(['TD-3 K.M.：安全スケールが低い']);
      const safe = dialog.getByRole('button', { name: '危険のサインのないケースだけ保留へ（1件）' });
      await expect(safe).toBeFocused();
      await expect(dialog.getByRole('button', { name: '危険のサインのあるケースも保留へ（全2件）' })).toHaveClass(
        /console-danger/,
      );
      await shot('保留へ asks about the danger case');

      // The dialog fits the window: both buttons inside it, side by side or stacked.
      for (const button of await dialog.getByRole('button').all()) await expect(button).toBeInViewport({ ratio: 1 });

      await safe.click();
      await expect(dialog).toBeHidden();
      // Focus on the card that went to 保留, not on <body>.
      await expect(card(column(page, '保留'), 'TD-1')).toBeFocused();
      await expect(card(column(page, '保留'), 'TD-1')).toBeVisible();
      await expect(card(deep, 'TD-3')).toBeVisible();
      await expect(column(page, '保留').getByRole('article')).toHaveCount(1);
      // The danger case is still past the line, so the button still offers it, and asks again.
      await expect(page.getByText('予定時間に入りきらないケース: 1件（TD-3）')).toBeVisible();
      await shot('danger case stayed in 協議');
    });
  });
}
