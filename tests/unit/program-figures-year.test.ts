// A 報告 item's figuresYear (the year's figures on the projector): stored programs without it still parse, and a
// partial update that does not name it (the console saving only the 記録) leaves it as it was.
import { describe, expect, it } from 'vitest';
import { agendaMethods } from '../../shared/contract/agenda';
import { editItem, programFromTemplate, programSchema } from '../../shared/meeting/program';

const REPORT = { kind: '報告', title: '前年度実績', presenter: null, minutes: 15, notes: null } as const;

describe('figuresYear', () => {
  it('reads a program stored before the field existed', () => {
    const stored = [{ ...REPORT, id: 'i1', record: null }, { block: 'quick' }];
    expect(programSchema.parse(stored)[0]).not.toHaveProperty('figuresYear', 2025);
    expect(programSchema.safeParse(stored).success).toBe(true);
  });

  it('survives saving only the 記録 through agenda.updateEntry', () => {
    const program = programFromTemplate([{ ...REPORT, figuresYear: 2025 }]);
    const input = agendaMethods['agenda.updateEntry'].input.parse({
      meetingId: 1,
      id: 'i1',
      changes: { record: '前年度より新規登録が増えた。' },
    });
    const edited = editItem(program, 'i1', input.changes);
    expect(edited[0]).toMatchObject({ figuresYear: 2025, record: '前年度より新規登録が増えた。' });
  });

  it('refuses a year outside the ledger range', () => {
    const input = agendaMethods['agenda.updateEntry'].input;
    expect(input.safeParse({ meetingId: 1, id: 'i1', changes: { figuresYear: 1800 } }).success).toBe(false);
    expect(input.safeParse({ meetingId: 1, id: 'i1', changes: { figuresYear: null } }).success).toBe(true);
  });
});
