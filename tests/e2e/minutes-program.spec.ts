// The minutes carry the 次第: a 実務者会議 with an hour's 研修 and a 代表者会議 of 報告 and 協議事項 only, their
// records written during the meeting (through the backend, as the console would), shown in the print view
// under 報告事項 / 協議事項 / 研修 with the short 次第 list at the top.
import type { Page } from '@playwright/test';
import { emptyCase } from '../../shared/ledger/case';
import type { Agenda } from '../../shared/meeting/agenda-types';
import { isBlock, type ProgramItem } from '../../shared/meeting/program';
import { EMPTY_SCOPE } from '../../shared/meeting/types';
import { test, expect } from './app';
import { openMeetings } from './meeting-steps';
import { ROOM_SIZES, viewportOf } from './sizes';
import { callApi, setUpPassphrase } from './steps';

const PRACTICE = '第9回 実務者会議（研修あり）';
const COUNCIL = '令和8年度 第1回代表者会議';
const TRAINING = '講義：要保護児童の早期発見と通告。\n演習：架空の事例でアセスメントシートを作成した。';

async function meeting(page: Page, kind: string, title: string, caseNos: string[]): Promise<number> {
  const created = await callApi<{ id: number }>(page, 'meetings.create', {
    meeting: {
      kind,
      subcommittee: null,
      title,
      date: '2026-11-24',
      startTime: '14:00',
      place: '第1会議室',
      plannedMinutes: 120,
      facilitator: '統括支援員',
      invitedAgencies: [],
      invitedPeople: [],
      status: '確定',
      scope: { ...EMPTY_SCOPE, caseNos },
    },
  });
  return created.id;
}

async function items(page: Page, meetingId: number): Promise<ProgramItem[]> {
  const agenda = await callApi<Agenda>(page, 'agenda.get', { meetingId });
  return agenda.program.filter((e): e is ProgramItem => !isBlock(e));
}

async function record(page: Page, meetingId: number, title: string, changes: Record<string, unknown>) {
  const item = (await items(page, meetingId)).find((i) => i.title === title);
  if (!item) throw new Error(`no 次第 item ${title}`);
  await callApi(page, 'agenda.updateEntry', { meetingId, id: item.id, changes });
}

/** 開会 → 前回の振り返り → 新規ケース → 確認 → 協議 → 実務研修 (60 min) → 連絡事項 → 閉会, one case confirmed. */
async function practiceMeeting(page: Page): Promise<void> {
  await callApi(page, 'ledger.create', {
    case: { ...emptyCase('MP-1'), classification: '要支援児童', name: '架空みお', kana: 'かくう みお' },
  });
  const meetingId = await meeting(page, '実務者会議', PRACTICE, ['MP-1']);
  await callApi(page, 'agenda.suggest', { meetingId, allActive: true });
  await callApi(page, 'agenda.move', { meetingId, caseNo: 'MP-1', group: 'quick', index: 0, reason: null });
  await callApi(page, 'live.command', { meetingId, command: { type: 'start' } });
  await callApi(page, 'decisions.confirm', { meetingId, caseNos: ['MP-1'] });
  await record(page, meetingId, '前回の振り返り', {
    presenter: 'こども家庭センター',
    record: '前回決定した役割分担はすべて実施済み。',
  });
  await record(page, meetingId, '実務研修', {
    title: '実務研修「アセスメントの視点」',
    presenter: '県中央児童相談所',
    minutes: 60,
    record: TRAINING,
  });
  await callApi(page, 'live.command', { meetingId, command: { type: 'end' } });
}

/** 開会 → 前年度実績 (報告) → 協議事項 → 連絡事項 → 閉会, no case at all. */
async function councilMeeting(page: Page): Promise<void> {
  const meetingId = await meeting(page, '代表者会議', COUNCIL, []);
  await callApi(page, 'live.command', { meetingId, command: { type: 'start' } });
  await record(page, meetingId, '前年度実績', { presenter: '事務局', record: '新規登録 42件、終結 30件を報告した。' });
  await record(page, meetingId, '協議事項', {
    title: '死亡事例検証報告を受けて',
    record: '夜間・休日の連絡体制を見直すことで合意した。',
  });
  await callApi(page, 'live.command', { meetingId, command: { type: 'end' } });
}

