import { describe, expect, it } from 'vitest';
import {
  buildHandout,
  copyLabel,
  handoutFileName,
  HANDOUT_NOTICE,
  REDACTED,
  type HandoutCase,
  type HandoutModel,
} from '../../shared/meeting/handout';
import { maskedLabel } from '../../shared/meeting/mask';
import { makeMaskPolicy } from '../../shared/mask/policy';
import { CASES, handoutInput, MEETING, SECRETS } from './handout-data';

function byCaseNo(model: HandoutModel, caseNo: string): HandoutCase {
  const found = model.groups.flatMap((g) => g.items).find((i) => i.caseNo === caseNo);
  if (!found) throw new Error(`${caseNo} not in the handout`);
  return found;
}

describe('buildHandout', () => {
  it('heads the handout with the meeting: title, kind and 部会, 和暦 date with start and end time, place, facilitator', () => {
    const model = buildHandout(handoutInput());
    expect(model.title).toBe('事前配布資料');
    expect(model.meetingTitle).toBe('第3回 実務者会議（乳幼児部会）');
    expect(model.notice).toBe(HANDOUT_NOTICE);
    expect(model.copies).toBe(3);
    expect(model.meetingLines).toEqual([
      { label: '会議', value: '実務者会議（乳幼児部会）' },
      { label: '日時', value: '令和8年12月1日　14:00〜15:30（予定90分）' },
      { label: '場所', value: '市役所 第2会議室' },
      { label: '進行', value: '統括支援員' },
      { label: '出席予定機関', value: 'みどり保育園、北保健センター' },
    ]);
    expect(model.createdOn).toBe('令和8年11月24日');
  });

  it('uses 西暦 when the municipality chose it, and 未定 for a missing place or facilitator', () => {
    const model = buildHandout(
      handoutInput({ dateStyle: 'seireki', meeting: { ...MEETING, place: null, facilitator: null } }),
    );
    expect(model.meetingLines[1]!.value).toBe('2026/12/01　14:00〜15:30（予定90分）');
    expect(model.meetingLines[2]!.value).toBe('未定');
    expect(model.meetingLines[3]!.value).toBe('未定');
  });

  it('lists 協議 then 確認 then 保留, each by its order, numbered across 協議 and 確認 only', () => {
    const model = buildHandout(handoutInput());
    expect(model.groups.map((g) => [g.label, g.items.map((i) => [i.no, i.caseNo])])).toEqual([
      [
        '協議',
        [
          [1, 'R7-0020'],
          [2, 'R7-0003'],
        ],
      ],
      ['確認', [[3, 'R7-0010']]],
      ['保留', [[null, 'R7-0002']]],
    ]);
  });

  it('summarises a case: label with the name, classification, age at the meeting date, risk, lead agency, reasons, policy', () => {
    const model = buildHandout(handoutInput());
    const c = byCaseNo(model, 'R7-0003');
    expect(c).toMatchObject({
      label: 'R7-0003 星野 陽葵',
      found: true,
      classification: '要保護児童',
      age: '4歳',
      risk: '重度',
      abuseTypes: '身体的・心理的',
      leadAgency: 'こども家庭センター',
      reasons: ['重症度が高い', '外傷の報告'],
      policy: '父 星野健司と月1回面談。ホシノ家の生活状況を確認する。',
      nextReview: '令和8年12月',
      draft: null,
      dueDate: null,
    });
    // Born 2021-12-02: turns 5 the day after the meeting's eve, so 4 on 12-01.
    expect(byCaseNo(model, 'R7-0010').age).toBe('4歳');
    expect(byCaseNo(buildHandout(handoutInput({ meeting: { ...MEETING, date: '2026-12-02' } })), 'R7-0010').age).toBe(
      '5歳',
    );
  });

  it('gives a 特定妊婦 her due date and marks missing values with —', () => {
    const model = buildHandout(handoutInput());
    const c = byCaseNo(model, 'R7-0020');
    expect(c.dueDate).toBe('令和9年2月10日');
    expect(c.policy).toBe('—');
    expect(c.abuseTypes).toBe('—');
    expect(c.reports).toEqual([]);
  });

  it('gives the 事務局案 for 確認 cases only', () => {
    const model = buildHandout(handoutInput());
    expect(byCaseNo(model, 'R7-0010').draft).toEqual({
      policy: '現方針継続（森川美咲さんへの声かけを続ける）',
      nextReview: '令和9年3月1日',
      leadAgency: 'みどり保育園',
      note: null,
    });
    // A draft left on an item moved to 協議 is not the decision the meeting confirms.
    const agenda = handoutInput().agenda.map((i) => (i.caseNo === 'R7-0010' ? { ...i, group: 'deep' as const } : i));
    expect(byCaseNo(buildHandout(handoutInput({ agenda })), 'R7-0010').draft).toBeNull();
  });

  it('shows the latest 3 reports newest first, merged over agencies, and counts the older ones', () => {
    const c = byCaseNo(buildHandout(handoutInput()), 'R7-0003');
    expect(c.reports.map((r) => [r.date, r.agency])).toEqual([
      ['令和8年11月20日', 'みどり保育園'],
      ['令和8年11月1日', 'こども家庭センター'],
      ['令和8年10月15日', '北保健センター'],
    ]);
    expect(c.olderReports).toBe(1);
    expect(c.reports[0]).toEqual({
      date: '令和8年11月20日',
      period: '11月1日〜11月15日',
      agency: 'みどり保育園',
      absences: '8日・連絡のない欠席あり',
      injury: 'あり',
      safety: '3',
      note: '家庭状況の変化：星野 健司が失職\n左腕にあざ。陽葵ちゃんは「転んだ」と話す。',
    });
    expect(c.reports[1]).toMatchObject({ absences: '—', injury: 'なし', safety: '—', note: '家庭訪問', period: null });
    expect(byCaseNo(buildHandout(handoutInput()), 'R7-0010').reports[0]).toMatchObject({
      absences: '2日',
      injury: '—',
    });
  });

  it('gives a report period in another year with its year, and an open end as blank', () => {
    const base = handoutInput().reports.filter((r) => r.caseNo === 'R7-0010')[0]!;
    const reports = [{ ...base, reportDate: '2027-01-08', periodFrom: '2026-12-15', periodTo: null }];
    expect(byCaseNo(buildHandout(handoutInput({ reports })), 'R7-0010').reports[0]!.period).toBe('令和8年12月15日〜');
  });

  it('orders reports of the same day by when they were entered', () => {
    const base = handoutInput().reports.filter((r) => r.caseNo === 'R7-0010')[0]!;
    const reports = [
      { ...base, id: 50, agency: '先に入力', createdAt: '2026-11-10T09:00:00.000Z' },
      { ...base, id: 51, agency: '後に入力', createdAt: '2026-11-10T10:00:00.000Z' },
    ];
    const c = byCaseNo(buildHandout(handoutInput({ reports })), 'R7-0010');
    expect(c.reports.map((r) => r.agency)).toEqual(['後に入力', '先に入力']);
  });

  it('keeps an agenda item whose case left the ledger, by its number only', () => {
    const model = buildHandout(handoutInput({ cases: CASES.filter((c) => c.caseNo !== 'R7-0020') }));
    expect(byCaseNo(model, 'R7-0020')).toMatchObject({
      label: 'R7-0020',
      found: false,
      age: '—',
      policy: '（台帳にありません）',
    });
  });

  it('masked: labels are maskedLabel, and no name, kana, birth date or guardian name is left in any text', () => {
    const model = buildHandout(
      handoutInput({ masked: true, meeting: { ...MEETING, title: '星野陽葵さんほか 実務者会議' } }),
    );
    for (const c of CASES) {
      const item = model.groups.flatMap((g) => g.items).find((i) => i.caseNo === c.caseNo);
      expect(item?.label).toBe(maskedLabel(c));
    }
    expect(model.meetingTitle).toBe(`${REDACTED}さんほか 実務者会議`);
    const text = JSON.stringify(model);
    for (const secret of SECRETS) expect(text, secret).not.toContain(secret);
    const c = byCaseNo(model, 'R7-0003');
    expect(c.policy).toBe(`父 ${REDACTED}と月1回面談。${REDACTED}家の生活状況を確認する。`);
    expect(c.reports[0]!.note).toBe(
      `家庭状況の変化：${REDACTED}が失職\n左腕にあざ。${REDACTED}ちゃんは「転んだ」と話す。`,
    );
    // What the meeting needs stays.
    expect(c).toMatchObject({ age: '4歳', risk: '重度', leadAgency: 'こども家庭センター' });
    expect(model.masked).toBe(true);
  });

  it('unmasked: free text is left as written', () => {
    expect(JSON.stringify(buildHandout(handoutInput()))).toContain('星野健司');
  });

  it('refuses a copy count that is not a positive whole number', () => {
    expect(() => buildHandout(handoutInput({ copies: 0 }))).toThrow(/配布部数/);
    expect(() => buildHandout(handoutInput({ copies: 1.5 }))).toThrow(/配布部数/);
  });
});

