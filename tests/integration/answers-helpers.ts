// Shared by the answers' integration tests: a backend on a real encrypted file with four fictional cases and a
// request to two agencies, and the first agency's returned workbook.
import type { Backend } from '../../db/backend';
import { openDatabase } from '../../db/open';
import { createStore } from '../../db/repos/store';
import { askedItems, DEFAULT_ASSESSMENT_ITEMS } from '../../shared/assessment/sheet';
import type { AssessmentRequest, RequestInput } from '../../shared/assessment/types';
import { returnedWorkbook, type ReturnedCase, type ReturnedWorkbook } from '../helpers/returned-workbook';
import { PASSPHRASE } from './db-helpers';
import { fakeCase, meetingBackend, type TestBackend } from './meeting-helpers';

/** A request stored through the repository (the requests UI and contract are another part's), on a second connection. */
export function createRequestDirect(dbPath: string, input: RequestInput): AssessmentRequest {
  const db = openDatabase(dbPath, { passphrase: PASSPHRASE });
  try {
    const store = createStore(db);
    return store.tx(() =>
      store.assessments.createRequest(
        input,
        askedItems(DEFAULT_ASSESSMENT_ITEMS),
        '2026-12-01T00:00:00.000Z',
        '事務局',
      ),
    );
  } finally {
    db.close();
  }
}

/** Every answer of a request with its history, read on a second connection. */
export function storedAnswers(dbPath: string, requestId: number) {
  const db = openDatabase(dbPath, { passphrase: PASSPHRASE });
  try {
    return createStore(db).assessments.answers(requestId, true);
  } finally {
    db.close();
  }
}

export async function withRequest(
  dir: string,
  open: Backend[],
  input: Partial<RequestInput> = {},
): Promise<TestBackend & { request: AssessmentRequest }> {
  const t = await meetingBackend(dir, '2026-12-01T01:00:00.000Z');
  open.push(t.backend);
  for (const caseNo of ['R7-0001', 'R7-0002', 'R7-0003', 'R7-0004'])
    await t.api.call('ledger.create', { case: fakeCase(caseNo) });
  const request = createRequestDirect(t.dbPath, {
    meetingId: null,
    dueDate: '2026-12-10',
    agencies: [
      { agency: '架空市立第一小学校', caseNos: ['R7-0001', 'R7-0002', 'R7-0003'] },
      { agency: '架空保育所', caseNos: ['R7-0004'] },
    ],
    ...input,
  });
  return { ...t, request };
}

export const SCHOOL_CASES: ReturnedCase[] = [
  {
    caseNo: 'R7-0001',
    answers: { 欠席日数: '3日', 外傷: 'あり', 家に帰りたがらない: 'たぶん', 安全スケール: 6 },
    filledOn: '2026-12-05',
    filledBy: '担任A',
    extra: { 備考: '兄も在籍' },
  },
  { caseNo: 'R7-0002', answers: { 外傷: 'いいえ' } },
  { caseNo: 'R7-0003' },
  { caseNo: 'R7-0009', answers: { 外傷: 'はい' } },
];

export function schoolFile(request: AssessmentRequest, over: Partial<ReturnedWorkbook> = {}) {
  return returnedWorkbook({
    requestId: request.id,
    agency: '架空市立第一小学校',
    items: request.items,
    cases: SCHOOL_CASES,
    extraColumns: ['備考'],
    ...over,
  });
}
