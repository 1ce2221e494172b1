import { describe, it, expect } from 'vitest';
import {
  addItem,
  CASES_ONLY_PROGRAM,
  editItem,
  entryKey,
  moveEntry,
  moveEntryBy,
  programFromTemplate,
  programItemInputSchema,
  programTemplateSchema,
  removeItem,
  templateFromProgram,
  withBlocks,
  type ProgramEntry,
  type ProgramItemFields,
} from '../../shared/meeting/program';
import { handoutProgramRows } from '../../shared/meeting/handout-program';
import { clockAt, scheduleProgram } from '../../shared/meeting/program-schedule';
import { DEFAULT_TRIAGE_SETTINGS, type AgendaItem } from '../../shared/meeting/types';
import { DEFAULT_PROGRAM_TEMPLATES, mergeTemplates } from '../../shared/meeting/program-templates';

const fields = (title: string, minutes = 5, kind: ProgramItemFields['kind'] = '報告'): ProgramItemFields => ({
  kind,
  title,
  presenter: null,
  minutes,
  notes: null,
});
const keys = (program: readonly ProgramEntry[]) => program.map(entryKey);

describe('program operations', () => {
  const base = programFromTemplate(DEFAULT_PROGRAM_TEMPLATES.実務者会議);

  it('lays out the 実務者会議 template with numbered ids around the two blocks', () => {
    expect(keys(base)).toEqual(['i1', 'i2', 'i3', 'block:quick', 'block:deep', 'i4', 'i5', 'i6']);
    expect(base.map((e) => ('block' in e ? e.block : e.title))).toEqual([
      '開会',
      '前回の振り返り',
      '新規ケース',
      'quick',
      'deep',
      '実務研修',
      '連絡事項',
      '閉会',
    ]);
    expect(templateFromProgram(base)).toEqual(DEFAULT_PROGRAM_TEMPLATES.実務者会議);
  });

  it('adds with a fresh id at an index (clamped) or at the end', () => {
    const { program, id } = addItem(base, fields('講演', 40, '研修'), 3);
    expect(id).toBe('i7');
    expect(keys(program).slice(2, 5)).toEqual(['i3', 'i7', 'block:quick']);
    expect(keys(addItem(base, fields('x')).program).at(-1)).toBe('i7');
    expect(keys(addItem(base, fields('x'), 99).program).at(-1)).toBe('i7');
    // Removing the last-numbered item does not make its id come back for a different item while others remain.
    expect(addItem(removeItem(base, 'i2'), fields('y')).id).toBe('i7');
  });

  it('edits only the given fields, keeps the record, and refuses blocks and unknown ids', () => {
    const edited = editItem(base, 'i2', { title: '前回の振り返りと課題', presenter: '児童相談所', record: '特になし' });
    expect(edited[1]).toMatchObject({
      title: '前回の振り返りと課題',
      presenter: '児童相談所',
      minutes: 5,
      record: '特になし',
    });
    expect(() => editItem(base, 'block:quick', { title: 'x' })).toThrow('編集できません');
    expect(() => editItem(base, 'i99', { title: 'x' })).toThrow('次第にありません');
  });

  it('removes items but never a block', () => {
    expect(keys(removeItem(base, 'i1'))[0]).toBe('i2');
    expect(() => removeItem(base, 'block:deep')).toThrow('削除できません');
  });

  it('moves items and blocks to an index or by one step, stopping at the ends', () => {
    expect(keys(moveEntry(base, 'i4', 3))).toEqual(['i1', 'i2', 'i3', 'i4', 'block:quick', 'block:deep', 'i5', 'i6']);
    expect(keys(moveEntry(base, 'block:deep', 0))[0]).toBe('block:deep');
    expect(keys(moveEntry(base, 'i1', 100)).at(-1)).toBe('i1');
    expect(keys(moveEntryBy(base, 'i1', -1))).toEqual(keys(base));
    expect(keys(moveEntryBy(base, 'i6', 1))).toEqual(keys(base));
    expect(keys(moveEntryBy(base, 'block:quick', 1)).slice(3, 5)).toEqual(['block:deep', 'block:quick']);
  });

  it('appends missing blocks at the end (a 代表者会議 has none)', () => {
    const rep = programFromTemplate(DEFAULT_PROGRAM_TEMPLATES.代表者会議);
    expect(keys(rep)).toEqual(['i1', 'i2', 'i3', 'i4', 'i5']);
    expect(keys(withBlocks(rep)).slice(5)).toEqual(['block:quick', 'block:deep']);
    expect(withBlocks(CASES_ONLY_PROGRAM)).toEqual(CASES_ONLY_PROGRAM);
  });
});

