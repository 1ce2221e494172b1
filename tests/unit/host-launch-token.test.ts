// The browser host's launch token (server/launch-token.ts): how it is chosen, compared and found in a request.
import { describe, it, expect } from 'vitest';
import {
  chooseLaunchToken,
  newLaunchToken,
  requestHasToken,
  tokenCookie,
  tokensEqual,
} from '../../server/launch-token';

describe('the launch token', () => {
  it('is random per start, 256 bits in base64url', () => {
    const tokens = new Set(Array.from({ length: 50 }, () => newLaunchToken()));
    expect(tokens.size).toBe(50);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(chooseLaunchToken(undefined)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(chooseLaunchToken('')).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('takes TSUNAGU_HOST_TOKEN when it is long enough and cookie-safe', () => {
    const fixed = 'x'.repeat(32);
    expect(chooseLaunchToken(fixed)).toBe(fixed);
    for (const weak of ['short', 'x'.repeat(31), `${'x'.repeat(32)};Path=/`, `${'x'.repeat(32)} `, 'ｘ'.repeat(40)]) {
      expect(() => chooseLaunchToken(weak), weak).toThrow(/TSUNAGU_HOST_TOKEN/);
    }
  });

  it('compares whole tokens only, whatever their length', () => {
    const token = newLaunchToken();
    expect(tokensEqual(token, token)).toBe(true);
    expect(tokensEqual(token.slice(0, -1), token)).toBe(false);
    expect(tokensEqual(`${token}x`, token)).toBe(false);
    expect(tokensEqual('', token)).toBe(false);
    expect(tokensEqual(undefined, token)).toBe(false);
  });

  it('is read from the header, else from the cookie named for this port', () => {
    const token = newLaunchToken();
    expect(requestHasToken({ 'x-tsunagu-token': token }, 5180, token)).toBe(true);
    expect(requestHasToken({ cookie: `a=1; tsunagu_token_5180=${token}; b=2` }, 5180, token)).toBe(true);
    expect(requestHasToken({ cookie: `tsunagu_token_5181=${token}` }, 5180, token)).toBe(false);
    // A wrong header is not rescued by a right cookie: a script gets one answer for what it sent.
    expect(requestHasToken({ 'x-tsunagu-token': 'nope', cookie: `tsunagu_token_5180=${token}` }, 5180, token)).toBe(
      false,
    );
    expect(requestHasToken({}, 5180, token)).toBe(false);
  });

  it('lives in an HttpOnly SameSite=Strict session cookie', () => {
    expect(tokenCookie(5180, 'abc')).toBe('tsunagu_token_5180=abc; Path=/; HttpOnly; SameSite=Strict');
  });
});
