// The file worker's jobs: everything that reads or writes a whole file, which takes from tens of
// milliseconds to seconds of CPU and must not run on the backend's event loop. The same functions run
// in the worker thread (file-worker.ts) or, when no worker can be started, in the calling thread
// (run-in-worker.ts), so their inputs and outputs are plain structured-clone data.
import type { CsvEncoding, ExportFormat, ExportedFile, MappingOverride } from '../../shared/contract';
import { AppError } from '../../shared/contract';
import type { LedgerCase } from '../../shared/ledger/case';
import type { Grid } from '../../shared/ledger/grid';
import { parseWorkbook, type ParsedCase, type ParsedWorkbook } from '../../shared/ledger/parse';
import type { MinutesModel } from '../../shared/meeting/minutes';
import type { YearComparison } from '../../shared/stats/types';
import type { PlanVersion } from '../../shared/plan/support-plan';
import type { DateStyle } from '../../shared/time/date-style';
import type { HandoutData } from '../documents/handout-docx';
import { exportLedgerFile } from '../documents/ledger-export';
import { encryptOfficeFile, lockExportedFile } from '../files/encrypt-office';
import { readLedgerFile, type ReadLedgerOptions } from '../files/read-ledger-file';
import { compareCaseNo } from '../repos/order';
import { CASES_PER_PART } from './protocol';

export type { ReadLedgerOptions };

/** Bytes arrive from the other thread as a plain Uint8Array; the readers get the Buffer they got before (no copy). */
const readFile = (fileName: string, bytes: Uint8Array, options?: ReadLedgerOptions) =>
  readLedgerFile(fileName, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), options);

export type ParsedHead = Omit<ParsedWorkbook, 'cases'> & { rows: number; readMs: number; parseMs: number };

/** Each job: its input, the parts it streams back (or takes in), and its result. */
export interface Jobs {
  /** Reads and parses a ledger; the grids stay in the worker under `token`, for a re-parse with another mapping. */
  readLedger: {
    input: {
      token: string;
      fileName: string;
      bytes: Uint8Array;
      options?: ReadLedgerOptions;
      mapping?: MappingOverride;
    };
    chunk: never;
    /** ParsedCase[] as JSON (see parseAndSend). */
    part: string;
    result: ParsedHead;
  };
  /** Parses the grids kept under `token` again, with the mapping the user chose. */
  reparse: {
    input: { token: string; mapping?: MappingOverride };
    chunk: never;
    part: string;
    result: ParsedHead;
  };
  /** Drops kept grids (expired, replaced, or the database locked: they hold case data). */
  forget: { input: { tokens: string[] | 'all' }; chunk: never; part: never; result: null };
  /** A file as Grids, for the agencies' report import (small files, parsed by the caller). */
  readGrids: {
    input: { fileName: string; bytes: Uint8Array; options?: ReadLedgerOptions };
    chunk: never;
    part: never;
    result: Grid[];
  };
  /** The ledger export: the cases arrive as chunks, the file leaves as bytes. */
  writeLedger: {
    input: {
      format: ExportFormat;
      now: Date;
      timeZone: string;
      shown: boolean;
      /** The whole ledger comes in row order and is written in 登録番号 order; a selection as it came. */
      sortByCaseNo: boolean;
      encoding: CsvEncoding | undefined;
      filePassword: string | undefined;
    };
    /** LedgerCase[] as the JSON stored in the database. */
    chunk: string;
    part: never;
    result: Omit<ExportedFile, 'dataBase64'> & { bytes: Uint8Array };
  };
  /**
   * Checkpoints the database on a connection of its own (db/long-transaction.ts: after a long write), so
   * the backend's thread does not copy the WAL into the file. Opened and closed each time: no connection
   * outlives a lock, a passphrase change or a restore.
   */
  checkpoint: {
    input: { dbPath: string; passphrase: string; nativeBinding?: string; busyTimeoutMs?: number };
    chunk: never;
    part: never;
    result: null;
  };
  /** The minutes (docx/xlsx) or the handout: board pictures drawn, the file written and, when asked, locked. */
  writeDocument: {
    input: { document: DocumentJob; filePassword: string | undefined };
    chunk: never;
    part: never;
    result: ExportedFile;
  };
}

/** What a document is made from: plain data built on the backend's side from the database. */
export type DocumentJob =
  | { kind: 'minutes'; model: MinutesModel; format: 'docx' | 'xlsx'; now: Date }
  | { kind: 'handout'; options: { masked: boolean; copies: number }; data: HandoutData }
  | { kind: 'stats'; comparison: YearComparison; format: 'docx' | 'xlsx'; threshold: number | null; now: Date }
  | { kind: 'plan'; planId: number; version: PlanVersion; dateStyle: DateStyle };

