// The minutes as a file of one form: DOCX and XLSX written here, PDF printed by the host from the HTML.
import { AppError, type ExportedFile } from '../../shared/contract';
import type { MinutesFormat, MinutesModel } from '../../shared/meeting/minutes';
import { minutesHtml } from '../../shared/meeting/minutes-html';
import { DOCX_MIME } from './docx-parts';
import { writeMinutesDocx } from './minutes-docx';
import { writeMinutesXlsx, XLSX_MIME } from './minutes-xlsx';

/** The host's PDF printer (Electron: webContents.printToPDF of the HTML; the CLI: headless Chromium). */
export type PrintToPdf = (html: string) => Promise<Uint8Array>;

export const PDF_MIME = 'application/pdf';
// Only the print view asks for a PDF, so the way out names its button 「印刷する」 (not the panel's 「印刷・PDF」,
// which the user has already pressed to get here).
export const NO_PDF_MESSAGE =
  'この環境では PDF を直接作れません。「印刷する」を押し、印刷画面の送信先で「PDF に保存」を選んでください。';

/** The file of one form. PDF needs the host's printer; the caller checks there is one. */
export async function minutesFile(
  model: MinutesModel,
  format: MinutesFormat,
  now: Date,
  printToPdf?: PrintToPdf,
): Promise<ExportedFile> {
  switch (format) {
    case 'docx':
      return file(`${model.fileBase}.docx`, DOCX_MIME, await writeMinutesDocx(model));
    case 'xlsx':
      return file(`${model.fileBase}.xlsx`, XLSX_MIME, await writeMinutesXlsx(model, now));
    case 'pdf': {
      if (!printToPdf) throw new AppError('invalid_input', NO_PDF_MESSAGE);
      let bytes: Uint8Array;
      try {
        bytes = await printToPdf(minutesHtml(model));
      } catch (err) {
        if (err instanceof AppError) throw err;
        throw new AppError(
          'internal',
          'PDF を作れませんでした。「印刷する」を押し、印刷画面の送信先で「PDF に保存」を選んでください。',
        );
      }
      return file(`${model.fileBase}.pdf`, PDF_MIME, Buffer.from(bytes));
    }
  }
}

function file(fileName: string, mimeType: string, bytes: Buffer): ExportedFile {
  return { fileName, mimeType, dataBase64: bytes.toString('base64') };
}
