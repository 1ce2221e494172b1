// 自動配置 on the family shapes the room tripped on, at the three room sizes: the divorced parent outside the
// household, a child living with the grandparents, two households sharing a child, eight agencies. The stored
// result must keep the layout's properties (tests/unit/board-layout-checks.ts), and the drawn stage must agree:
// no agency on a person or another agency, every member's symbol inside its household's outline and no other
// symbol in it.
import type { Page } from '@playwright/test';
import type { BoardDoc } from '../../shared/board/types';
import { householdFamilies } from '../unit/board-families';
import { layoutProblems } from '../unit/board-layout-checks';
import { test, expect } from './app';
import { openBoardFromLedger } from './board-steps';
import { ROOM_SIZES, viewportOf } from './sizes';
import { callApi } from './steps';

const CASE = 'RL-1';

/** What the room reads on the board: role words, not the test ids. */
const LABELS: Record<string, string> = {
  father: '父',
  mother: '母',
  partner: '母の内縁の夫',
  index: '本人',
  brother: '弟',
  sister: '妹',
  gf: '祖父',
  gm: '祖母',
  wife: '父の妻',
  baby: '異母弟',
};
const AGENCIES = ['小学校', '保育園', '保健センター', '児童相談所', '警察署', '医療機関', '民生委員', '学童保育'];

function forTheRoom(doc: BoardDoc): BoardDoc {
  return {
    ...doc,
    caseNo: CASE,
    persons: doc.persons.map((p) => ({ ...p, label: LABELS[p.id] ?? p.label })),
    agencies: doc.agencies.map((a, i) => ({ ...a, name: AGENCIES[i] ?? a.name })),
  };
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The stage as drawn, on screen: each person (symbol and texts) and each agency box. */
async function drawn(page: Page): Promise<{ persons: Box[]; agencies: Box[] }> {
  return page.evaluate(() => {
    interface KNode {
      getClientRect(): { x: number; y: number; width: number; height: number };
      find(s: string): KNode[];
    }
    const stage = (window as unknown as { Konva: { stages: KNode[] } }).Konva.stages[0]!;
    return {
      persons: stage.find('.person').map((g) => g.getClientRect()),
      agencies: stage.find('.agency').map((g) => g.getClientRect()),
    };
  });
}

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

for (const size of ROOM_SIZES) {
  test.describe(`at ${size.name}`, () => {
    test.use({ viewport: viewportOf(size) });

    test(`自動配置 keeps households and agencies apart (${size.name})`, async ({ app }) => {
      const { page, shot } = app;
      await openBoardFromLedger(page, CASE);
      for (const [name, make] of Object.entries(householdFamilies)) {
        const doc = forTheRoom(make());
        await callApi(page, 'board.save', { caseNo: CASE, doc });
        await page.getByRole('button', { name: 'ホワイトボードを閉じる' }).click();
        await page.getByRole('button', { name: 'ホワイトボード', exact: true }).click();
        await expect(
          page.getByRole('list', { name: 'ボードの内容' }).getByRole('button', { name: /^人物：/ }),
        ).toHaveCount(doc.persons.length);
        await page.getByRole('button', { name: '自動配置' }).click();
        await expect(page.getByRole('status').filter({ hasText: '保存済み' })).toBeVisible();
        await page.getByRole('button', { name: '全体を表示' }).click();

        // The stored layout keeps every property.
        const stored = await callApi<{ doc: BoardDoc }>(page, 'board.get', { caseNo: CASE });
        expect([name, layoutProblems(stored.doc)]).toEqual([name, []]);
        // The drawing agrees: no agency on a symbol or on another agency.
        const d = await drawn(page);
        expect(d.persons).toHaveLength(doc.persons.length);
        expect(d.agencies).toHaveLength(doc.agencies.length);
        for (const a of d.agencies) {
          for (const p of d.persons) expect(overlap(a, p)).toBe(false);
          for (const b of d.agencies) if (a !== b) expect(overlap(a, b)).toBe(false);
        }
        // Each household outline holds exactly its members' symbols.
        const byPosition = (id: string) => stored.doc.persons.find((p) => p.id === id)!.position;
        const insideIds = await page.evaluate(
          ({ households, persons }) => {
            const stage = (
              window as unknown as { Konva: { stages: { find(s: string): { getAttr(k: string): unknown }[] }[] } }
            ).Konva.stages[0]!;
            const ctx = document.createElement('canvas').getContext('2d')!;
            const paths = stage.find('.household').map((h) => new Path2D(String(h.getAttr('data'))));
            return households.map((_, i) =>
              persons.filter((p) => paths[i] && ctx.isPointInPath(paths[i], p.x, p.y)).map((p) => p.id),
            );
          },
          {
            households: stored.doc.households.map((h) => h.id),
            persons: stored.doc.persons.map((p) => ({ id: p.id, ...byPosition(p.id) })),
          },
        );
        stored.doc.households.forEach((h, i) => {
          expect([h.id, [...insideIds[i]!].sort()]).toEqual([h.id, [...h.members].sort()]);
        });
        await shot(`${name}`);
      }
    });
  });
}
