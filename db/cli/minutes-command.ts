// The CLI's `minutes --meeting ID --out FILE.docx|FILE.xlsx|FILE.pdf [--masked]`: the same minutes.export as the
// app (and so the same export log). PDF is printed by headless Chromium (documents/chromium-pdf.ts) from the minutes
// HTML, in a private temporary folder that is deleted afterwards whatever happens.
import { extname } from 'node:path';
import { createApi } from '../../shared/api-client';
import { createBackend } from '../backend';
import { writePrivateFile } from '../files/private-files';
import { filePasswordFromEnv } from './file-options';
import { chromiumPrinter } from '../documents/chromium-pdf';

export async function minutesExport(
  command: { meetingId: number; out: string; masked: boolean; filePasswordEnv?: string | null },
  dbPath: string,
  passphrase: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const format = extname(command.out).slice(1).toLowerCase() as 'docx' | 'xlsx' | 'pdf';
  // Read before anything opens: a missing password stops the command with nothing written.
  const filePassword = filePasswordFromEnv(command.filePasswordEnv ?? null, env);
  const printer = format === 'pdf' ? chromiumPrinter(env) : undefined;
  const backend = createBackend({ dbPath, ...(printer ? { printToPdf: printer } : {}) });
  try {
    const api = createApi(backend);
    await api.call('session.unlock', { passphrase });
    const file = await api.call('minutes.export', {
      meetingId: command.meetingId,
      format,
      masked: command.masked,
      ...(filePassword !== undefined ? { filePassword } : {}),
    });
    writePrivateFile(command.out, Buffer.from(file.dataBase64, 'base64'));
    process.stdout.write(
      `議事録を書き出しました（${format.toUpperCase()}${command.masked ? '、氏名を伏せています' : ''}${filePassword !== undefined ? '、パスワード付き' : ''}）: ${command.out}\n`,
    );
    return 0;
  } finally {
    backend.close();
  }
}