export type JobName = keyof Jobs;

export interface JobContext<N extends JobName> {
  chunks: AsyncIterable<Jobs[N]['chunk']>;
  send: (part: Jobs[N]['part']) => void;
}

type JobFn<N extends JobName> = (input: Jobs[N]['input'], ctx: JobContext<N>) => Promise<Jobs[N]['result']>;

const MAX_KEPT = 4;
/** Grids read by readLedger, by preview token (insertion order = age). */
const kept = new Map<string, Grid[]>();

function parseAndSend(
  grids: Grid[],
  mapping: MappingOverride | undefined,
  readMs: number,
  ctx: { send: (part: string) => void },
): ParsedHead {
  const start = performance.now();
  // Sent in parts while the parse goes on, so the backend turns the first parts into objects while this
  // thread parses the rest. As JSON text: the receiver's port may hand it several queued messages in one
  // turn, and copying a string costs next to nothing there, while cloning objects does; it parses the
  // parts one per turn.
  let part: ParsedCase[] = [];
  const flush = () => {
    if (part.length > 0) ctx.send(JSON.stringify(part));
    part = [];
  };
  const { cases: _sent, ...head } = parseWorkbook(grids, mapping, (c) => {
    part.push(c);
    if (part.length >= CASES_PER_PART) flush();
  });
  flush();
  const parseMs = performance.now() - start;
  return { ...head, rows: grids.reduce((n, g) => n + g.rows.length, 0), readMs, parseMs };
}

export const jobs: { [N in JobName]: JobFn<N> } = {
  async readLedger({ token, fileName, bytes, options, mapping }, ctx) {
    const start = performance.now();
    const grids = await readFile(fileName, bytes, options);
    kept.delete(token);
    kept.set(token, grids);
    while (kept.size > MAX_KEPT) kept.delete(kept.keys().next().value as string);
    return parseAndSend(grids, mapping, performance.now() - start, ctx);
  },
  async reparse({ token, mapping }, ctx) {
    const grids = kept.get(token);
    if (!grids) {
      throw new AppError(
        'expired',
        '取り込みの準備が見つからないか、期限（30分）が切れました。もう一度ファイルを選んでください。',
      );
    }
    return parseAndSend(grids, mapping, 0, ctx);
  },
  async forget({ tokens }) {
    if (tokens === 'all') kept.clear();
    else for (const token of tokens) kept.delete(token);
    return null;
  },
  async readGrids({ fileName, bytes, options }) {
    return readFile(fileName, bytes, options);
  },
  async writeLedger({ format, now, timeZone, shown, sortByCaseNo, encoding, filePassword }, ctx) {
    const cases: LedgerCase[] = [];
    for await (const chunk of ctx.chunks) for (const c of JSON.parse(chunk) as LedgerCase[]) cases.push(c);
    if (sortByCaseNo) cases.sort((a, b) => compareCaseNo(a.caseNo, b.caseNo));
    const { bytes, ...file } = await exportLedgerFile(cases, format, now, timeZone, { shown, encoding });
    const plain = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return { ...file, bytes: filePassword === undefined ? plain : encryptOfficeFile(plain, filePassword) };
  },
  async checkpoint({ dbPath, passphrase, nativeBinding, busyTimeoutMs }) {
    // Loaded on first use: reading and writing files needs no database.
    const { openDatabase } = await import('../open');
    const db = openDatabase(dbPath, { passphrase, nativeBinding, busyTimeoutMs });
    try {
      db.pragma('wal_checkpoint(PASSIVE)');
    } finally {
      db.close();
    }
    return null;
  },
  async writeDocument({ document, filePassword }) {
    // Loaded on first use: docx, exceljs and resvg are not needed to read a ledger.
    if (document.kind === 'minutes') {
      const { minutesFile } = await import('../documents/minutes-file');
      return lockExportedFile(await minutesFile(document.model, document.format, document.now), filePassword);
    }
    if (document.kind === 'stats') {
      const { statsFile } = await import('../documents/stats-file');
      const { comparison, format, threshold, now } = document;
      return lockExportedFile(await statsFile(comparison, format, { threshold }, now), filePassword);
    }
    if (document.kind === 'plan') {
      const { planDocxFile } = await import('../documents/plan-docx');
      return lockExportedFile(
        await planDocxFile(document.planId, document.version, { dateStyle: document.dateStyle }),
        filePassword,
      );
    }
    const { exportHandout } = await import('../documents/handout-docx');
    return lockExportedFile(await exportHandout(document.options, document.data), filePassword);
  },
};
