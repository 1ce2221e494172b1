// A protected file's password goes with the call that reads the file; the 操作ログ line of that call must
// not hold it (describeCall writes every logged call's row).
import { describe, expect, it } from 'vitest';
import { describeCall } from '../../shared/audit/actions';
import { methods } from '../../shared/contract';

describe('操作ログ and file passwords', () => {
  it('never puts a file password into the log, for the two methods that take one', () => {
    const secret = '架空のファイルパスワード 2026';
    const file = { fileName: '台帳.xlsx', dataBase64: 'UEsDBA==', filePassword: secret };
    for (const [method, input] of [
      ['ledger.importPreview', file],
      ['reports.import', file],
      ['reports.import', { ...file, dryRun: true }],
    ] as const) {
      expect(methods[method].safeParse(input).success, method).toBe(true);
      expect(JSON.stringify(describeCall(method, input as never) ?? null), method).not.toContain(secret);
    }
  });
});
