// ホーム, the first screen after unlocking: on a seeded ledger and meeting it shows the known counts (reviews
// due this month and overdue by 主担当機関, open cases by 重症度 and 種別, what the meeting still lacks); a
// figure opens the ledger filtered to exactly its cases, a meeting's title opens its detail. An empty ledger
// gets 「台帳を取り込む」, which opens the import. Looked at in the three room sizes, without horizontal scroll.
import { test, expect } from './app';
import type { Page } from '@playwright/test';
import { emptyCase, type LedgerCase } from '../../shared/ledger/case';
import { DEFAULT_TIME_ZONE, dayInZone } from '../../shared/time/zone';
import { ROOM_SIZES, viewportOf } from './sizes';
import { callApi, countText, importDialog, lockAndUnlock, setUpPassphrase } from './steps';

/** `day` moved by whole months (day of month 1) or days, as ISO. */
function shiftDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
function previousMonth(day: string): string {
  const d = new Date(`${day.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - 1);
  return d.toISOString().slice(0, 7);
}

function fake(caseNo: string, fields: Partial<LedgerCase>): LedgerCase {
  return {
    ...emptyCase(caseNo),
    classification: '要保護児童',
    name: `架空　${caseNo}`,
    kana: 'かくう たろう',
    riskLevel: '中度',
    leadAgency: 'こども家庭センター',
    ...fields,
  };
}

async function seed(page: Page): Promise<{ title: string }> {
  // The council's day, as the backend reckons it (the backend keeps real time).
  const today = dayInZone(new Date(), DEFAULT_TIME_ZONE);
  const monthEnd = shiftDays(`${shiftDays(`${today.slice(0, 7)}-28`, 4).slice(0, 7)}-01`, -1);
  const cases = [
    fake('E-1', { nextReview: previousMonth(today), riskLevel: '重度' }), // overdue
    fake('E-2', { nextReview: monthEnd }), // due this month
    fake('E-3', { nextReview: shiftDays(monthEnd, 40), riskLevel: '重度' }), // later
    fake('E-4', { nextReview: previousMonth(today), leadAgency: '保健センター', classification: '特定妊婦' }),
    // Closed: not counted anywhere on ホーム.
    fake('E-5', { nextReview: previousMonth(today), riskLevel: '重度', status: 'closed', closedDate: today }),
  ];
  for (const c of cases) await callApi(page, 'ledger.create', { case: c });
  const title = 'ホーム確認用の実務者会議';
  await callApi(page, 'meetings.create', {
    meeting: {
      kind: '実務者会議',
      subcommittee: null,
      title,
      date: shiftDays(today, 10),
      startTime: '14:00',
      place: '会議室A',
      plannedMinutes: 120,
      facilitator: null,
      invitedAgencies: ['小学校', '保育所'],
      invitedPeople: [],
      status: '準備中',
      scope: {
        classifications: [],
        riskLevels: [],
        minAge: null,
        maxAge: null,
        districts: [],
        leadAgencies: [],
        caseNos: [],
      },
    },
  });
  return { title };
}

for (const size of ROOM_SIZES) {
  test(`ホーム at ${size.name}: known counts; figures open the filtered ledger and the meeting`, async ({ app }) => {
    const { page, shot } = app;
    await page.setViewportSize(viewportOf(size));
    await setUpPassphrase(page);
    const { title } = await seed(page);
    // Unlocking lands on ホーム.
    await page.getByRole('button', { name: 'ロック' }).click();
    await page.getByLabel('パスフレーズ', { exact: true }).fill('つなぐ-e2e-passphrase');
    await page.getByRole('button', { name: '開く' }).click();
    await expect(page.getByRole('heading', { name: 'ホーム', level: 1 })).toBeVisible();

    const reviews = page.getByRole('region', { name: '見直し期限（今月・超過）' });
    await expect(reviews.getByRole('row', { name: /こども家庭センター/ })).toContainText(
      /こども家庭センター\s*1\s*1\s*2件/,
    );
    await expect(reviews.getByRole('row', { name: /保健センター/ })).toContainText(/保健センター\s*1\s*0\s*1件/);
    const counts = page.getByRole('region', { name: /継続中のケース 4件/ });
    await expect(counts.getByRole('button', { name: '重症度 重度 2件を台帳で開く' })).toBeVisible();
    await expect(counts.getByRole('button', { name: '種別 特定妊婦 1件を台帳で開く' })).toBeVisible();
    const meetings = page.getByRole('region', { name: '今後の会議' });
    const item = meetings.getByRole('listitem').filter({ hasText: title });
    for (const lack of ['議題なし', '報告未着 2機関', '資料未作成']) await expect(item).toContainText(lack);
    await expect(page.getByRole('region', { name: '最近の変更' }).getByRole('listitem')).toHaveCount(5);
    // Fits the width: no horizontal scroll anywhere on the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    const main = page.getByRole('main');
    expect(await main.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await shot('ホーム');

    // A review figure: the ledger filtered to exactly that agency's due and overdue open cases.
    await reviews.getByRole('button', { name: 'こども家庭センターの見直し 2件を台帳で開く' }).click();
    await expect(page.getByRole('heading', { name: '進行管理台帳', level: 1 })).toBeVisible();
    await expect(page.getByText(countText(2, 5))).toBeVisible();
    const grid = page.getByRole('grid', { name: 'ケース一覧' });
    await expect(grid.getByRole('row').filter({ hasText: 'E-1' })).toBeVisible();
    await expect(grid.getByRole('row').filter({ hasText: 'E-2' })).toBeVisible();
    await expect(grid.getByRole('row').filter({ hasText: 'E-3' })).toHaveCount(0);
    await shot('見直し期限から台帳');

    // A 重症度 figure.
    await page.getByRole('navigation', { name: '画面の切り替え' }).getByRole('button', { name: 'ホーム' }).click();
    await page.getByRole('button', { name: '重症度 重度 2件を台帳で開く' }).click();
    await expect(page.getByText(countText(2, 5))).toBeVisible();
    await expect(grid.getByRole('row').filter({ hasText: 'E-3' })).toBeVisible();
    await expect(grid.getByRole('row').filter({ hasText: 'E-5' })).toHaveCount(0);
    // Choosing 台帳 in the header starts it unfiltered again.
    await page.getByRole('navigation', { name: '画面の切り替え' }).getByRole('button', { name: 'ホーム' }).click();
    await page
      .getByRole('navigation', { name: '画面の切り替え' })
      .getByRole('button', { name: '台帳', exact: true })
      .click();
    await expect(page.getByText(countText(5, 5))).toBeVisible();

    // A meeting opens its detail.
    await page.getByRole('navigation', { name: '画面の切り替え' }).getByRole('button', { name: 'ホーム' }).click();
    await meetings.getByRole('button', { name: title }).click();
    await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
    await shot('会議の詳細');
  });
}

test('ホーム on an empty ledger offers 「台帳を取り込む」, which opens the import', async ({ app }) => {
  const { page, shot } = app;
  await page.setViewportSize(viewportOf(ROOM_SIZES[0]));
  await setUpPassphrase(page);
  await page.getByRole('navigation', { name: '画面の切り替え' }).getByRole('button', { name: 'ホーム' }).click();
  await expect(page.getByRole('heading', { name: 'ホーム', level: 1 })).toBeVisible();
  await shot('空の台帳');
  await page.getByRole('button', { name: '台帳を取り込む' }).click();
  await expect(importDialog(page)).toBeVisible();
  // After a lock the app opens on ホーム again, and the helper takes it to the ledger.
  await page.keyboard.press('Escape');
  await lockAndUnlock(page);
});
