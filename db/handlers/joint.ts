// joint.*: the 合同ケース会議's proposals and standing list. Every change is one transaction through
// db/services/joint-list.ts; the workbook is small (a list of tens of cases), so it is written here rather
// than in the file worker, and locked with the open password like every export.
import type { ProposalView } from '../../shared/contract/joint';
import { dayInZone } from '../../shared/time/zone';
import { XLSX_MIME } from '../documents/minutes-xlsx';
import { writeJointListXlsx } from '../documents/joint-list-xlsx';
import { lockExportedFile } from '../files/encrypt-office';
import type { Store } from '../repos/store';
import {
  accept,
  addByHand,
  decline,
  leaveByHand,
  listRows,
  propose,
  suggestedCaseNo,
  type Actor,
} from '../services/joint-list';
import type { HandlerContext, HandlersFor } from './context';

export function jointHandlers(ctx: HandlerContext): HandlersFor<'joint'> {
  const actor = (store: Store): Actor => {
    const settings = store.settings.read();
    return { at: ctx.at(), today: dayInZone(ctx.now(), settings.timeZone), by: settings.operatorName };
  };
  const changed = (caseNos: string[] | null) => ctx.emit({ name: 'ledger.changed', payload: { caseNos } });

  return {
    'joint.overview': () => {
      const store = ctx.store();
      const proposals: ProposalView[] = store.joint.proposals().map((p) => ({
        ...p,
        caseName: p.caseNo === null ? null : (store.cases.get(p.caseNo)?.name ?? null),
      }));
      return { proposals, rows: listRows(store), nextCaseNo: suggestedCaseNo(store, actor(store).today) };
    },
    'joint.propose': ({ proposal }) => ctx.tx((store) => ({ id: propose(store, proposal, actor(store)) })),
    'joint.accept': ({ id, caseNo }) =>
      ctx.tx((store) => {
        const created = store.joint.proposal(id)?.caseNo === null;
        const target = accept(store, id, caseNo, actor(store));
        if (created) changed([target]);
        return { caseNo: target };
      }),
    'joint.decline': ({ id, reason }) =>
      ctx.tx((store) => {
        decline(store, id, reason, actor(store));
        return { ok: true as const };
      }),
    'joint.add': ({ caseNo, on, reason }) =>
      ctx.tx((store) => {
        addByHand(store, store.cases.storedCaseNo(caseNo), on, reason, actor(store));
        return { ok: true as const };
      }),
    'joint.leave': ({ caseNo, on, reason }) =>
      ctx.tx((store) => {
        leaveByHand(store, caseNo, on, reason, actor(store));
        return { ok: true as const };
      }),
    'joint.history': ({ caseNo }) => ({ events: ctx.store().joint.events(caseNo) }),
    'joint.export': async ({ filePassword }) => {
      const store = ctx.store();
      const rows = listRows(store);
      const today = actor(store).today;
      const bytes = await writeJointListXlsx(rows, ctx.now());
      return lockExportedFile(
        { fileName: `合同ケース会議名簿_${today}.xlsx`, mimeType: XLSX_MIME, dataBase64: bytes.toString('base64') },
        filePassword,
      );
    },
  };
}
