import { describe, expect, it } from 'vitest';
import { createRequestGate, inputKey } from '../../renderer/src/lib/request-gate';

describe('request gate', () => {
  it('lets only the newest request write', () => {
    const gate = createRequestGate();
    const first = gate.begin();
    const second = gate.begin();
    expect(first()).toBe(false);
    expect(second()).toBe(true);
  });

  it('drops an answer that arrives after a newer request, whatever the order of answers', async () => {
    const gate = createRequestGate();
    const shown: string[] = [];
    const load = (value: string, ms: number) => {
      const counts = gate.begin();
      return new Promise<void>((resolve) =>
        setTimeout(() => {
          if (counts()) shown.push(value);
          resolve();
        }, ms),
      );
    };
    await Promise.all([load('slow, older', 20), load('fast, newer', 1)]);
    expect(shown).toEqual(['fast, newer']);
  });

  it('makes everything in flight stale on invalidate (unmount, or a state set by other means)', () => {
    const gate = createRequestGate();
    const pending = gate.begin();
    gate.invalidate();
    expect(pending()).toBe(false);
    expect(gate.begin()()).toBe(true);
  });

  it('keeps a patch valid until the next request starts', () => {
    const gate = createRequestGate();
    gate.begin();
    const patch = gate.current();
    expect(patch()).toBe(true);
    gate.begin();
    expect(patch()).toBe(false);
  });
});

describe('input key', () => {
  it('is the same for equal inputs, whatever the property order', () => {
    expect(inputKey({ meetingId: 1, caseNo: 'A' })).toBe(inputKey({ caseNo: 'A', meetingId: 1 }));
    expect(inputKey({ a: { y: 1, x: [2, { q: 1, p: 2 }] } })).toBe(inputKey({ a: { x: [2, { p: 2, q: 1 }], y: 1 } }));
  });

  it('differs when a value differs, and drops undefined as JSON does', () => {
    expect(inputKey({ meetingId: 1 })).not.toBe(inputKey({ meetingId: 2 }));
    expect(inputKey({ meetingId: 1, extra: undefined })).toBe(inputKey({ meetingId: 1 }));
    expect(JSON.parse(inputKey({ b: 1, a: [1, 2] }))).toEqual({ a: [1, 2], b: 1 });
  });
});
