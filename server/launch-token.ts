// The browser host's launch token. Loopback alone does not make a caller trustworthy: every program of
// every OS account on the PC can reach 127.0.0.1. So each start of the host has a secret (random, or
// TSUNAGU_HOST_TOKEN for scripts that start it), shown only in the URL the host prints. The page keeps it
// in an HttpOnly, SameSite=Strict cookie after the first load; scripts send it as `x-tsunagu-token`.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export const TOKEN_HEADER = 'x-tsunagu-token';
export const TOKEN_QUERY = 'token';

/** Cookie-safe and long enough that guessing it over HTTP is hopeless. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{32,256}$/;

/** 256 random bits, base64url: safe in a URL, a header and a cookie without escaping. */
export function newLaunchToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The token to use: the one given (TSUNAGU_HOST_TOKEN), checked, or a fresh random one. */
export function chooseLaunchToken(given: string | undefined): string {
  if (given === undefined || given === '') return newLaunchToken();
  if (!TOKEN_PATTERN.test(given)) {
    throw new Error('TSUNAGU_HOST_TOKEN は英数字・「-」・「_」だけの 32〜256 文字にしてください。');
  }
  return given;
}

/**
 * Cookies are not separated by port, so two hosts on 127.0.0.1 (a test run beside a manual one) would
 * overwrite each other's cookie under one name; the port in the name keeps them apart.
 */
export function tokenCookieName(port: number): string {
  return `tsunagu_token_${port}`;
}

/** Session cookie (gone when the browser closes; the token changes at every start anyway). */
export function tokenCookie(port: number, token: string): string {
  return `${tokenCookieName(port)}=${token}; Path=/; HttpOnly; SameSite=Strict`;
}

/** Compares in constant time: both sides are hashed first, so neither content nor length leaks. */
export function tokensEqual(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = createHash('sha256').update(given, 'utf8').digest();
  const b = createHash('sha256').update(expected, 'utf8').digest();
  return timingSafeEqual(a, b);
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** True when the request carries the token, as the header (scripts) or the cookie (the page). */
export function requestHasToken(headers: IncomingHttpHeaders, port: number, token: string): boolean {
  const header = headers[TOKEN_HEADER];
  if (typeof header === 'string') return tokensEqual(header, token);
  return tokensEqual(cookieValue(headers.cookie, tokenCookieName(port)), token);
}
