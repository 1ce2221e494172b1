// The desktop app refuses debugger switches (electron/debug-switches.ts) in every spelling Chromium accepts.
import { describe, it, expect } from 'vitest';
import { debugSwitchIn, refusalMessage } from '../../electron/debug-switches';

const APP = ['/opt/tsunagu/tsunagu', '--db', '/home/u/tsunagu.db'];

describe('debugger switches', () => {
  it.each([
    '--remote-debugging-port=9222',
    '--remote-debugging-port',
    '--remote-debugging-pipe',
    '--remote-debugging-address=0.0.0.0',
    '--inspect',
    '--inspect=9229',
    '--inspect-brk',
    '--inspect-brk=0.0.0.0:9229',
    '--inspect-port=9229',
    '--inspect-brk-node',
    '-remote-debugging-port=9222',
    '/remote-debugging-port=9222',
    '--REMOTE-DEBUGGING-PORT=9222',
    '-inspect',
    '--remote-allow-origins=*',
  ])('finds %s', (arg) => {
    expect(debugSwitchIn([...APP, arg])).toBe(arg);
  });

  it('finds one in NODE_OPTIONS (a development start honours it)', () => {
    expect(debugSwitchIn(APP, { NODE_OPTIONS: '--max-old-space-size=4096 --inspect=9229' })).toBe('--inspect=9229');
    expect(debugSwitchIn(APP, { NODE_OPTIONS: '--max-old-space-size=4096' })).toBeNull();
  });

  it('leaves ordinary arguments and file names alone', () => {
    expect(debugSwitchIn(APP)).toBeNull();
    expect(
      debugSwitchIn([...APP, '/home/u/inspection.db', '--inspector', '--remote-debugging', '--', '--inspect']),
    ).toBeNull();
  });

  it('says in Japanese which option to remove, without its value', () => {
    expect(refusalMessage('--remote-debugging-port=9222')).toBe(
      'つなぐはデバッグ用のオプション（--remote-debugging-port）付きでは起動しません。オプションを外して起動してください。',
    );
  });
});
