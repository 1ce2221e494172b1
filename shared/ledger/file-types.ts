// The files a ledger or agency-report import reads (db/files/read-ledger-file.ts decides by the bytes;
// these extensions only tell the file pickers what to offer).
export const LEDGER_FILE_EXTENSIONS = ['xlsx', 'xlsm', 'xls', 'ods', 'csv', 'tsv', 'txt'] as const;

/** For <input type="file" accept>. */
export const LEDGER_FILE_ACCEPT = LEDGER_FILE_EXTENSIONS.map((ext) => `.${ext}`).join(',');
