// WOFF 1.0 → OpenType (sfnt). The bundled BIZ UDPGothic ships only as web fonts; resvg reads TrueType/OpenType.
// A WOFF 1.0 file is the font's tables, each zlib-compressed when that made it smaller, behind a directory:
// unpacking is inflating each table and writing the plain sfnt directory in front of them again.
import { inflateSync } from 'node:zlib';

const WOFF_HEADER = 44;
const WOFF_ENTRY = 20;
const SFNT_HEADER = 12;
const SFNT_ENTRY = 16;

interface Table {
  tag: string;
  checksum: number;
  data: Buffer;
}

/** The OpenType bytes of a WOFF 1.0 font; throws on anything else (WOFF2 included). */
export function woffToSfnt(woff: Uint8Array): Buffer {
  const src = Buffer.from(woff.buffer, woff.byteOffset, woff.byteLength);
  if (src.length < WOFF_HEADER || src.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1.0 font');
  const flavor = src.readUInt32BE(4);
  const numTables = src.readUInt16BE(12);
  if (WOFF_HEADER + numTables * WOFF_ENTRY > src.length) throw new Error('WOFF table directory is cut off');
  const tables: Table[] = [];
  for (let i = 0; i < numTables; i++) {
    const at = WOFF_HEADER + i * WOFF_ENTRY;
    const offset = src.readUInt32BE(at + 4);
    const compLength = src.readUInt32BE(at + 8);
    const origLength = src.readUInt32BE(at + 12);
    if (offset + compLength > src.length) throw new Error('WOFF table is cut off');
    const stored = src.subarray(offset, offset + compLength);
    const data = compLength < origLength ? inflateSync(stored) : Buffer.from(stored);
    if (data.length !== origLength) throw new Error('WOFF table has the wrong length');
    tables.push({ tag: src.toString('latin1', at, at + 4), checksum: src.readUInt32BE(at + 16), data });
  }
  // The sfnt directory is sorted by tag (WOFF's already is; sorting again costs nothing and guards the rule).
  tables.sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
  const padded = (n: number) => (n + 3) & ~3;
  let size = SFNT_HEADER + numTables * SFNT_ENTRY;
  for (const t of tables) size += padded(t.data.length);
  const out = Buffer.alloc(size);
  const power = 2 ** Math.floor(Math.log2(Math.max(1, numTables)));
  out.writeUInt32BE(flavor, 0);
  out.writeUInt16BE(numTables, 4);
  out.writeUInt16BE(power * 16, 6); // searchRange
  out.writeUInt16BE(Math.log2(power), 8); // entrySelector
  out.writeUInt16BE(numTables * 16 - power * 16, 10); // rangeShift
  let offset = SFNT_HEADER + numTables * SFNT_ENTRY;
  tables.forEach((t, i) => {
    const at = SFNT_HEADER + i * SFNT_ENTRY;
    out.write(t.tag, at, 'latin1');
    out.writeUInt32BE(t.checksum, at + 4);
    out.writeUInt32BE(offset, at + 8);
    out.writeUInt32BE(t.data.length, at + 12);
    t.data.copy(out, offset);
    offset += padded(t.data.length);
  });
  return out;
}
