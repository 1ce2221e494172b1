// Request ordering for data loaded from the backend, kept out of React so it can be tested on its own.
// Answers can overtake each other (a slow reload after a fast one, a reload after a mutation's answer), and
// a component can go away while a call is in flight: only the newest request may write what the window shows.

export interface RequestGate {
  /** Starts a request: every request started before it is stale from now on. The check says whether it still counts. */
  begin(): () => boolean;
  /** A check for work that is not a request of its own (a patch of the current data): it counts until the next begin. */
  current(): () => boolean;
  /** Makes every request in flight stale (the owner unmounted, or the shown state was replaced some other way). */
  invalidate(): void;
}

export function createRequestGate(): RequestGate {
  let generation = 0;
  const check = (mine: number) => () => mine === generation;
  return {
    begin: () => check(++generation),
    current: () => check(generation),
    invalidate: () => {
      generation += 1;
    },
  };
}

/**
 * A value-based key for a call's input, so callers may pass a new object literal on every render and still
 * load only when the input really changed. Keys are sorted (property order does not matter); undefined is
 * dropped, as it is on the HTTP transport.
 */
export function inputKey(input: unknown): string {
  return JSON.stringify(input, (_key, value: unknown) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
    const record = value as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(record)
        .sort()
        .map((k) => [k, record[k]]),
    );
  });
}
