// The commands that read or write through the contract open the backend the same way: unlock an existing
// database, run, and close it whatever happens (the 操作ログ names the command line as the program).
import { createApi } from '../../shared/api-client';
import type { Api } from '../../shared/contract';
import { createBackend } from '../backend';

export const CLI_PROGRAM_NAME = 'コマンドライン（npm run tsunagu）';

/** Runs `fn` with an Api unlocked on the database at `dbPath`; the backend is closed after, also on failure. */
export async function withUnlockedApi<T>(dbPath: string, passphrase: string, fn: (api: Api) => Promise<T>): Promise<T> {
  const backend = createBackend({ dbPath, programName: CLI_PROGRAM_NAME });
  try {
    const api = createApi(backend);
    await api.call('session.unlock', { passphrase });
    return await fn(api);
  } finally {
    backend.close();
  }
}
