import { describe, it, expect } from 'vitest';
import type { PreviewColumn } from '../../shared/contract';
import {
  columnLetter,
  duplicateTargets,
  setColumnTarget,
  TARGET_OPTIONS,
  targetLabel,
} from '../../renderer/src/lib/mapping';
import { historyValue } from '../../renderer/src/lib/history-display';
import { setCouncilTimeZone, todayIso } from '../../renderer/src/lib/today';

const column = (index: number, target: PreviewColumn['target'], suggested = target): PreviewColumn => ({
  index,
  header: `見出し${index}`,
  target,
  suggested,
});

describe('import mapping choices', () => {
  it('offers every field plus keep-as-extra and ignore, with Japanese labels', () => {
    expect(TARGET_OPTIONS.map((o) => o.label)).toContain('児童氏名');
    expect(targetLabel('extra')).toBe('その他の列として保持');
    expect(targetLabel('ignore')).toBe('取り込まない');
    expect(TARGET_OPTIONS.map((o) => o.label)).toContain('登録区分');
    expect(TARGET_OPTIONS).toHaveLength(23 + 2);
  });

  it('records an override per sheet and column, and drops it when the suggestion is chosen again', () => {
    const c = column(3, 'extra');
    const once = setColumnTarget({}, '一覧', c, 'policy');
    expect(once).toEqual({ 一覧: { '3': 'policy' } });
    const other = setColumnTarget(once, '特定妊婦', column(0, 'caseNo'), 'ignore');
    expect(other).toEqual({ 一覧: { '3': 'policy' }, 特定妊婦: { '0': 'ignore' } });
    expect(setColumnTarget(other, '一覧', c, 'extra')).toEqual({ 特定妊婦: { '0': 'ignore' } });
    expect(once).toEqual({ 一覧: { '3': 'policy' } });
  });

  it('names fields that two columns are mapped to', () => {
    expect(duplicateTargets([column(0, 'name'), column(1, 'name'), column(2, 'extra'), column(3, 'extra')])).toEqual([
      '児童氏名',
    ]);
    expect(duplicateTargets([column(0, 'name'), column(1, 'kana')])).toEqual([]);
  });

  it('names columns like Excel does', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });
});

describe('history display', () => {
  it('shows enum keys and ISO dates the way the screen does', () => {
    expect(historyValue('sex', 'female', 'wareki')).toBe('女');
    expect(historyValue('status', 'closed', 'wareki')).toBe('終結');
    expect(historyValue('birthDate', '2019-05-01', 'wareki')).toBe('令和元年5月1日');
    expect(historyValue('nextReview', '2025-12', 'seireki')).toBe('2025年12月');
    expect(historyValue('policy', null, 'wareki')).toBe('（空）');
    expect(historyValue('policy', '2025-12', 'wareki')).toBe('2025-12');
  });

  it("takes today in the council's time zone, not the machine's or UTC", () => {
    // 00:30 and 23:59 in Japan, written as UTC instants so the machine's zone plays no part.
    expect(todayIso(new Date('2024-12-31T15:30:00Z'))).toBe('2025-01-01');
    expect(todayIso(new Date('2024-12-31T14:59:00Z'))).toBe('2024-12-31');
    setCouncilTimeZone('America/Los_Angeles');
    try {
      expect(todayIso(new Date('2025-01-01T07:59:00Z'))).toBe('2024-12-31');
    } finally {
      setCouncilTimeZone('Asia/Tokyo');
    }
  });
});
