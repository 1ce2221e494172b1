// What a chosen file is, decided by its bytes: names lie (a CSV saved as .xlsx, an old .xls renamed, a
// PDF printout of the ledger). Each kind that is not a ledger gets a message naming what it is and what
// to do; plain text is tried as CSV whatever its name.

export type FileKind =
  | { kind: 'empty' }
  | { kind: 'zip' }
  | { kind: 'ole2'; content: 'xls' | 'encrypted' | 'doc' | 'other' }
  | { kind: 'pdf' }
  | { kind: 'image'; format: string }
  /** A spreadsheet format older than any we read (Lotus 1-2-3, Excel 2.x-4.0 worksheets, Quattro Pro). */
  | { kind: 'legacy'; format: string }
  | { kind: 'text' }
  | { kind: 'binary' };

const startsWith = (bytes: Uint8Array, ...sig: number[]) => sig.every((b, i) => bytes[i] === b);
const ascii = (bytes: Uint8Array, text: string, at = 0) =>
  [...text].every((ch, i) => bytes[at + i] === ch.charCodeAt(0));

export function sniffFileKind(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return { kind: 'empty' };
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04) || startsWith(bytes, 0x50, 0x4b, 0x05, 0x06)) return { kind: 'zip' };
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1))
    return { kind: 'ole2', content: ole2Content(bytes) };
  if (ascii(bytes, '%PDF')) return { kind: 'pdf' };
  const image = imageFormat(bytes);
  if (image) return { kind: 'image', format: image };
  const legacy = legacyFormat(bytes);
  if (legacy) return { kind: 'legacy', format: legacy };
  return looksLikeText(bytes) ? { kind: 'text' } : { kind: 'binary' };
}

/** An OLE2 compound file names its streams in UTF-16: Workbook (.xls), EncryptedPackage (a password-protected .xlsx), WordDocument. */
function ole2Content(bytes: Uint8Array): 'xls' | 'encrypted' | 'doc' | 'other' {
  const has = (name: string) =>
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from(name, 'utf16le'));
  if (has('EncryptedPackage')) return 'encrypted';
  if (has('Workbook') || has('Book')) return 'xls';
  if (has('WordDocument')) return 'doc';
  return 'other';
}

function imageFormat(bytes: Uint8Array): string | null {
  if (startsWith(bytes, 0x89, 0x50, 0x4e, 0x47)) return 'PNG';
  if (startsWith(bytes, 0xff, 0xd8, 0xff)) return 'JPEG';
  if (ascii(bytes, 'GIF8')) return 'GIF';
  if (ascii(bytes, 'BM') && bytes.length > 14) return 'BMP';
  if (startsWith(bytes, 0x49, 0x49, 0x2a, 0x00) || startsWith(bytes, 0x4d, 0x4d, 0x00, 0x2a)) return 'TIFF';
  if (ascii(bytes, 'RIFF') && ascii(bytes, 'WEBP', 8)) return 'WebP';
  if (ascii(bytes, 'ftyp', 4) && (ascii(bytes, 'heic', 8) || ascii(bytes, 'mif1', 8))) return 'HEIC';
  return null;
}

function legacyFormat(bytes: Uint8Array): string | null {
  // Lotus: a BOF record (type 0, length 2) holding the file version.
  if (startsWith(bytes, 0x00, 0x00, 0x02, 0x00, 0x04, 0x04)) return 'Lotus 1-2-3（.wks）';
  if (startsWith(bytes, 0x00, 0x00, 0x02, 0x00, 0x06, 0x04)) return 'Lotus 1-2-3（.wk1）';
  if (startsWith(bytes, 0x00, 0x00, 0x1a, 0x00)) return 'Lotus 1-2-3（.wk3 / .wk4 / .123）';
  if (startsWith(bytes, 0x00, 0x00, 0x02, 0x00, 0x20, 0x51)) return 'Quattro Pro（.wq1）';
  // Excel 2.x-4.0 wrote a bare BIFF stream, no OLE2 container: BOF record 0x0009 / 0x0209 / 0x0409.
  if (
    startsWith(bytes, 0x09, 0x00, 0x04, 0x00) ||
    startsWith(bytes, 0x09, 0x02, 0x06, 0x00) ||
    startsWith(bytes, 0x09, 0x04, 0x06, 0x00)
  )
    return 'Excel 2.x〜4.0 形式（古い .xls）';
  return null;
}

/** Binary files contain NUL bytes; text in UTF-8 or CP932 never does. UTF-16 starts with a BOM. */
function looksLikeText(bytes: Uint8Array): boolean {
  if (startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff)) return true;
  const n = Math.min(bytes.length, 64 * 1024);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return false;
  return true;
}
