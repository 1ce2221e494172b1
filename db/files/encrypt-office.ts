// An open password (読み取りパスワード) on an Office file that leaves the office: ECMA-376 agile encryption
// (AES-256, SHA-512, 100,000 spins) through officecrypto-tool, the form Excel/Word 2010+ and LibreOffice open.
// Pure bytes in and out, no file system and no logging, so it can run in a worker and the password never
// leaves this call.
import officeCrypto from 'officecrypto-tool';
import { AppError, type ExportedFile } from '../../shared/contract';
import { filePasswordProblem } from '../../shared/text/file-password';

/** `bytes` is a plain .xlsx/.docx (a zip); the result is the OLE2 container Office asks a password for. */
export function encryptOfficeFile(bytes: Uint8Array, password: string): Uint8Array {
  const problem = filePasswordProblem(password);
  if (problem) throw new AppError('invalid_input', problem);
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    // Only OOXML can carry agile encryption; CSV/JSON/PDF callers refuse a password before getting here.
    throw new AppError('internal', 'この形式のファイルにはパスワードを付けられません。');
  }
  const input = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return new Uint8Array(officeCrypto.encrypt(input, { password }));
}

/** An exported file with an open password when one was chosen; the file name and type stay (Office asks on open). */
export function lockExportedFile(file: ExportedFile, password: string | undefined): ExportedFile {
  if (password === undefined) return file;
  const locked = encryptOfficeFile(Buffer.from(file.dataBase64, 'base64'), password);
  return { ...file, dataBase64: Buffer.from(locked).toString('base64') };
}
