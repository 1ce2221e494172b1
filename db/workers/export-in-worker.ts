// The ledger export, written in the file worker. The cases are read a page per turn of the event loop in
// one read transaction (a consistent snapshot; db/long-transaction.ts) and go over as their stored JSON,
// unparsed, one page per message; the worker parses, orders and writes them, and the file comes back as
// bytes. Base64 for the contract's ExportedFile is made here, on the backend's side, because that string is
// what the caller sends on anyway.
import { AppError, type ExportedFile, type ExportFormat } from '../../shared/contract';
import type { HandlerContext } from '../handlers/context';
import type { ExportOptions } from '../documents/ledger-export';
import { CASES_PER_PART } from './protocol';
import { runJob } from './run-in-worker';

/** The whole ledger in 登録番号 order, or the cases asked for (in the order asked). */
export type ExportSelection = { all: true } | { caseNos: readonly string[] };

export async function exportLedgerInWorker(
  ctx: Pick<HandlerContext, 'longTx'>,
  selection: ExportSelection,
  format: ExportFormat,
  now: Date,
  options: ExportOptions & { filePassword?: string } = {},
): Promise<ExportedFile> {
  const { parts, timeZone } = await readCases(ctx, selection);
  const { bytes, ...file } = await runJob(
    'writeLedger',
    {
      format,
      now,
      timeZone,
      shown: options.shown ?? false,
      sortByCaseNo: 'all' in selection,
      encoding: options.encoding,
      // Agile encryption spins SHA-512 100,000 times: in the worker, like the writing.
      filePassword: options.filePassword,
    },
    { chunks: parts },
  );
  return { ...file, dataBase64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64') };
}

/** The selected cases as parts of JSON arrays (`[case, case, …]`), read a page per turn. */
async function readCases(
  ctx: Pick<HandlerContext, 'longTx'>,
  selection: ExportSelection,
): Promise<{ parts: string[]; timeZone: string }> {
  return ctx.longTx('read', async (turn) => {
    const timeZone = await turn((store) => store.settings.read().timeZone);
    const rows: { caseNo: string; data: string }[] = [];
    for (let after = 0; ;) {
      const page = await turn(({ cases }) => cases.dataPage(after, CASES_PER_PART));
      for (const { caseNo, data } of page) rows.push({ caseNo, data });
      if (page.length < CASES_PER_PART) break;
      after = page[page.length - 1]!.id;
    }
    const chosen = 'all' in selection ? rows.map((r) => r.data) : await pick(rows, selection.caseNos, turn);
    const parts: string[] = [];
    for (let i = 0; i < chosen.length; i += CASES_PER_PART)
      parts.push(`[${chosen.slice(i, i + CASES_PER_PART).join(',')}]`);
    return { parts, timeZone };
  });
}

async function pick(
  rows: readonly { caseNo: string; data: string }[],
  requested: readonly string[],
  turn: Parameters<Parameters<HandlerContext['longTx']>[1]>[0],
): Promise<string[]> {
  const byNo = new Map(rows.map((r) => [r.caseNo, r.data]));
  const out: string[] = [];
  for (const caseNo of requested) {
    // The map first: storedCaseNo reads every legacy spelling, once per miss only.
    const found = byNo.get(caseNo) ?? byNo.get(await turn(({ cases }) => cases.storedCaseNo(caseNo)));
    if (found === undefined) throw new AppError('not_found', `登録番号「${caseNo}」のケースが見つかりません。`);
    out.push(found);
  }
  return out;
}
