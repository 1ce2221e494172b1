// Looks into an xlsx (a zip) before exceljs loads it: exceljs builds the whole workbook in memory, and a
// 30 MB file of 600,000 rows took the backend down. Here each part is inflated as a stream, a chunk at a
// time, counting the bytes it unpacks to and the <row> elements of the sheets; it stops at the first
// limit passed, having held no more than one chunk.
import { Readable } from 'node:stream';
import { createInflateRaw, inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  dataStart: number;
}

export class ZipLimitError extends Error {
  constructor(
    readonly limit: 'rows' | 'unpackedBytes',
    readonly count: number,
  ) {
    super(limit);
  }
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The entries of a zip from its central directory; throws on anything malformed. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('no end of central directory');
  let count = buf.readUInt16LE(eocd + 10);
  let offset = buf.readUInt32LE(eocd + 16);
  if ((count === 0xffff || offset === 0xffffffff) && eocd >= 20 && buf.readUInt32LE(eocd - 20) === ZIP64_LOCATOR) {
    const at = Number(buf.readBigUInt64LE(eocd - 12));
    if (buf.readUInt32LE(at) !== ZIP64_EOCD) throw new Error('bad zip64 directory');
    count = Number(buf.readBigUInt64LE(at + 32));
    offset = Number(buf.readBigUInt64LE(at + 48));
  }
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(p) !== CENTRAL) throw new Error('bad central directory');
    const method = buf.readUInt16LE(p + 10);
    let compressedSize = buf.readUInt32LE(p + 20);
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    let local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLength);
    if (compressedSize === 0xffffffff || local === 0xffffffff) {
      ({ compressedSize, local } = zip64Sizes(
        buf,
        p + 46 + nameLength,
        extraLength,
        buf.readUInt32LE(p + 24) === 0xffffffff,
        compressedSize,
        local,
      ));
    }
    if (buf.readUInt32LE(local) !== LOCAL) throw new Error('bad local header');
    const dataStart = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    if (dataStart + compressedSize > buf.length) throw new Error('entry past the end');
    entries.push({ name, method, compressedSize, dataStart });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The zip64 extra field holds, in order, only the values that overflowed: uncompressed, compressed, offset. */
function zip64Sizes(
  buf: Buffer,
  at: number,
  length: number,
  bigUncompressed: boolean,
  compressedSize: number,
  local: number,
) {
  for (let q = at; q + 4 <= at + length;) {
    const id = buf.readUInt16LE(q);
    const size = buf.readUInt16LE(q + 2);
    if (id === 0x0001) {
      let r = q + 4;
      if (bigUncompressed) r += 8;
      if (compressedSize === 0xffffffff) {
        compressedSize = Number(buf.readBigUInt64LE(r));
        r += 8;
      }
      if (local === 0xffffffff) local = Number(buf.readBigUInt64LE(r));
      break;
    }
    q += 4 + size;
  }
  return { compressedSize, local };
}

const ROW = /<(?:[A-Za-z_][\w.-]*:)?row[\s>/]/g;
const TAIL = 32;

/**
 * Unpacks every entry as a stream; throws ZipLimitError when the unpacked bytes pass `maxUnpacked` or the
 * worksheets' rows pass `maxRows`. Returns the row count.
 */
export async function checkZipSize(
  bytes: Uint8Array,
  limits: { maxUnpacked: number; maxRows: number },
): Promise<{ rows: number; unpacked: number }> {
  let unpacked = 0;
  let rows = 0;
  for (const entry of zipEntries(bytes)) {
    const isSheet = /^xl\/worksheets\/[^/]+\.xml$/i.test(entry.name);
    let tail = '';
    const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
    for await (const chunk of inflated(data, entry.method)) {
      unpacked += chunk.length;
      if (unpacked > limits.maxUnpacked) throw new ZipLimitError('unpackedBytes', unpacked);
      if (!isSheet) continue;
      const text = tail + chunk.toString('latin1');
      for (const m of text.matchAll(ROW)) if (m.index + m[0].length > tail.length) rows++;
      if (rows > limits.maxRows) throw new ZipLimitError('rows', rows);
      tail = text.slice(-TAIL);
    }
  }
  return { rows, unpacked };
}

const SLICE = 64 * 1024;

export function inflated(data: Uint8Array, method: number): AsyncIterable<Buffer> {
  const source = Readable.from(
    (function* () {
      for (let i = 0; i < data.length; i += SLICE)
        yield Buffer.from(data.buffer, data.byteOffset + i, Math.min(SLICE, data.length - i));
    })(),
  );
  if (method === 0) return source;
  if (method !== 8) throw new Error(`unsupported zip method ${method}`);
  return source.pipe(createInflateRaw());
}

/** A small entry's text (the ODF `mimetype`), or null when it is larger than `maxBytes` or unreadable. */
export function zipText(bytes: Uint8Array, entry: ZipEntry, maxBytes: number): string | null {
  if (entry.compressedSize > maxBytes) return null;
  const data = Buffer.from(bytes.buffer, bytes.byteOffset + entry.dataStart, entry.compressedSize);
  try {
    if (entry.method === 0) return data.toString('utf8');
    if (entry.method === 8) return inflateRawSync(data, { maxOutputLength: maxBytes }).toString('utf8');
  } catch {
    return null;
  }
  return null;
}
