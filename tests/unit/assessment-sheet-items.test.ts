// The sheet's item rules the editor relies on: asked items need two names, one report field is fed by one
// asked item, a retired item frees its name and its field, and the editor's new ids pass the schema.
import { describe, expect, it } from 'vitest';
import { assessmentItemsSchema, DEFAULT_ASSESSMENT_ITEMS, type AssessmentItem } from '../../shared/assessment/sheet';
import { settingsSchema } from '../../shared/contract/session';
import {
  addItem,
  groupRuns,
  moveItem,
  newItemId,
  setRetired,
} from '../../renderer/src/components/requests/SheetItemsModel';

const messages = (items: AssessmentItem[]) => {
  const parsed = assessmentItemsSchema.safeParse(items);
  return parsed.success ? [] : parsed.error.issues.map((i) => i.message);
};

describe('assessment items schema', () => {
  it('takes the default sheet', () => {
    expect(messages([...DEFAULT_ASSESSMENT_ITEMS])).toEqual([]);
  });

  it('refuses a duplicate label among asked items, in Japanese', () => {
    const items = [...DEFAULT_ASSESSMENT_ITEMS, { ...DEFAULT_ASSESSMENT_ITEMS[3]!, id: 'item-x1' }];
    expect(messages(items)).toEqual(['項目名「表情が乏しい・元気がない」が重複しています']);
    // Retired, the old item no longer asks under that name.
    items[3] = { ...items[3]!, retired: true };
    expect(messages(items)).toEqual([]);
  });

  it('refuses two asked items feeding one report field', () => {
    const extra: AssessmentItem = {
      id: 'item-x2',
      group: '出欠・外傷',
      label: 'けが',
      kind: 'check',
      feeds: 'injury',
      retired: false,
    };
    expect(messages([...DEFAULT_ASSESSMENT_ITEMS, extra])).toEqual([
      '報告の同じ欄（欠席日数など）に当たる項目が二つあります',
    ]);
    expect(messages([...DEFAULT_ASSESSMENT_ITEMS, { ...extra, retired: true }])).toEqual([]);
  });

  it('takes the ids the editor makes, each different', () => {
    const ids = Array.from({ length: 50 }, () => newItemId());
    expect(new Set(ids).size).toBe(50);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]{1,40}$/);
    const parsed = settingsSchema.shape.assessmentItems.safeParse([
      ...DEFAULT_ASSESSMENT_ITEMS,
      { id: ids[0], group: '新しいグループ', label: '新しい項目', kind: 'text', feeds: null, retired: false },
    ]);
    expect(parsed.success).toBe(true);
  });
});

describe('the editor model', () => {
  const items = [...DEFAULT_ASSESSMENT_ITEMS];
  it('adds an item after the last of its group, a new group at the end, feeding nothing', () => {
    const added = addItem(items, { group: ' こどもの様子 ', label: ' 登校を渋る ', kind: 'check' }, 'item-a');
    expect(added.findIndex((i) => i.id === 'item-a')).toBe(items.findIndex((i) => i.id === 'child-behaviour') + 1);
    expect(added.find((i) => i.id === 'item-a')).toEqual({
      id: 'item-a',
      group: 'こどもの様子',
      label: '登校を渋る',
      kind: 'check',
      feeds: null,
      retired: false,
    });
    expect(addItem(items, { group: '学校での様子', label: '忘れ物', kind: 'text' }, 'item-b').at(-1)?.id).toBe(
      'item-b',
    );
  });

  it('moves by swapping neighbours, not past either end; runs follow the order', () => {
    expect(
      moveItem(items, 'child-mood', -1)
        .slice(2, 4)
        .map((i) => i.id),
    ).toEqual(['child-mood', 'attendance-injury']);
    expect(moveItem(items, 'attendance-days', -1)).toEqual(items);
    expect(moveItem(items, 'findings', 1)).toEqual(items);
    // Moved across a group's edge, the item keeps its group: a run of its own shows it.
    expect(
      groupRuns(moveItem(items, 'child-mood', -1))
        .map((r) => r.group)
        .slice(0, 4),
    ).toEqual(['出欠・外傷', 'こどもの様子', '出欠・外傷', 'こどもの様子']);
  });

  it('retires and restores without removing anything', () => {
    const retired = setRetired(items, 'child-home', true);
    expect(retired).toHaveLength(items.length);
    expect(retired.find((i) => i.id === 'child-home')?.retired).toBe(true);
    expect(setRetired(retired, 'child-home', false)).toEqual(items);
  });
});
