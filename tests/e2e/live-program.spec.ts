// Issue #15, "the console steps through every item, with its timer; the projector shows a title card for a
// non-case item": a 実務者会議 whose 次第 has 開会, the case blocks and a 60-minute 研修 is run from the console
// with the projector beside it — 開会's title card, the cases, 研修 with its timer and a 記録 that survives
// 次へ/前へ and a reload — and ended. A 代表者会議 with only 報告 (one projecting the 年度実績) and 協議事項 runs
// the same way: title card, then the year's charts. Screenshots of both pages at the three room sizes.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { emptyCase } from '../../shared/ledger/case';
import type { Agenda } from '../../shared/meeting/agenda-types';
import { isBlock } from '../../shared/meeting/program';
import { EMPTY_SCOPE } from '../../shared/meeting/types';
import { test, expect } from './app';
import { REPO } from './host-process';
import { openMeetings } from './meeting-steps';
import { ROOM_SIZES, viewportOf } from './sizes';
import { callApi, setUpPassphrase } from './steps';

const PRACTITIONERS = '第6回 実務者会議';
const REPRESENTATIVES = '令和8年度 第1回 代表者会議';
const RECORD = 'ロールプレイで初回訪問の声かけを練習した。次回は記録の書き方。';

async function createMeeting(page: Page, kind: string, title: string, caseNos: string[]): Promise<number> {
  const created = await callApi<{ id: number }>(page, 'meetings.create', {
    meeting: {
      kind,
      subcommittee: null,
      title,
      date: '2026-12-10',
      startTime: '13:30',
      place: null,
      plannedMinutes: 120,
      facilitator: null,
      invitedAgencies: [],
      invitedPeople: [],
      status: '準備中',
      scope: { ...EMPTY_SCOPE, caseNos },
    },
  });
  return created.id;
}

/** Leaves only the items with these titles (the case blocks always stay); edits are applied by title. */
async function keepOnly(page: Page, meetingId: number, keep: Record<string, object>): Promise<void> {
  const agenda = await callApi<Agenda>(page, 'agenda.get', { meetingId });
  for (const entry of agenda.program) {
    if (isBlock(entry)) continue;
    const changes = keep[entry.title];
    if (changes === undefined) await callApi(page, 'agenda.removeEntry', { meetingId, id: entry.id });
    else if (Object.keys(changes).length > 0)
      await callApi(page, 'agenda.updateEntry', { meetingId, id: entry.id, changes });
  }
}

async function openConsole(page: Page, title: string): Promise<void> {
  await openMeetings(page);
  await page.getByRole('button', { name: title }).click();
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  await page.getByRole('button', { name: '会議を進行' }).click();
  await expect(page.getByRole('navigation', { name: '議題' })).toBeVisible();
}

async function openProjector(page: Page, meetingId: number): Promise<Page> {
  const projector = await page.context().newPage();
  await projector.goto(`${new URL(page.url()).origin}/present?meeting=${meetingId}`);
  return projector;
}

/** The console and the projector at each room size, the projector's shots beside the console's. */
async function shotsAtSizes(page: Page, projector: Page, shot: (n: string) => Promise<void>, name: string) {
  for (const size of ROOM_SIZES) {
    await page.setViewportSize(viewportOf(size));
    await projector.setViewportSize(viewportOf(size));
    await shot(`${name} console ${size.name}`);
    await projector.waitForTimeout(300);
    await projector.screenshot({
      path: join(REPO, 'tests', 'artifacts', 'live-program-projector', `${name} ${size.name}.png`),
    });
  }
  await page.setViewportSize(viewportOf(ROOM_SIZES[0]));
  await projector.setViewportSize(viewportOf(ROOM_SIZES[0]));
}

const heading = (page: Page) => page.getByRole('heading', { level: 2 }).first();
const present = (projector: Page) => projector.locator('[data-present]');
const next = (page: Page) => page.getByRole('button', { name: '次へ' }).click();
const previous = (page: Page) => page.getByRole('button', { name: '前へ' }).click();

