// The one route type (renderer/src/lib/route.ts): the addresses it reads and writes are fixed — the e2e specs,
// the Electron presenter window and reloads open them — so these pin them byte for byte.
import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref, viewOf, type Route } from '../../renderer/src/lib/route';

const at = (pathname: string, search = '', hash = '') => ({ pathname, search, hash });

describe('parseRoute', () => {
  it('reads the projector window from /present?meeting=ID', () => {
    expect(parseRoute(at('/present', '?meeting=12'))).toEqual({ kind: 'present', meetingId: 12 });
    // The projector wins over a console hash: it is another root.
    expect(parseRoute(at('/present', '?meeting=3', '#console=4'))).toEqual({ kind: 'present', meetingId: 3 });
  });

  it('reads the meeting console from #console=ID on any page', () => {
    expect(parseRoute(at('/', '', '#console=7'))).toEqual({ kind: 'console', meetingId: 7 });
    expect(parseRoute(at('/index.html', '?token=x', '#console=7'))).toEqual({ kind: 'console', meetingId: 7 });
  });

  it('starts on the home view otherwise', () => {
    expect(parseRoute(at('/'))).toEqual({ kind: 'view', view: 'home' });
    expect(parseRoute(at('/', '', '#other'))).toEqual({ kind: 'view', view: 'home' });
  });

  it('refuses ids that are not positive safe integers', () => {
    for (const id of ['', '0', '-1', '1.5', 'abc', '9007199254740993']) {
      expect(parseRoute(at('/present', `?meeting=${id}`))).toEqual({ kind: 'view', view: 'home' });
      expect(parseRoute(at('/', '', `#console=${id}`))).toEqual({ kind: 'view', view: 'home' });
    }
    expect(parseRoute(at('/present'))).toEqual({ kind: 'view', view: 'home' });
    // A bad projector address still honours a console hash, as the separate checks did.
    expect(parseRoute(at('/present', '?meeting=x', '#console=2'))).toEqual({ kind: 'console', meetingId: 2 });
  });
});

describe('routeHref', () => {
  const from = { pathname: '/index.html', search: '?a=1' };

  it('writes the fixed addresses', () => {
    expect(routeHref({ kind: 'present', meetingId: 5 })).toBe('/present?meeting=5');
    expect(routeHref({ kind: 'present', meetingId: 5 }, from)).toBe('/present?meeting=5');
    expect(routeHref({ kind: 'console', meetingId: 5 }, from)).toBe('/index.html?a=1#console=5');
  });

  it('keeps views and the board out of the address', () => {
    expect(routeHref({ kind: 'view', view: 'security' }, from)).toBe('/index.html?a=1');
    expect(routeHref({ kind: 'board', caseNo: 'A-1', meetingId: null, view: 'ledger' }, from)).toBe('/index.html?a=1');
  });

  it('reads back what it writes for the routes in the address', () => {
    const routes: Route[] = [
      { kind: 'present', meetingId: 42 },
      { kind: 'console', meetingId: 42 },
    ];
    for (const route of routes) {
      const url = new URL(routeHref(route, { pathname: '/', search: '' }), 'http://127.0.0.1:5180');
      expect(parseRoute(url)).toEqual(route);
    }
  });
});

describe('viewOf', () => {
  it('is the header screen shown, under the board too', () => {
    expect(viewOf({ kind: 'view', view: 'security' })).toBe('security');
    expect(viewOf({ kind: 'console', meetingId: 1 })).toBe('meetings');
    expect(viewOf({ kind: 'board', caseNo: 'A-1', meetingId: 1, view: 'meetings' })).toBe('meetings');
  });
});