describe('the masking policy over the handout cases', () => {
  const { scrub } = makeMaskPolicy({ cases: CASES });
  it('replaces full names with or without the space, name parts, kana in either script and birth dates', () => {
    expect(scrub('星野 陽葵・星野陽葵・陽葵・ほしの・ホシノ ヒマリ')).toBe('〇〇・〇〇・〇〇・〇〇・〇〇');
    expect(scrub('生年月日 2022-03-15 / 令和4年3月15日 / 2022/03/15')).toBe('生年月日 〇〇 / 〇〇 / 〇〇');
    // Half-width ｶﾅ matches; the rest of the text keeps the forms it was written in.
    expect(scrub('ﾎｼﾉ ﾋﾏﾘ、①')).toBe('〇〇、①');
    // Text with nothing to hide keeps its width forms.
    expect(scrub('ﾐﾄﾞﾘ保育園、①')).toBe('ﾐﾄﾞﾘ保育園、①');
  });

  it('leaves one-character name parts and unrelated words alone', () => {
    // 岬 is a one-character family name: masking every 岬 would garble place names such as 岬町.
    expect(scrub('岬町の保育園')).toBe('岬町の保育園');
    expect(scrub('岬 こはる')).toBe('〇〇');
    expect(scrub('見守り継続')).toBe('見守り継続');
  });

  it('does nothing when no case has identifying values', () => {
    expect(makeMaskPolicy({ cases: [] }).scrub('星野')).toBe('星野');
  });
});

describe('copyLabel and handoutFileName', () => {
  it('numbers copies as 配布番号 n / total', () => {
    expect(copyLabel(3, 10)).toBe('配布番号 3 / 10');
  });

  it('names the file by date, kind and 部会, marks the masked one, and keeps it a valid Windows file name', () => {
    expect(handoutFileName({ date: '2026-12-01', kind: '実務者会議', subcommittee: null }, false)).toBe(
      '事前配布資料_2026-12-01_実務者会議.docx',
    );
    expect(handoutFileName(MEETING, true)).toBe('事前配布資料_2026-12-01_実務者会議_乳幼児部会_マスク.docx');
    expect(handoutFileName({ date: '2026-12-01', kind: '実務者会議', subcommittee: 'A/B:部会?' }, false)).toBe(
      '事前配布資料_2026-12-01_実務者会議_A_B_部会_.docx',
    );
  });
});