test('a 実務者会議 runs its whole 次第: 開会, the cases, a 60-minute 研修 with its 記録', async ({ app }) => {
  const { page, shot } = app;
  await setUpPassphrase(page);
  for (const caseNo of ['LP-1', 'LP-2'])
    await callApi(page, 'ledger.create', {
      case: { ...emptyCase(caseNo), name: `架空　${caseNo}`, riskLevel: '軽度', registeredDate: '2024-04-01' },
    });
  const id = await createMeeting(page, '実務者会議', PRACTITIONERS, ['LP-1', 'LP-2']);
  await callApi(page, 'agenda.suggest', { meetingId: id, allActive: true });
  // The template's 開会, the blocks and its 研修 made the town's hour.
  await keepOnly(page, id, {
    開会: { presenter: 'こども家庭センター所長' },
    実務研修: { minutes: 60, presenter: '児童相談所', notes: 'ロールプレイの台本を配る' },
  });

  await openConsole(page, PRACTITIONERS);
  const rail = page.getByRole('navigation', { name: '議題' });
  await expect(rail.getByRole('button')).toHaveText([/^開会2分$/, /LP-1/, /LP-2/, /^研修実務研修60分$/]);
  const projector = await openProjector(page, id);
  await projector.setViewportSize(viewportOf(ROOM_SIZES[0]));
  await expect(present(projector)).toHaveAttribute('data-present', 'waiting');

  // Start: 開会 first, on the console and as a title card on the projector (no case, no decision form).
  await page.getByRole('button', { name: '会議を開始' }).click();
  await expect(heading(page)).toContainText('開会');
  await expect(heading(page)).toContainText('1 / 4');
  await expect(page.getByRole('region', { name: '決定（協議）' })).toHaveCount(0);
  await expect(present(projector)).toHaveAttribute('data-present', 'programItem');
  await expect(projector.getByRole('heading', { level: 1 })).toHaveText('開会');
  await expect(projector.getByText('こども家庭センター所長')).toBeVisible();
  await expect(projector.getByText('予定 2分')).toBeVisible();
  await expect(projector.locator('body')).not.toContainText('LP-');
  await shotsAtSizes(page, projector, shot, '01 開会');

  // Into the cases: the projector shows the case, masked as always.
  await next(page);
  await expect(heading(page)).toContainText('LP-1');
  await expect(present(projector)).toHaveAttribute('data-present', 'item');
  await expect(projector.getByRole('heading', { level: 1 })).toHaveText(/^LP-1/);
  await expect(projector.locator('body')).not.toContainText('架空');
  await next(page);
  await expect(heading(page)).toContainText('LP-2');

  // 研修: its timer runs against 60 minutes; a 記録 typed here survives 次へ and 前へ.
  await next(page);
  await expect(heading(page)).toContainText('実務研修');
  await expect(heading(page)).toContainText('4 / 4');
  await expect(page.getByRole('timer', { name: 'この議題の経過時間' })).toContainText('/ 1:00:00');
  await expect(page.getByText('ロールプレイの台本を配る')).toBeVisible();
  const timerBefore = await page.getByRole('timer', { name: 'この議題の経過時間' }).textContent();
  await expect(page.getByRole('timer', { name: 'この議題の経過時間' })).not.toHaveText(timerBefore ?? '');
  await expect(projector.getByRole('heading', { level: 1 })).toHaveText('実務研修');
  await expect(projector.getByText('児童相談所')).toBeVisible();
  await expect(projector.getByText('予定 60分')).toBeVisible();
  const record = page.getByLabel(/^記録/);
  await record.fill(RECORD);
  await expect(page.getByText(/保存しました/)).toBeVisible();
  await shotsAtSizes(page, projector, shot, '02 研修');

  await previous(page);
  await expect(heading(page)).toContainText('LP-2');
  await next(page);
  await expect(heading(page)).toContainText('実務研修');
  await expect(record).toHaveValue(RECORD);
  // Typed and moved on at once (no pause for the save): still kept.
  await record.fill(`${RECORD}\n追記`);
  await previous(page);
  await expect(heading(page)).toContainText('LP-2');
  await page.reload();
  await projector.reload();
  await expect(heading(page)).toContainText('LP-2');
  await rail.getByRole('button', { name: /実務研修/ }).click();
  await expect(page.getByLabel(/^記録/)).toHaveValue(`${RECORD}\n追記`);
  await expect(projector.getByRole('heading', { level: 1 })).toHaveText('実務研修');

  // End: the cases without a decision are carried over; no 次第 item is.
  await page.getByRole('button', { name: '会議を終了' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('LP-1');
  await expect(dialog).not.toContainText('実務研修');
  await dialog.getByRole('button', { name: '終了して記録する' }).click();
  await expect(present(projector)).toHaveAttribute('data-present', 'ended');
  await expect(page.getByLabel(/^記録/)).toHaveValue(`${RECORD}\n追記`);
  await shot('03 ended');
});

test('a 代表者会議 with only 報告 and 協議事項: title card, then the year charts on the projector', async ({ app }) => {
  const { page, shot } = app;
  await setUpPassphrase(page);
  // Twelve cases registered in 令和7年度 (2025-04 … 2026-03), one closed in it: enough that the room sees
  // counts rather than 「3件未満」 (the projector hides small counts like a document leaving the office).
  const registered = [
    '2025-04-10',
    '2025-05-12',
    '2025-05-20',
    '2025-06-02',
    '2025-08-01',
    '2025-08-19',
    '2025-10-07',
    '2025-11-20',
    '2025-12-01',
    '2026-01-09',
    '2026-02-03',
    '2026-03-16',
  ];
  for (const [i, date] of registered.entries())
    await callApi(page, 'ledger.create', {
      case: {
        ...emptyCase(`RP-${i + 1}`),
        name: `架空　${i + 1}`,
        classification: i % 3 === 2 ? '要支援児童' : '要保護児童',
        birthDate: '2018-06-01',
        registeredDate: date,
        riskLevel: '中度',
        ...(i === 0 ? { status: 'closed', closedDate: '2026-01-15', closedReason: '転居' } : {}),
      },
    });
  // A scope no case is in: the 代表者会議 takes up no case. It runs on its 次第 alone: no 議題を提案 first.
  const id = await createMeeting(page, '代表者会議', REPRESENTATIVES, ['RP-0']);
  const agenda = await callApi<Agenda>(page, 'agenda.get', { meetingId: id });
  for (const entry of agenda.program)
    if (!isBlock(entry)) await callApi(page, 'agenda.removeEntry', { meetingId: id, id: entry.id });
  const add = (item: object) => callApi(page, 'agenda.addEntry', { meetingId: id, item });
  await add({
    kind: '報告',
    title: '令和7年度の実績',
    presenter: '事務局',
    minutes: 15,
    notes: null,
  });
  await add({ kind: '報告', title: '死亡事例検証の報告', presenter: '県', minutes: 20, notes: null });
  await add({ kind: '協議事項', title: '研修計画について', presenter: null, minutes: 30, notes: null });

  // The 報告 gets its year to project through the item's form (「年度実績を投影する」, offered for 報告 only).
  await openMeetings(page);
  await page.getByRole('button', { name: REPRESENTATIVES }).click();
  const program = page.getByRole('region', { name: '次第' });
  await program.getByRole('button', { name: '令和7年度の実績 を編集' }).click();
  const form = program.getByRole('form', { name: '次第の項目を保存' });
  await form.getByLabel('年度実績を投影する').selectOption({ label: '令和7年度（2025年度）' });
  await form.getByRole('button', { name: '次第の項目を保存' }).click();
  await expect(form).toBeHidden();
  await expect
    .poll(async () => (await callApi<Agenda>(page, 'agenda.get', { meetingId: id })).program)
    .toContainEqual(expect.objectContaining({ title: '令和7年度の実績', figuresYear: 2025 }));
  await page.getByRole('button', { name: '会議を進行' }).click();
  await expect(page.getByRole('navigation', { name: '議題' })).toBeVisible();
  const projector = await openProjector(page, id);
  await projector.setViewportSize(viewportOf(ROOM_SIZES[0]));
  await page.getByRole('button', { name: '会議を開始' }).click();

  // 報告 with the figures: the charts, one at a time, big.
  await expect(heading(page)).toContainText('令和7年度の実績');
  await expect(page.getByText('令和7年度の年度実績のグラフ')).toBeVisible();
  await expect(page.getByRole('button', { name: 'このケースの氏名を表示' })).toBeDisabled();
  await expect(present(projector)).toHaveAttribute('data-present', 'programItem');
  const chart = projector.locator('.present-figures figure[data-chart] svg');
  await expect(chart).toHaveCount(1);
  await expect(chart).toBeVisible();
  const box = await chart.boundingBox();
  expect(box?.width ?? 0).toBeGreaterThan(600);
  await expect(projector.locator('.present-figures')).toContainText('令和7年度の実績（前年度と比べて）');
  await expect(projector.locator('body')).not.toContainText('架空');
  await shotsAtSizes(page, projector, shot, '01 年度実績');

  // A 報告 without figures: the plain title card.
  await next(page);
  await expect(heading(page)).toContainText('死亡事例検証の報告');
  await expect(projector.locator('.present-figures')).toHaveCount(0);
  await expect(projector.getByRole('heading', { level: 1 })).toHaveText('死亡事例検証の報告');
  await expect(projector.getByText('予定 20分')).toBeVisible();
  await shotsAtSizes(page, projector, shot, '02 報告');

  await next(page);
  await expect(heading(page)).toContainText('研修計画について');
  await expect(heading(page)).toContainText('3 / 3');
  await page.getByLabel(/^記録/).fill('来年度は年3回、関係機関向けに開く。');
  await expect(page.getByText(/保存しました/)).toBeVisible();

  await page.getByRole('button', { name: '会議を終了' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '終了して記録する' }).click();
  await expect(present(projector)).toHaveAttribute('data-present', 'ended');
  const after = await callApi<Agenda>(page, 'agenda.get', { meetingId: id });
  const records = after.program.filter((e) => !isBlock(e)).map((e) => (isBlock(e) ? null : e.record));
  expect(records).toEqual([null, null, '来年度は年3回、関係機関向けに開く。']);
  await shot('03 ended');

  // Minuted: the 記録 typed in the console is in the minutes under 協議事項, and the 次第 list has the time the
  // timer counted for each item taken up.
  await page.getByRole('button', { name: '会議の画面へ戻る' }).click();
  const minutes = page.getByRole('region', { name: '議事録' });
  await minutes.scrollIntoViewIfNeeded();
  await minutes.getByRole('button', { name: '印刷・PDF' }).click();
  await expect(page.getByRole('dialog', { name: '議事録の印刷' })).toBeVisible();
  const doc = page.frameLocator('iframe.minutes-print-frame');
  await expect(doc.getByRole('heading', { name: '協議事項', level: 2 })).toBeVisible();
  await expect(doc.getByRole('heading', { name: '（1）研修計画について' })).toBeVisible();
  await expect(doc.locator('body')).toContainText('来年度は年3回、関係機関向けに開く。');
  await expect(doc.getByRole('row', { name: /令和7年度の実績/ })).toContainText(/\d+秒/);
  await shot('04 minutes');
});
