import { describe, expect, it } from 'vitest';
import type { ImportCaseUpdate } from '../../shared/contract';
import { choose, overwriteList, plainUpdates, takeOf, undoingUpdates } from '../../renderer/src/lib/import-choices';

const undoes = { source: 'meeting' as const, at: '2026-04-10T05:00:00Z', by: null, detail: '会議#3 第3回実務者会議' };
const updates: ImportCaseUpdate[] = [
  {
    caseNo: 'S-1',
    changes: [
      { field: 'riskLevel', from: '重度', to: '軽度', undoes, kept: true },
      { field: 'policy', from: '会議の方針', to: '古い方針', undoes, kept: true },
      { field: 'district', from: null, to: '北地区', undoes: null, kept: false },
    ],
  },
  { caseNo: 'S-2', changes: [{ field: 'policy', from: 'a', to: 'b', undoes: null, kept: false }] },
];

describe('import choices', () => {
  it('keeps the ledger value by default and sends only the chosen undoing changes', () => {
    expect(undoingUpdates(updates)).toEqual([{ caseNo: 'S-1', changes: updates[0]!.changes.slice(0, 2) }]);
    expect(plainUpdates(updates).map((u) => u.caseNo)).toEqual(['S-1', 'S-2']);
    let choices = new Map() as ReturnType<typeof choose>;
    expect(takeOf(choices, 'S-1', 'riskLevel')).toBe('ledger');
    expect(overwriteList(updates, choices)).toEqual([]);
    choices = choose(choices, 'S-1', ['riskLevel', 'policy'], 'file');
    choices = choose(choices, 'S-1', ['policy'], 'ledger');
    // A choice on a change that undoes nothing is not sent: it is written anyway.
    choices = choose(choices, 'S-2', ['policy'], 'file');
    expect(overwriteList(updates, choices)).toEqual([{ caseNo: 'S-1', field: 'riskLevel' }]);
  });
});
