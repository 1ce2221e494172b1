// What the board draws: emotional relations (abuse as an arrow to the victim), a household outline and
// agency links with their direction, the death notation setting (× or filled) and the projector view.
// The relations are written into the stored document through the API (the editing UI for them is tested
// elsewhere); the spec then reads the Konva stage itself, since a canvas cannot be read by role.
import type { Page } from '@playwright/test';
import { test, expect } from './app';
import { openBoardFromLedger } from './board-steps';
import { callApi } from './steps';

const CASE = 'WB-C1';

interface StageFacts {
  counts: Record<string, number>;
  abuseHead: { end: boolean; start: boolean } | null;
  labels: { text: string; x: number; y: number; width: number; height: number; fontSize: number }[];
  cachedSymbols: number;
  scale: number;
}

/** What the Konva stage holds, found by the node names the canvas gives its drawings. */
async function stageFacts(page: Page): Promise<StageFacts> {
  return page.evaluate(() => {
    interface KNode {
      getClassName(): string;
      name(): string;
      getAttr(key: string): unknown;
      isCached(): boolean;
      getClientRect(): { x: number; y: number; width: number; height: number };
      find(selector: string): KNode[];
    }
    const konva = (window as unknown as { Konva: { stages: (KNode & { scaleX(): number })[] } }).Konva;
    const stage = konva.stages[0]!;
    const names = [
      'relation',
      'household',
      'agency-link',
      'union',
      'child-line',
      'person',
      'deceased-cross',
      'deceased-filled',
    ];
    const counts = Object.fromEntries(names.map((n) => [n, stage.find(`.${n}`).length]));
    const arrows = stage.find('.relation').flatMap((g) => g.find('Arrow'));
    const abuse = arrows[0];
    return {
      counts,
      abuseHead:
        arrows.length === 1 && abuse
          ? { end: abuse.getAttr('pointerAtEnding') === true, start: abuse.getAttr('pointerAtBeginning') === true }
          : null,
      labels: stage.find('.person-label').map((t) => ({
        text: String(t.getAttr('text')),
        fontSize: Number(t.getAttr('fontSize')),
        ...t.getClientRect(),
      })),
      cachedSymbols: stage.find('.person-symbol').filter((s) => s.isCached()).length,
      scale: stage.scaleX(),
    };
  });
}

