// The managed list of agencies and the saved 部会 scopes: two small name-keyed lists.
import { AppError } from '../../shared/contract';
import {
  meetingScopeSchema,
  type Agency,
  type AgencyInput,
  type ScopeTemplate,
  type ScopeTemplateInput,
} from '../../shared/meeting/types';
import type { Db } from '../open';
import { compareJa, isUniqueViolation } from './sql';

export class AgenciesRepo {
  constructor(private readonly db: Db) {}

  list(): Agency[] {
    const rows = this.db.prepare('SELECT id, name, kind FROM agencies').all() as Agency[];
    return rows.sort((a, b) => compareJa(a.kind, b.kind) || compareJa(a.name, b.name));
  }

  save(input: AgencyInput & { id?: number }): Agency {
    try {
      if (input.id === undefined) {
        const { lastInsertRowid } = this.db
          .prepare('INSERT INTO agencies (name, kind) VALUES (?, ?)')
          .run(input.name, input.kind);
        return { id: Number(lastInsertRowid), name: input.name, kind: input.kind };
      }
      const { changes } = this.db
        .prepare('UPDATE agencies SET name = ?, kind = ? WHERE id = ?')
        .run(input.name, input.kind, input.id);
      if (changes === 0) throw new AppError('not_found', '関係機関が見つかりません。一覧を開き直してください。');
      return { id: input.id, name: input.name, kind: input.kind };
    } catch (err) {
      if (isUniqueViolation(err))
        throw new AppError('duplicate', `「${input.name}」という名前の関係機関はすでにあります。`);
      throw err;
    }
  }

  remove(id: number): void {
    const { changes } = this.db.prepare('DELETE FROM agencies WHERE id = ?').run(id);
    if (changes === 0) throw new AppError('not_found', '関係機関が見つかりません。一覧を開き直してください。');
  }
}

interface TemplateRow {
  id: number;
  name: string;
  scope: string;
}

export class ScopeTemplatesRepo {
  constructor(private readonly db: Db) {}

  list(): ScopeTemplate[] {
    const rows = this.db.prepare('SELECT id, name, scope FROM scope_templates ORDER BY id').all() as TemplateRow[];
    return rows.map((r) => ({ id: r.id, name: r.name, scope: meetingScopeSchema.parse(JSON.parse(r.scope)) }));
  }

  save(input: ScopeTemplateInput & { id?: number }): ScopeTemplate {
    const scope = JSON.stringify(input.scope);
    try {
      if (input.id === undefined) {
        const { lastInsertRowid } = this.db
          .prepare('INSERT INTO scope_templates (name, scope) VALUES (?, ?)')
          .run(input.name, scope);
        return { id: Number(lastInsertRowid), name: input.name, scope: input.scope };
      }
      const { changes } = this.db
        .prepare('UPDATE scope_templates SET name = ?, scope = ? WHERE id = ?')
        .run(input.name, scope, input.id);
      if (changes === 0) throw new AppError('not_found', '部会のひな形が見つかりません。一覧を開き直してください。');
      return { id: input.id, name: input.name, scope: input.scope };
    } catch (err) {
      if (isUniqueViolation(err))
        throw new AppError('duplicate', `「${input.name}」という名前の部会のひな形はすでにあります。`);
      throw err;
    }
  }

  remove(id: number): void {
    const { changes } = this.db.prepare('DELETE FROM scope_templates WHERE id = ?').run(id);
    if (changes === 0) throw new AppError('not_found', '部会のひな形が見つかりません。一覧を開き直してください。');
  }
}
