// The pure rules behind issue 11 items 8-10: passphrase strength, the unlock throttle, the idle lock and
// what the 操作ログ records per method.
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, describeCall } from '../../shared/audit/actions';
import { METHOD_NAMES } from '../../shared/contract';
import { idleMsLeft, shouldIdleLock } from '../../shared/session/idle-lock';
import { passphraseProblem } from '../../shared/session/passphrase-strength';
import { unlockDelayMs, unlockWaitMs, waitText, wrongPassphraseMessage } from '../../shared/session/unlock-throttle';

describe('passphraseProblem', () => {
  it.each([
    ['短い合言葉', '12文字以上'],
    ['aaaaaaaaaaaaaaaa', '同じ文字'],
    ['ＡＡＡＡＡＡＡＡＡＡＡＡ', '同じ文字'],
    ['abcabcabcabc', 'くり返し'],
    ['abcdefghijklm', '連続'],
    ['987654321098', '連続'],
    ['qwertyuiopas', '連続'],
    ['Password1234!', 'よく使われる'],
    ['tsunagu-2026-!', 'よく使われる'],
    ['passwordpassword', 'くり返し'],
    ['つなぐつなぐつなぐつなぐ', 'くり返し'],
    [' 先頭に空白のある合言葉です', '空白'],
  ])('refuses %s', (weak, reason) => {
    expect(passphraseProblem(weak)).toContain(reason);
  });

  it.each(['テスト用の合言葉 correct horse', '桜並木を歩く月曜日の静かな朝', 'blue-river-under-12-lamps'])(
    'accepts %s',
    (good) => {
      expect(passphraseProblem(good)).toBeNull();
    },
  );
});

describe('unlock throttle', () => {
  it('lets three tries go, then doubles the wait from 2 seconds up to 5 minutes', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map(unlockDelayMs)).toEqual([0, 0, 0, 2_000, 4_000, 8_000, 16_000]);
    expect(unlockDelayMs(40)).toBe(300_000);
    expect(unlockWaitMs(4, 10_000, 12_500)).toBe(1_500);
    expect(unlockWaitMs(4, 10_000, 14_000)).toBe(0);
    expect(unlockWaitMs(0, null, 0)).toBe(0);
  });

  it('says how long the next wait is, in Japanese', () => {
    expect(wrongPassphraseMessage(1)).toBe('パスフレーズが違います（1回目）。もう一度入力してください。');
    expect(wrongPassphraseMessage(5)).toContain('次は8秒待って');
    expect(waitText(125_000)).toBe('2分5秒');
    expect(waitText(300_000)).toBe('5分');
  });
});

describe('idle lock', () => {
  it('locks once the console has had no input for the set minutes', () => {
    const lastInputAt = 1_000_000;
    expect(shouldIdleLock({ lastInputAt, now: lastInputAt + 9 * 60_000, minutes: 10 })).toBe(false);
    expect(idleMsLeft({ lastInputAt, now: lastInputAt + 9 * 60_000, minutes: 10 })).toBe(60_000);
    expect(shouldIdleLock({ lastInputAt, now: lastInputAt + 10 * 60_000, minutes: 10 })).toBe(true);
  });
});

describe('操作ログ: what each method records', () => {
  it('classifies every contract method (a read, or a kind of action)', () => {
    expect(Object.keys(AUDIT_ACTIONS).sort()).toEqual([...METHOD_NAMES].sort());
  });

  it('never puts a passphrase into the log', () => {
    const secret = 'とても秘密の合言葉です 2026';
    for (const method of ['session.setup', 'session.unlock', 'session.changePassphrase'] as const) {
      const description = describeCall(method, { passphrase: secret, current: secret, next: secret } as never);
      expect(JSON.stringify(description)).not.toContain(secret);
    }
  });

  it('names unmasked exports as such and skips dry runs and reads', () => {
    expect(describeCall('settings.update', { operatorName: '架空', timeZone: 'Asia/Tokyo' })?.summary).toBe(
      '設定を変更（操作者名、タイムゾーン）',
    );
    expect(describeCall('minutes.export', { meetingId: 3, masked: false, format: 'pdf' })).toEqual({
      kind: 'export',
      summary: '議事録を書き出し（pdf、マスクなし（氏名入り））',
      target: '会議#3',
    });
    expect(describeCall('reports.import', { fileName: 'a.csv', dataBase64: '', dryRun: true })).toBeNull();
    expect(describeCall('ledger.list', {})).toBeNull();
  });
});