function overlaps(a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

test('the board draws relations, households and agency links, and the death notation is a setting', async ({ app }) => {
  const { page, shot } = app;
  await openBoardFromLedger(page, CASE);

  // The family written into the stored board: the mother's partner abuses the child and is in conflict with
  // the mother; the three live together; the late grandfather; a school supporting the household.
  const state = await callApi<{
    doc: { persons: { id: string; index: boolean; position: { x: number; y: number } }[] } & Record<string, unknown>;
  }>(page, 'board.get', { caseNo: CASE });
  const doc = state.doc;
  const child = doc.persons.find((p) => p.index)!;
  const mother = doc.persons.find((p) => !p.index)!;
  const base = {
    role: null,
    birthDate: null,
    age: null,
    ageAsOf: null,
    index: false,
    pregnancy: null,
    placements: [],
    note: null,
    pinned: false,
  };
  const partner = {
    ...base,
    id: 'p-partner',
    sex: 'male',
    label: '架空あきら',
    age: 35,
    ageAsOf: '2025-04-01',
    deceased: null,
    position: { x: mother.position.x + 90, y: mother.position.y },
  };
  const grandfather = {
    ...base,
    id: 'p-grandfather',
    sex: 'male',
    label: '架空しげる',
    deceased: { year: 2020 },
    position: { x: mother.position.x - 45, y: mother.position.y - 130 },
  };
  const next = {
    ...doc,
    persons: [...doc.persons, partner, grandfather],
    unions: [
      ...(doc.unions as unknown[]),
      {
        id: 'u-new',
        a: mother.id,
        b: partner.id,
        kind: 'cohabitation',
        startYear: 2022,
        separatedYear: null,
        divorced: false,
        divorcedYear: null,
      },
    ],
    relations: [
      { id: 'r-abuse', from: partner.id, to: child.id, kind: 'abuse' },
      { id: 'r-conflict', from: mother.id, to: partner.id, kind: 'conflict' },
    ],
    households: [{ id: 'h-home', members: [mother.id, partner.id, child.id] }],
    agencies: [
      { id: 'a-school', name: '架空市立第二小学校', position: { x: child.position.x - 300, y: child.position.y } },
    ],
    agencyLinks: [
      {
        id: 'l-school',
        agency: 'a-school',
        target: 'h-home',
        strength: 'weak',
        direction: 'toFamily',
        role: '登校の見守り',
      },
    ],
  };
  await callApi(page, 'board.save', { caseNo: CASE, doc: next });
  await page.getByRole('button', { name: 'ホワイトボードを閉じる' }).click();
  await page.getByRole('button', { name: 'ホワイトボード', exact: true }).click();
  const list = page.getByRole('list', { name: 'ボードの内容' });
  await expect(list.getByRole('button', { name: /^人物：架空あきら（男性・\d+歳）$/ })).toHaveCount(1);
  await expect(list.getByRole('button', { name: /^人物：架空しげる（男性・死亡）$/ })).toHaveCount(1);
  await expect(
    list.getByRole('button', { name: /^つながり：架空市立第二小学校 → .+（弱い）：登校の見守り$/ }),
  ).toHaveCount(1);
  await page.getByRole('button', { name: '全体を表示' }).click();

  const drawn = await stageFacts(page);
  expect(drawn.counts).toMatchObject({
    relation: 2,
    household: 1,
    'agency-link': 1,
    union: 1,
    person: 4,
    'deceased-cross': 1,
    'deceased-filled': 0,
  });
  // Only abuse has a head, and it points at the child (the `to` end), not at the partner.
  expect(drawn.abuseHead).toEqual({ end: true, start: false });
  expect(drawn.cachedSymbols).toBe(4);
  await shot('関係・同居・機関のつながり');

  // Dragging a person: while it is dragged it sits alone on the drag layer, afterwards back among the others.
  const grip = await page.evaluate(() => {
    interface KNode {
      getParent(): KNode | null;
      getClientRect(): { x: number; y: number; width: number; height: number };
      find(s: string): KNode[];
      getAttr(k: string): unknown;
    }
    const stage = (window as unknown as { Konva: { stages: (KNode & { container(): HTMLElement })[] } }).Konva
      .stages[0]!;
    const label = stage.find('.person-label').find((t) => String(t.getAttr('text')).startsWith('架空しげる'))!;
    const r = label.getParent()!.find('.person-symbol')[0]!.getClientRect();
    const box = stage.container().getBoundingClientRect();
    return { x: box.left + r.x + r.width / 2, y: box.top + r.y + r.height / 2 };
  });
  const dragLayerSize = () =>
    page.evaluate(() => {
      const stage = (window as unknown as { Konva: { stages: { getLayers(): { children: unknown[] }[] }[] } }).Konva
        .stages[0]!;
      return stage.getLayers().at(-1)!.children.length;
    });
  await page.mouse.move(grip.x, grip.y);
  await page.mouse.down();
  for (let i = 1; i <= 5; i++) await page.mouse.move(grip.x + i * 12, grip.y - i * 4);
  expect(await dragLayerSize()).toBe(1);
  await page.mouse.up();
  expect(await dragLayerSize()).toBe(0);
  await expect(page.getByRole('button', { name: '元に戻す' })).toBeEnabled();
  expect((await stageFacts(page)).counts.person).toBe(4);
  await page.getByRole('button', { name: '元に戻す' }).click();
  await expect(page.getByRole('button', { name: '元に戻す' })).toBeDisabled();

  // The death notation: × by default, a filled symbol when chosen; the style profile switches too.
  const notation = page.getByRole('group', { name: '表記の設定' });
  await notation.getByLabel('死亡の表し方').selectOption({ label: '塗りつぶし' });
  await expect
    .poll(async () => (await stageFacts(page)).counts)
    .toMatchObject({ 'deceased-cross': 0, 'deceased-filled': 1 });
  await shot('死亡を塗りつぶしで表示');
  await notation.getByLabel('表記').selectOption({ label: 'McGoldrick' });
  await expect(notation.getByLabel('表記')).toHaveValue('mcgoldrick');
  await shot('McGoldrick表記');
  await notation.getByLabel('死亡の表し方').selectOption({ label: '×' });
  await expect.poll(async () => (await stageFacts(page)).counts['deceased-cross']).toBe(1);

  // The projector view: everything larger, bigger type, and partners' labels do not run into each other.
  const before = await stageFacts(page);
  await page.getByLabel('投影用表示（仮名・大きな文字）').check();
  await expect.poll(async () => (await stageFacts(page)).scale).toBeCloseTo(before.scale * 1.5, 5);
  const projected = await stageFacts(page);
  expect(Math.min(...projected.labels.map((l) => l.fontSize))).toBeGreaterThan(
    Math.max(...before.labels.map((l) => l.fontSize)),
  );
  for (const [i, a] of projected.labels.entries()) {
    for (const b of projected.labels.slice(i + 1)) expect(overlaps(a, b), `${a.text} / ${b.text}`).toBe(false);
  }
  await shot('投影用表示');
  await page.getByLabel('投影用表示（仮名・大きな文字）').uncheck();
  await expect.poll(async () => (await stageFacts(page)).scale).toBeCloseTo(before.scale, 5);
});
