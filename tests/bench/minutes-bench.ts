// The minutes part of `npm run bench`:
//   minutes.docx150.ms  buildMinutes + the DOCX writer for a meeting with 150 recorded decisions (120 確認,
//                       30 協議 each with a 3-row role table and a board picture), median of 7 runs after
//                       2 warm-ups (goal < 1000). The database reads of minutes.export are not included. The 30
//                       cases share one board snapshot, so it is drawn once per export.
//   minutes.boardPng.ms  drawing one 40-person board as the print-resolution PNG Word shows (resvg with the
//                       bundled font), median of 5 after a warm-up: each further distinct board of an export
//                       adds about this much.
import { DEFAULT_NOTATION } from '../../shared/board/notation';
import { boardToSvg } from '../../shared/board/svg';
import { emptyCase } from '../../shared/ledger/case';
import { EMPTY_DECISION, type Decision } from '../../shared/meeting/decision';
import { initialLiveState } from '../../shared/meeting/live';
import { buildMinutes, type MinutesInput } from '../../shared/meeting/minutes';
import { EMPTY_SCOPE, type AgendaItem } from '../../shared/meeting/types';
import { boardPicture } from '../../db/documents/board-png';
import { writeMinutesDocx } from '../../db/documents/minutes-docx';
import { largeFamily } from '../unit/board-families';
import { median } from './stats';

const CASES = 150;
const DEEP = 30;

const benchSvg = () =>
  boardToSvg(largeFamily(40), { notation: DEFAULT_NOTATION, masked: true, meetingDate: '2026-12-01' });

/** A finished meeting of `cases` recorded decisions, the first `deep` of them 協議 with `svg` as their board. */
export function minutesBenchInput(cases = CASES, deep = DEEP, svg = benchSvg()): MinutesInput {
  const caseNos = Array.from({ length: cases }, (_, i) => `B-${String(i + 1).padStart(4, '0')}`);
  const agenda: AgendaItem[] = caseNos.map((caseNo, i) => {
    const group = i < deep ? 'deep' : 'quick';
    return { caseNo, group, ruleGroup: group, reasons: [], order: i, deepMinutes: null, draft: null, override: null };
  });
  const decisions: Decision[] = caseNos.map((caseNo, i) => ({
    ...EMPTY_DECISION,
    outcome: i < deep ? 'discussed' : 'confirmed',
    situation: '登園は安定。家庭訪問で生活状況を確認した。'.repeat(3),
    discussion: i < deep ? '関係機関で情報を共有し、見守りの頻度を協議した。'.repeat(4) : null,
    policy: '見守りを継続する',
    leadAgency: 'こども家庭センター',
    nextReview: '2027-03',
    riskLevel: i % 7 === 0 ? '中度' : null,
    roles:
      i < deep
        ? [
            { agency: '小学校', task: '登校状況の確認', due: '2027-01-15' },
            { agency: '保健センター', task: '家庭訪問', due: null },
            { agency: 'こども家庭センター', task: 'ケース会議の調整', due: '2027-02' },
          ]
        : [],
    meetingId: 1,
    caseNo,
    state: 'recorded',
    recordedAt: '2026-12-01T06:00:00.000Z',
    updatedAt: '2026-12-01T06:00:00.000Z',
  }));
  return {
    meeting: {
      id: 1,
      createdAt: '2026-11-01T00:00:00.000Z',
      kind: '実務者会議',
      subcommittee: null,
      title: 'ベンチマーク用の会議',
      date: '2026-12-01',
      startTime: '14:00',
      place: '会議室',
      plannedMinutes: 180,
      facilitator: null,
      invitedAgencies: [],
      invitedPeople: [],
      status: '終了',
      scope: EMPTY_SCOPE,
    },
    live: { ...initialLiveState(1), startedAt: '2026-12-01T05:00:00.000Z', endedAt: '2026-12-01T08:00:00.000Z' },
    agenda,
    decisions,
    cases: caseNos.map((caseNo, i) => ({ ...emptyCase(caseNo), name: `架空 太郎${i}`, kana: 'かくう たろう' })),
    agencyNames: ['小学校', '保健センター', 'こども家庭センター'],
    nextMeeting: null,
    boards: Object.fromEntries(caseNos.slice(0, deep).map((c) => [c, svg])),
    masked: true,
    now: new Date('2026-12-02T03:00:00.000Z'),
    timeZone: 'Asia/Tokyo',
  };
}

export async function runMinutesBench(): Promise<Record<string, number>> {
  const input = minutesBenchInput();
  const times: number[] = [];
  let bytes = 0;
  for (let run = 0; run < 9; run++) {
    const start = performance.now();
    const file = await writeMinutesDocx(buildMinutes(input));
    const ms = performance.now() - start;
    bytes = file.length;
    if (run >= 2) times.push(ms);
  }
  console.log(`minutes docx: ${CASES} decisions, ${(bytes / 1024).toFixed(0)} KiB`);
  const svg = benchSvg();
  const png: number[] = [];
  for (let run = 0; run < 6; run++) {
    const start = performance.now();
    await boardPicture(svg, 600, 600);
    if (run >= 1) png.push(performance.now() - start);
  }
  return { 'minutes.docx150.ms': Math.round(median(times)), 'minutes.boardPng.ms': Math.round(median(png)) };
}
