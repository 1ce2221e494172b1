// An independent check of our encrypted Office files: Python's msoffcrypto (not officecrypto-tool, which wrote
// them) decrypts them, and fflate unpacks the zip. CI installs python3-msoffcrypto-tool for /usr/bin/python3.
import { spawnSync } from 'node:child_process';
import { strFromU8, unzipSync } from 'fflate';

const SCRIPT = `
import io, sys, msoffcrypto
f = msoffcrypto.OfficeFile(io.BytesIO(sys.stdin.buffer.read()))
f.load_key(password=sys.argv[1])
out = io.BytesIO()
f.decrypt(out)
sys.stdout.buffer.write(out.getvalue())
`;

/** The decrypted zip's parts as text, or an Error when msoffcrypto refuses (wrong password, not encrypted). */
export function decryptWithMsoffcrypto(bytes: Uint8Array, password: string): Record<string, string> | Error {
  const run = spawnSync('/usr/bin/python3', ['-c', SCRIPT, password], { input: bytes, maxBuffer: 64 << 20 });
  if (run.error) throw run.error;
  if (run.status !== 0) return new Error(run.stderr.toString());
  const parts = unzipSync(new Uint8Array(run.stdout));
  return Object.fromEntries(Object.entries(parts).map(([name, data]) => [name, strFromU8(data)]));
}

/** OLE2 compound file: what an encrypted OOXML file is (a plain one is a zip, "PK"). */
export function isOle2(bytes: Uint8Array): boolean {
  return [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].every((b, i) => bytes[i] === b);
}

/** Every text part of a decrypted package, joined: the streaming xlsx writer keeps strings inline in the sheet. */
export function allPartsText(parts: Record<string, string>): string {
  return Object.values(parts).join('\n');
}