describe('program input and templates', () => {
  it('trims text, turns empty presenter/notes into null and refuses an empty title', () => {
    expect(programItemInputSchema.parse({ ...fields(' 研修 '), presenter: ' ', notes: '' })).toMatchObject({
      title: '研修',
      presenter: null,
      notes: null,
    });
    expect(programItemInputSchema.safeParse({ ...fields(' ') }).success).toBe(false);
    expect(programItemInputSchema.safeParse({ ...fields('x', -1) }).success).toBe(false);
  });

  it('refuses a template with a block twice, and fills kinds not stored from the defaults', () => {
    expect(programTemplateSchema.safeParse([{ block: 'quick' }, { block: 'quick' }]).success).toBe(false);
    expect(programTemplateSchema.safeParse(DEFAULT_PROGRAM_TEMPLATES.実務者会議).success).toBe(true);
    const merged = mergeTemplates({ 代表者会議: [fields('前年度実績', 20)] });
    expect(merged.代表者会議).toEqual([fields('前年度実績', 20)]);
    expect(merged.実務者会議).toEqual(DEFAULT_PROGRAM_TEMPLATES.実務者会議);
  });
});

describe('scheduleProgram', () => {
  it('gives each entry its start time from the meeting start, blocks taking their cases’ time', () => {
    const program = programFromTemplate(DEFAULT_PROGRAM_TEMPLATES.実務者会議);
    const schedule = scheduleProgram(program, '13:30', 120, { quick: 10 * 60, deep: 45 * 60 });
    expect(schedule.map((s) => `${s.key}@${s.start}`)).toEqual([
      'i1@13:30',
      'i2@13:32',
      'i3@13:37',
      'block:quick@13:47',
      'block:deep@13:57',
      'i4@14:42',
      'i5@15:12',
      'i6@15:17',
    ]);
    // 2+5+10+10+45+30 = 102 minutes before 連絡事項 (5): ends at 107; 閉会 ends at 109 — all within 120.
    expect(schedule.some((s) => s.late)).toBe(false);
    const tight = scheduleProgram(program, '13:30', 100, { quick: 10 * 60, deep: 45 * 60 });
    expect(tight.filter((s) => s.late).map((s) => s.key)).toEqual(['i4', 'i5', 'i6']);
  });

  it('wraps past midnight', () => {
    expect(clockAt('23:50', 20 * 60)).toBe('00:10');
    expect(clockAt('09:05', 59)).toBe('09:05');
  });
});

describe('handoutProgramRows', () => {
  it('scrubs the title and presenter, counts a block’s cases and gives each row its start', () => {
    const program: ProgramEntry[] = [
      { block: 'quick' },
      { ...fields('架空太郎さんの件の振り返り', 10), presenter: '架空太郎', id: 'i1', record: null },
    ];
    const quick: AgendaItem = {
      caseNo: 'Q-1',
      group: 'quick',
      ruleGroup: 'quick',
      reasons: [],
      order: 0,
      deepMinutes: null,
      draft: null,
      override: null,
    };
    const rows = handoutProgramRows(
      program,
      { startTime: '10:00', plannedMinutes: 60 },
      [quick],
      DEFAULT_TRIAGE_SETTINGS,
      (t) => t.replaceAll('架空太郎', '〇〇'),
    );
    expect(rows).toEqual([
      ['10:00', 'ケース', '進行管理（確認）（1件）', '', '1分'],
      ['10:01', '報告', '〇〇さんの件の振り返り', '〇〇', '10分'],
      ['10:11', 'ケース', '進行管理（協議）（0件）', '', '0分'],
    ]);
  });
});
