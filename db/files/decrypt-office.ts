// Opens a workbook protected with an open password (読み取りパスワード), in memory: an .xlsx (ECMA-376 agile
// or standard encryption, an OLE2 container holding EncryptionInfo + EncryptedPackage) or an .xls (RC4,
// RC4 CryptoAPI or XOR obfuscation in the Workbook stream's FilePass record). officecrypto-tool 0.0.19 does
// the cryptography; the decrypted bytes are returned, never written anywhere, and the password is used for
// this call only: it is not kept, not logged and never part of an error (officecrypto-tool's own errors
// are classified by kind and dropped).
import * as XLSX from '@e965/xlsx';
import officeCrypto from 'officecrypto-tool';
import { AppError } from '../../shared/contract';

/** Excel encrypts an .xls whose workbook structure is protected with this fixed password: no one typed it. */
const EXCEL_DEFAULT_PASSWORD = 'VelvetSweatshop';
/** ECMA-376 caps the key derivation at 10,000,000 rounds (Excel uses 100,000); more is a damaged or hostile file. */
const MAX_SPIN_COUNT = 10_000_000;
const MAX_KEY_BITS = 512;

export const FILE_PASSWORD_MAX = 255;

export const PASSWORD_MESSAGES = {
  required: (fileName: string) => `「${fileName}」はパスワードで保護されています。パスワードを入力してください。`,
  wrong: (fileName: string) =>
    `「${fileName}」のパスワードが違います。大文字と小文字、全角と半角、Caps Lock を確かめて、もう一度入力してください。`,
  unsupported: (fileName: string) =>
    `「${fileName}」はこのアプリでは解除できない方式で暗号化されています。Excel で開き、「ファイル」→「情報」→「ブックの保護」→「パスワードを使用して暗号化」でパスワードを消して保存し直してから選んでください。`,
  damaged: (fileName: string) =>
    `「${fileName}」はパスワード付きの Excel ファイルとして壊れているため、読み込めません。送り主に保存し直してもらってください。`,
} as const;

type Protection = 'none' | 'ooxml' | 'xls';

/** Whether an OLE2 file is a password-protected workbook; throws on a container too damaged to tell. */
export function protectionOf(bytes: Uint8Array): Protection {
  const buffer = asBuffer(bytes);
  const cfb = XLSX.CFB.read(buffer, { type: 'buffer' });
  if (XLSX.CFB.find(cfb, '/EncryptionInfo') || XLSX.CFB.find(cfb, '/EncryptedPackage')) return 'ooxml';
  if (!XLSX.CFB.find(cfb, 'Workbook') && !XLSX.CFB.find(cfb, 'Book')) return 'none';
  return officeCrypto.isEncrypted(buffer) ? 'xls' : 'none';
}

/**
 * The plain bytes of a protected workbook. Without a password an .xls is tried with Excel's fixed one
 * (a protected structure, not a secret); otherwise 'file_password_required'. A wrong password is
 * 'file_password_wrong'; an unsupported scheme or a damaged container is 'unreadable_file'.
 */
export async function decryptOffice(
  fileName: string,
  bytes: Uint8Array,
  protection: Exclude<Protection, 'none'>,
  password: string | undefined,
): Promise<Uint8Array> {
  if (protection === 'ooxml') checkKeyDerivation(fileName, bytes);
  if (!password) {
    if (protection === 'xls') {
      const plain = await attempt(bytes, EXCEL_DEFAULT_PASSWORD);
      if (plain instanceof Uint8Array) return plain;
    }
    throw new AppError('file_password_required', PASSWORD_MESSAGES.required(fileName));
  }
  if (password.length > FILE_PASSWORD_MAX) throw new AppError('file_password_wrong', PASSWORD_MESSAGES.wrong(fileName));
  const plain = await attempt(bytes, password);
  if (plain instanceof Uint8Array) return plain;
  switch (plain) {
    case 'wrong':
      throw new AppError('file_password_wrong', PASSWORD_MESSAGES.wrong(fileName));
    case 'unsupported':
      throw new AppError('unreadable_file', PASSWORD_MESSAGES.unsupported(fileName));
    default:
      throw new AppError('unreadable_file', PASSWORD_MESSAGES.damaged(fileName));
  }
}

async function attempt(bytes: Uint8Array, password: string): Promise<Uint8Array | 'wrong' | 'unsupported' | 'damaged'> {
  try {
    const plain = await officeCrypto.decrypt(asBuffer(bytes), { password });
    return plain.length > 0 ? new Uint8Array(plain.buffer, plain.byteOffset, plain.byteLength) : 'damaged';
  } catch (err) {
    const message = err instanceof Error ? err.message : '';
    if (/password is incorrect/i.test(message)) return 'wrong';
    if (/unsupported encryption/i.test(message)) return 'unsupported';
    return 'damaged';
  }
}

/**
 * The agile scheme's XML says how many hash rounds the key takes and how long it is; officecrypto-tool
 * would follow any number, so a flipped digit could keep the backend hashing for hours.
 */
function checkKeyDerivation(fileName: string, bytes: Uint8Array): void {
  let info: Buffer;
  try {
    const cfb = XLSX.CFB.read(asBuffer(bytes), { type: 'buffer' });
    const entry = XLSX.CFB.find(cfb, '/EncryptionInfo') as { content?: Uint8Array } | null;
    if (!entry?.content || !XLSX.CFB.find(cfb, '/EncryptedPackage')) throw new Error('no encryption streams');
    info = Buffer.from(entry.content);
  } catch {
    throw new AppError('unreadable_file', PASSWORD_MESSAGES.damaged(fileName));
  }
  if (info.length < 8) throw new AppError('unreadable_file', PASSWORD_MESSAGES.damaged(fileName));
  const major = info.readUInt16LE(0);
  const minor = info.readUInt16LE(2);
  if (major === 4 && minor === 4) {
    const xml = info.subarray(8).toString('utf8');
    const numbers = (name: string) => [...xml.matchAll(new RegExp(`${name}="([^"]*)"`, 'g'))].map((m) => Number(m[1]));
    const spins = numbers('spinCount');
    const bits = numbers('keyBits');
    const bad = (values: number[], max: number) => values.some((n) => !Number.isInteger(n) || n < 0 || n > max);
    if (spins.length === 0 || bad(spins, MAX_SPIN_COUNT) || bad(bits, MAX_KEY_BITS) || bits.some((n) => n % 8 !== 0))
      throw new AppError('unreadable_file', PASSWORD_MESSAGES.damaged(fileName));
  } else if (minor !== 2 || ![2, 3, 4].includes(major)) {
    // 4.4 is agile, x.2 standard; 3.3/4.3 (extensible) and anything else is not supported.
    throw new AppError('unreadable_file', PASSWORD_MESSAGES.unsupported(fileName));
  }
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
