// The ledger export, written in the file worker: the cases go over in parts (one per event-loop turn),
// the file comes back as bytes. Base64 for the contract's ExportedFile is made here, on the backend's
// side, because that string is what the caller sends on anyway.
import type { ExportedFile, ExportFormat } from '../../shared/contract';
import type { LedgerCase } from '../../shared/ledger/case';
import type { ExportOptions } from '../documents/ledger-export';
import { CASES_PER_PART } from './protocol';
import { runJob } from './run-in-worker';

export async function exportLedgerInWorker(
  cases: readonly LedgerCase[],
  format: ExportFormat,
  now: Date,
  timeZone: string,
  options: ExportOptions & { filePassword?: string } = {},
): Promise<ExportedFile> {
  const { bytes, ...file } = await runJob(
    'writeLedger',
    {
      format,
      now,
      timeZone,
      shown: options.shown ?? false,
      encoding: options.encoding,
      // Agile encryption spins SHA-512 100,000 times: in the worker, like the writing.
      filePassword: options.filePassword,
    },
    { chunks: partsOf(cases) },
  );
  return { ...file, dataBase64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64') };
}

function* partsOf(cases: readonly LedgerCase[]): Iterable<LedgerCase[]> {
  for (let i = 0; i < cases.length; i += CASES_PER_PART) yield cases.slice(i, i + CASES_PER_PART);
}
