import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../db/cli/args';
import { requestFileName } from '../../db/services/requests';

describe('CLI requests arguments', () => {
  it('reads --meeting, --out, --due and --file-password-env', () => {
    expect(
      parseArgs(['requests', '--meeting', '4', '--out', 'dir', '--due=2026-12-08', '--file-password-env', 'PW']),
    ).toEqual({
      name: 'requests',
      meetingId: 4,
      agencies: [],
      outDir: 'dir',
      due: '2026-12-08',
      filePasswordEnv: 'PW',
    });
    expect(parseArgs(['requests', '--meeting', '4', '--out', 'dir'])).toMatchObject({
      due: null,
      filePasswordEnv: null,
    });
  });

  it('reads --between with repeated --agency', () => {
    expect(parseArgs(['requests', '--between', '--agency', 'A校', '--agency=B園', '--out', 'd'])).toMatchObject({
      meetingId: null,
      agencies: ['A校', 'B園'],
    });
    expect(() => parseArgs(['requests', '--between', '--out', 'd'])).toThrow(/--agency 機関名 を一つ以上/);
    expect(() => parseArgs(['requests', '--between', '--meeting', '2', '--agency', 'A', '--out', 'd'])).toThrow(
      /一緒に使えません/,
    );
    expect(() => parseArgs(['requests', '--meeting', '2', '--agency', 'A', '--out', 'd'])).toThrow(/--between と一緒/);
    expect(() => parseArgs(['export', 'o.xlsx', '--between'])).toThrow(/requests でだけ/);
  });

  it('refuses what it cannot use, in Japanese', () => {
    expect(() => parseArgs(['requests', '--out', 'dir'])).toThrow(/--meeting 会議のID/);
    expect(() => parseArgs(['requests', '--meeting', 'x', '--out', 'dir'])).toThrow(/--meeting 会議のID/);
    expect(() => parseArgs(['requests', '--meeting', '4'])).toThrow(/--out 出力先のフォルダ/);
    expect(() => parseArgs(['requests', '--meeting', '4', '--out', 'd', '--due', '2026/12/08'])).toThrow(/YYYY-MM-DD/);
    expect(() => parseArgs(['requests', '--meeting', '4', '--out', 'd', '--masked'])).toThrow(
      /requests で使えるオプション/,
    );
    expect(() => parseArgs(['export', 'o.xlsx', '--due', '2026-12-08'])).toThrow(
      /--due・--between・--agency は requests でだけ/,
    );
  });
});

describe('requestFileName', () => {
  it('keeps the agency readable and safe for a Windows file name', () => {
    expect(requestFileName(3, '第一小学校', 'アセスメントシート')).toBe('3_第一小学校_アセスメントシート.xlsx');
    expect(requestFileName(3, 'A/B:C*小学校?. ', '依頼文')).toBe('3_A_B_C_小学校__依頼文.docx');
    expect(requestFileName(3, 'ＡＢＣ保育園', '依頼文')).toBe('3_ABC保育園_依頼文.docx');
  });
});
