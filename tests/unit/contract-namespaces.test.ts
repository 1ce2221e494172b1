import { describe, it, expect, expectTypeOf } from 'vitest';
import {
  contractNamespaces,
  events,
  EVENT_NAMES,
  METHOD_NAMES,
  methods,
  type Agenda,
  type BoardState,
  type CaseBrief,
  type CaseDetail,
  type ExportedFile,
  type LiveSnapshot,
  type MethodInput,
  type MethodResult,
  type SessionStatus,
  type TsunaguBridge,
} from '../../shared/contract';
import type { TsunaguBridge as PreloadBridge } from '../../electron/preload';
import type { TsunaguBridge as ElectronBridge } from '../../electron/bridge';

// The contract is split by namespace and merged in shared/contract/index.ts. Merging object maps keeps the
// last of two equal keys without a word, so a method declared in two namespaces would lose one of them.
const namespaceKeys = Object.entries(contractNamespaces).map(
  ([namespace, specs]) => [namespace, Object.keys(specs)] as const,
);

describe('contract namespaces', () => {
  it('no two namespaces declare the same method name', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const [namespace, names] of namespaceKeys) {
      for (const name of names) {
        const first = seen.get(name);
        if (first) duplicates.push(`${name} (${first}, ${namespace})`);
        else seen.set(name, namespace);
      }
    }
    expect(duplicates).toEqual([]);
  });

  it("every method's name starts with its namespace's", () => {
    const misplaced = namespaceKeys.flatMap(([namespace, names]) =>
      names.filter((name) => !name.startsWith(`${namespace}.`)),
    );
    expect(misplaced).toEqual([]);
  });

  it('the merged map holds every method of every namespace, with its input schema', () => {
    const declared = namespaceKeys.flatMap(([, names]) => names);
    expect(METHOD_NAMES).toEqual(declared);
    expect(Object.keys(methods)).toEqual(declared);
    for (const [namespace, names] of namespaceKeys) {
      const specs = contractNamespaces[namespace as keyof typeof contractNamespaces] as Record<
        string,
        { input: unknown }
      >;
      for (const name of names) expect(methods[name as keyof typeof methods]).toBe(specs[name]!.input);
    }
  });

  it('validates inputs as before (a schema per method, strict)', () => {
    expect(methods['ledger.get'].safeParse({ caseNo: 'R7-001' }).success).toBe(true);
    expect(methods['ledger.get'].safeParse({ caseNo: 'R7-001', extra: 1 }).success).toBe(false);
    expect(methods['session.status'].safeParse({}).success).toBe(true);
    expect(methods['live.get'].safeParse({ meetingId: 0 }).success).toBe(false);
  });

  it('events are listed once, by name', () => {
    expect(EVENT_NAMES).toEqual(Object.keys(events));
    expect(new Set(EVENT_NAMES).size).toBe(EVENT_NAMES.length);
  });

  it('pairs each method with its result type (checked by tsc)', () => {
    expectTypeOf<MethodResult<'session.status'>>().toEqualTypeOf<SessionStatus>();
    expectTypeOf<MethodResult<'ledger.get'>>().toEqualTypeOf<CaseDetail>();
    expectTypeOf<MethodResult<'agenda.move'>>().toEqualTypeOf<Agenda>();
    expectTypeOf<MethodResult<'board.get'>>().toEqualTypeOf<BoardState>();
    expectTypeOf<MethodResult<'live.caseBrief'>>().toEqualTypeOf<CaseBrief>();
    expectTypeOf<MethodResult<'decisions.confirm'>>().toEqualTypeOf<LiveSnapshot>();
    expectTypeOf<MethodResult<'audit.export'>>().toEqualTypeOf<ExportedFile>();
    expectTypeOf<MethodInput<'ledger.get'>>().toEqualTypeOf<{ caseNo: string }>();
  });

  it('declares the bridge on window.tsunagu once, in the contract', () => {
    expectTypeOf<PreloadBridge>().toEqualTypeOf<TsunaguBridge>();
    expectTypeOf<ElectronBridge>().toEqualTypeOf<TsunaguBridge>();
    expectTypeOf<NonNullable<Window['tsunagu']>>().toEqualTypeOf<TsunaguBridge>();
  });
});