async function openPrintView(page: Page, title: string) {
  await openMeetings(page);
  await page.getByRole('button', { name: title }).click();
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  const panel = page.getByRole('region', { name: '議事録' });
  await panel.scrollIntoViewIfNeeded();
  await panel.getByRole('button', { name: '印刷・PDF' }).click();
  await expect(page.getByRole('dialog', { name: '議事録の印刷' })).toBeVisible();
  return page.frameLocator('iframe.minutes-print-frame');
}

for (const size of ROOM_SIZES) {
  test.describe(`minutes with the 次第 at ${size.name}`, () => {
    test.use({ viewport: viewportOf(size) });

    test(`a 実務者会議 with a 研修: the 次第, 報告事項 and 研修 with their records (${size.name})`, async ({ app }) => {
      const { page, shot } = app;
      await setUpPassphrase(page);
      await practiceMeeting(page);
      const doc = await openPrintView(page, PRACTICE);
      await expect(doc.getByRole('heading', { name: '次第', level: 2 })).toBeVisible();
      const list = doc.locator('table.program');
      await expect(list.getByRole('row')).toHaveCount(9);
      await expect(list.getByRole('row').nth(6)).toContainText('実務研修「アセスメントの視点」');
      await expect(list.getByRole('row').nth(6)).toContainText('県中央児童相談所');
      await shot('print view top');

      const headings = doc.getByRole('heading', { level: 2 });
      await expect(headings).toHaveText([
        '次第',
        '報告事項',
        '確認（1件）',
        '協議（0件）',
        '研修',
        '連絡事項',
        '次回へ持ち越すケース',
        '機関別の役割分担',
        '次回の会議',
      ]);
      const review = doc.locator('section.item', { has: doc.getByRole('heading', { name: '（1）前回の振り返り' }) });
      await expect(review).toContainText('報告者こども家庭センター');
      await expect(review).toContainText('前回決定した役割分担はすべて実施済み。');
      const training = doc.locator('section.item', {
        has: doc.getByRole('heading', { name: '（1）実務研修「アセスメントの視点」' }),
      });
      await expect(training).toContainText('講師県中央児童相談所');
      await expect(training).toContainText('講義：要保護児童の早期発見と通告。');
      await expect(training).toContainText('演習：架空の事例でアセスメントシートを作成した。');
      // A report nothing was noted for says so.
      await expect(
        doc.locator('section.item', { has: doc.getByRole('heading', { name: '（2）新規ケース' }) }),
      ).toContainText('（記録なし）');
      // The print view is masked by default: the case reads as its number and initials.
      await expect(doc.getByRole('heading', { name: '1. MP-1 K.M.' })).toBeVisible();
      await training.scrollIntoViewIfNeeded();
      await shot('print view 研修');
    });

    test(`a 代表者会議 of 報告 and 協議事項 only: no case parts (${size.name})`, async ({ app }) => {
      const { page, shot } = app;
      await setUpPassphrase(page);
      await councilMeeting(page);
      const doc = await openPrintView(page, COUNCIL);
      await expect(doc.getByRole('heading', { level: 2 })).toHaveText([
        '次第',
        '報告事項',
        '協議事項',
        '連絡事項',
        '次回の会議',
      ]);
      await expect(doc.locator('body')).toContainText('新規登録 42件、終結 30件を報告した。');
      await expect(doc.locator('body')).toContainText('夜間・休日の連絡体制を見直すことで合意した。');
      await expect(doc.getByRole('heading', { name: '（1）死亡事例検証報告を受けて' })).toBeVisible();
      await expect(doc.locator('body')).not.toContainText('該当なし');
      await shot('print view 代表者会議');
    });
  });
}
