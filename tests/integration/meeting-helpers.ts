// Shared by the meeting-* integration tests: an unlocked backend on a real encrypted file with a
// settable clock, fictional cases and meetings.
import { join } from 'node:path';
import { createBackend, type Backend } from '../../db/backend';
import { canonicalCase } from '../../db/files/write-json';
import { migrate } from '../../db/migrate';
import { MIGRATIONS } from '../../db/migrations/index';
import { openDatabase } from '../../db/open';
import { createApi } from '../../shared/api-client';
import type { Api, BackendEvent } from '../../shared/contract';
import { emptyCase, type LedgerCase } from '../../shared/ledger/case';
import { EMPTY_SCOPE, type MeetingInput } from '../../shared/meeting/types';
import { PASSPHRASE } from './db-helpers';

export interface TestBackend {
  backend: Backend;
  api: Api;
  events: BackendEvent[];
  dbPath: string;
  /** Sets the backend's clock (history timestamps, createdAt). */
  setNow(iso: string): void;
}

export async function meetingBackend(dir: string, startIso = '2025-03-01T01:00:00.000Z'): Promise<TestBackend> {
  const dbPath = join(dir, 'tsunagu.db');
  let now = new Date(startIso);
  const backend = createBackend({ dbPath, now: () => now });
  const events: BackendEvent[] = [];
  backend.subscribe((e) => events.push(e));
  const api = createApi(backend);
  await api.call('session.setup', { passphrase: PASSPHRASE });
  return { backend, api, events, dbPath, setNow: (iso) => (now = new Date(iso)) };
}

/** A fictional active case; only what a test sets differs from an empty one. */
export function fakeCase(caseNo: string, fields: Partial<LedgerCase> = {}): LedgerCase {
  return {
    ...emptyCase(caseNo),
    classification: '要支援児童',
    name: `架空　${caseNo}`,
    kana: 'かくう はなこ',
    birthDate: '2018-05-05',
    riskLevel: '軽度',
    leadAgency: 'こども家庭センター',
    policy: '見守り',
    registeredDate: '2024-01-10',
    ...fields,
  };
}

export function fakeMeeting(fields: Partial<MeetingInput> = {}): MeetingInput {
  return {
    kind: '実務者会議',
    subcommittee: null,
    title: '実務者会議（架空）',
    date: '2025-06-10',
    startTime: '14:00',
    place: '会議室A',
    plannedMinutes: 120,
    facilitator: null,
    invitedAgencies: [],
    invitedPeople: [],
    status: '準備中',
    scope: EMPTY_SCOPE,
    ...fields,
  };
}

/**
 * A database made by an older build: migrated up to `version` only, holding one case. Returns what the
 * table `absentTable` (which a later migration adds) counts in it, so the test can check it is really old.
 */
export function olderDatabase(dbPath: string, version: number, caseNo: string, absentTable: string): number {
  const db = openDatabase(dbPath, { passphrase: PASSPHRASE, create: true });
  migrate(db, undefined, MIGRATIONS.slice(0, version));
  // Plain SQL, not CasesRepo: the repository prepares statements for the current schema (cases.version, 007).
  db.prepare('INSERT INTO cases (case_no, data, created_at, updated_at) VALUES (?, ?, ?, ?)').run(
    caseNo,
    JSON.stringify(canonicalCase(fakeCase(caseNo))),
    '2025-01-01T00:00:00.000Z',
    '2025-01-01T00:00:00.000Z',
  );
  const found = db.prepare('SELECT count(*) FROM sqlite_master WHERE name = ?').pluck().get(absentTable) as number;
  db.close();
  return found;
}

/** The migrations recorded in a database file, which after an upgrade are every one this build knows. */
export function recordedMigrations(dbPath: string): {
  recorded: unknown[];
  known: { version: number; name: string }[];
} {
  const db = openDatabase(dbPath, { passphrase: PASSPHRASE });
  const recorded = db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all();
  db.close();
  return { recorded, known: MIGRATIONS.map(({ version, name }) => ({ version, name })) };
}
