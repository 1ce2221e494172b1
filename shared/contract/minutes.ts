// minutes.*: the 議事録 after a meeting (print view, DOCX/XLSX/PDF, and the log of what was exported).
import { z } from 'zod';
import type { MinutesExportRecord, MinutesModel } from '../meeting/minutes';
import { filePasswordSchema } from '../text/file-password';
import { meetingRef, method, result, type ExportedFile } from './method';

export const minutesMethods = {
  /** 議事録 as display strings (the print view); masked = caseNo + initials, names in free text hidden. */
  'minutes.model': method(meetingRef.extend({ masked: z.boolean() }).strict(), result<MinutesModel>()),
  /** 議事録 as DOCX, XLSX (決定一覧 + one sheet per agency) or PDF (only where the host can print to PDF); logged. */
  'minutes.export': method(
    meetingRef
      .extend({
        masked: z.boolean(),
        format: z.enum(['docx', 'xlsx', 'pdf']),
        /** docx/xlsx only: the file's open password (a PDF is refused with one). */
        filePassword: filePasswordSchema.optional(),
      })
      .strict(),
    result<ExportedFile>(),
  ),
  /** The export log of a meeting's minutes, newest first. */
  'minutes.exports': method(meetingRef, result<{ exports: MinutesExportRecord[] }>()),
} as const;
