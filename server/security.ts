// Who may talk to the browser host. It serves a real database over HTTP on loopback, so any web
// page the same browser opens could try to POST to it: a request that carries an Origin other than the
// host's own is refused, and the Host header must name the host itself (a DNS-rebinding page reaches
// 127.0.0.1 under its own name and is refused by that check).
import type { IncomingHttpHeaders } from 'node:http';
import { isIP } from 'node:net';
import { contentSecurityPolicy } from '../shared/web-policy';

export function isLoopback(host: string): boolean {
  if (host === 'localhost') return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  return host === '::1';
}

/** Host header values (host:port) that mean "this server". */
export function ownHosts(host: string, port: number): Set<string> {
  const name = isIP(host) === 6 ? `[${host}]` : host;
  const hosts = new Set([`${name}:${port}`]);
  // The browser may be pointed at either spelling of loopback; both are this machine.
  if (host === '127.0.0.1' || host === 'localhost') {
    hosts.add(`127.0.0.1:${port}`);
    hosts.add(`localhost:${port}`);
  }
  return hosts;
}

/** The Host header if it names this server, else null (the request must be refused). */
export function allowedHost(headers: IncomingHttpHeaders, own: Set<string>): string | null {
  const host = headers.host?.toLowerCase();
  return host && own.has(host) ? host : null;
}

/** A request without Origin (curl, a same-origin GET) is fine; one with a foreign Origin is not. */
export function originAllowed(headers: IncomingHttpHeaders, own: Set<string>): boolean {
  const origin = headers.origin;
  if (origin === undefined) return true;
  return [...own].some((h) => origin.toLowerCase() === `http://${h}`);
}

export function hostContentSecurityPolicy(hostHeader: string): string {
  return contentSecurityPolicy([`ws://${hostHeader}`]);
}
