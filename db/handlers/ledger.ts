// ledger.*, settings.* and audit.*: the case ledger (read, create, edit, import, export), the app's settings
// and the 操作ログ. A read-modify-write is one `ctx.tx`, and ledger.changed follows its commit.
import { AppError } from '../../shared/contract';
import { caseFieldsSchema } from '../../shared/ledger/case';
import { diffCases } from '../../shared/ledger/diff';
import { staleEditMessage } from '../../shared/ledger/stale-edit';
import { FILE_PASSWORD_NOT_FOR_TEXT } from '../../shared/text/file-password';
import { exportAuditLog } from '../documents/audit-export';
import { exportLedgerInWorker } from '../workers/export-in-worker';
import type { Store } from '../repos/store';
import type { ImportService } from '../services/import';
import { zodMessage } from '../zod-message';
import type { HandlerContext, HandlersFor } from './context';

export function ledgerHandlers(ctx: HandlerContext, imports: ImportService): HandlersFor<'ledger'> {
  const detail = (store: Store, requested: string) => {
    const { cases } = store;
    const caseNo = cases.storedCaseNo(requested);
    const found = cases.get(caseNo);
    if (!found) throw new AppError('not_found', `登録番号「${caseNo}」のケースが見つかりません。`);
    return { case: found, history: cases.history(caseNo), version: cases.version(caseNo) ?? 1 };
  };

  return {
    'ledger.list': () => ({ cases: ctx.store().cases.list() }),
    'ledger.get': ({ caseNo }) => detail(ctx.store(), caseNo),
    'ledger.create': ({ case: c }) => {
      const at = ctx.at();
      ctx.tx(({ cases }) => {
        if (cases.get(c.caseNo)) throw new AppError('duplicate', `登録番号「${c.caseNo}」はすでに登録されています。`);
        const spelling = cases.storedCaseNo(c.caseNo);
        if (spelling !== c.caseNo)
          throw new AppError(
            'duplicate',
            `登録番号「${c.caseNo}」は、台帳の「${spelling}」と全角・半角や見えない文字、ハイフンの違いしかありません。同じケースではないか確かめてください。`,
          );
        cases.insert(c, at);
        cases.addHistory(
          { caseNo: c.caseNo, source: 'edit', field: '*', oldValue: null, newValue: null, detail: null },
          at,
        );
        ctx.emit({ name: 'ledger.changed', payload: { caseNos: [c.caseNo] } });
      });
      return detail(ctx.store(), c.caseNo);
    },
    'ledger.update': ({ caseNo, changes, version }) => {
      const at = ctx.at();
      // Read, check and write in ONE immediate transaction: the case read is the one written back, so a
      // change another program committed meanwhile is either seen (and kept) or refused, never overwritten.
      ctx.tx((store) => {
        const { cases } = store;
        const before = detail(store, caseNo).case;
        if (version !== undefined && version !== cases.version(before.caseNo)) {
          throw new AppError('conflict', staleEditMessage(before, changes));
        }
        // Only the fields in `changes` are taken from the editor; every other field stays as stored now.
        const merged = caseFieldsSchema.safeParse({ ...before, ...changes, caseNo: before.caseNo });
        if (!merged.success) throw new AppError('invalid_input', zodMessage(merged.error));
        const diff = diffCases(before, merged.data);
        if (diff.length === 0) return;
        cases.replace(merged.data, at);
        for (const change of diff)
          cases.addHistory({ caseNo: before.caseNo, source: 'edit', ...change, detail: null }, at);
        ctx.emit({ name: 'ledger.changed', payload: { caseNos: [caseNo] } });
      });
      return detail(ctx.store(), caseNo);
    },
    'ledger.importPreview': (input) => imports.preview(input),
    'ledger.importCommit': (input) => imports.commit(input),
    'ledger.export': async ({ format, caseNos, filePassword, encoding }) => {
      // A password only on xlsx (CSV/JSON are plain text), and the encoding is a CSV's: refused before any work.
      if (filePassword !== undefined && format !== 'xlsx')
        throw new AppError('invalid_input', FILE_PASSWORD_NOT_FOR_TEXT);
      if (encoding !== undefined && format !== 'csv')
        throw new AppError('invalid_input', '文字コードを選べるのは CSV の書き出しだけです。');
      const selection = caseNos === undefined ? { all: true as const } : { caseNos };
      return exportLedgerInWorker(ctx, selection, format, ctx.now(), {
        shown: caseNos !== undefined,
        encoding,
        filePassword,
      });
    },
  };
}

export function settingsHandlers(ctx: HandlerContext): HandlersFor<'settings'> {
  return {
    'settings.get': () => ctx.store().settings.read(),
    // Only the keys given are written, in one immediate transaction with the read that follows.
    'settings.update': (changes) => ctx.tx(({ settings }) => settings.write(changes)),
  };
}

export function auditHandlers(ctx: HandlerContext): HandlersFor<'audit'> {
  return {
    'audit.list': (filter) => ctx.store().audit.list(filter),
    'audit.export': async ({ format, ...filter }) => {
      const store = ctx.store();
      return exportAuditLog(store.audit.list(filter).entries, format, ctx.now(), store.settings.read().timeZone);
    },
  };
}
