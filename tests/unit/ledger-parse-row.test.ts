// One cell into one field (shared/ledger/parse-row.ts): what rejects, what warns and keeps the original text.
import { describe, expect, it } from 'vitest';
import { emptyCase, type MappedField } from '../../shared/ledger/case';
import { applyField, schemaProblems, type Column, type RowContext } from '../../shared/ledger/parse-row';

function context(): RowContext {
  return { sheet: '台帳', row: 3, caseNo: 'A-1', warnings: [], extra: {} };
}

function column(header: string, target: MappedField): Column {
  return { index: 0, header, target, suggested: target, extraKey: header };
}

describe('applyField', () => {
  it('rejects a date it cannot read', () => {
    const c = emptyCase('A-1');
    const reason = applyField(context(), c, 'birthDate', column('生年月日', 'birthDate'), 'いつか', 'いつか');
    expect(reason).toContain('「生年月日」の日付を読めません');
    expect(c.birthDate).toBeNull();
  });

  it('leaves an unknown coded value empty, warns and keeps the original under its header', () => {
    const ctx = context();
    const c = emptyCase('A-1');
    expect(applyField(ctx, c, 'riskLevel', column('緊急度', 'riskLevel'), 'AA', 'AA')).toBeNull();
    expect(c.riskLevel).toBeNull();
    expect(ctx.extra).toEqual({ 緊急度: 'AA' });
    expect(ctx.warnings).toHaveLength(1);
    expect(ctx.warnings[0]).toMatchObject({ sheet: '台帳', row: 3, caseNo: 'A-1' });
  });

  it('finds no schema problem in an empty case', () => {
    expect(schemaProblems(emptyCase('A-1'))).toEqual([]);
  });
});
