// Shared by the write-back tests, the crash child and the bench: an ended meeting with recorded decisions,
// built through the contract as the app builds it (cases, agenda, start, decisions, end).
import type { Api } from '../../shared/contract';
import type { LedgerCase } from '../../shared/ledger/case';
import { EMPTY_DECISION, type DecisionInput } from '../../shared/meeting/decision';
import type { MeetingInput } from '../../shared/meeting/types';
import { fakeCase, fakeMeeting } from './meeting-helpers';

export interface PlannedCase {
  caseNo: string;
  fields?: Partial<LedgerCase>;
  decision: Partial<DecisionInput>;
}

/** Creates the cases (all due for review, so all on the agenda), then runs and ends a meeting deciding each. */
export async function endedMeeting(
  api: Api,
  planned: readonly PlannedCase[],
  title = '第3回実務者会議（架空）',
  fields: Partial<MeetingInput> = {},
  /** Runs once the cases exist, before the suggestion (e.g. putting them on the 合同ケース会議's list). */
  beforeSuggest?: () => Promise<void>,
): Promise<number> {
  for (const p of planned)
    await api.call('ledger.create', { case: fakeCase(p.caseNo, { nextReview: '2025-06', ...p.fields }) });
  const meeting = await api.call('meetings.create', { meeting: fakeMeeting({ title, ...fields }) });
  await beforeSuggest?.();
  await api.call('agenda.suggest', { meetingId: meeting.id });
  await api.call('live.command', { meetingId: meeting.id, command: { type: 'start' } });
  for (const p of planned) {
    await api.call('decisions.save', {
      meetingId: meeting.id,
      caseNo: p.caseNo,
      state: 'recorded',
      decision: { ...EMPTY_DECISION, ...p.decision },
    });
  }
  await api.call('live.command', { meetingId: meeting.id, command: { type: 'end' } });
  return meeting.id;
}

/** `n` cases W-001 … each decided with a new policy, risk, next review and one new agency; every 10th closed. */
export function manyDecisions(n: number): PlannedCase[] {
  return Array.from({ length: n }, (_, i) => ({
    caseNo: `W-${String(i + 1).padStart(3, '0')}`,
    decision: {
      policy: `週${(i % 3) + 1}回の家庭訪問（架空${i + 1}）`,
      riskLevel: i % 2 ? '中度' : '重度',
      nextReview: '2025-09',
      roles: [{ agency: `架空機関${i % 7}`, task: '様子を確認する', due: null }],
      closure: i % 10 === 9 ? { date: '2025-06-10', reason: '転出（架空）' } : null,
    },
  }));
}
