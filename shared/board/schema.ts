// The zod schema of the current BoardDoc: what a stored or received board must look like after migration.
// Reference checks (a union's partners exist, …) follow in serialize.ts, because zod sees one record at a time.
import { z } from 'zod';
import {
  BOARD_VERSION,
  CHILD_KINDS,
  LINK_STRENGTHS,
  PLACEMENT_KINDS,
  PREGNANCY_KINDS,
  RELATION_KINDS,
  SEXES,
  SOS_COLUMNS,
  SUPPORT_DIRECTIONS,
  UNION_KINDS,
  type BoardDoc,
} from './types';
import { daySchema, familyBirthDateSchema } from '../ledger/date-rules';

const id = z.string().min(1).max(100);
const day = daySchema;
const year = z.number().int().min(1800).max(2200).nullable();
const point = z.object({ x: z.number().finite(), y: z.number().finite() });
const text = (max: number) => z.string().max(max);

const person = z.object({
  id,
  sex: z.enum(SEXES),
  label: text(200),
  role: text(50).nullable(),
  birthDate: familyBirthDateSchema.nullable(),
  age: z.number().int().min(0).max(150).nullable(),
  ageAsOf: day.nullable(),
  deceased: z.object({ year }).nullable(),
  index: z.boolean(),
  pregnancy: z.enum(PREGNANCY_KINDS).nullable(),
  placements: z.array(z.object({ kind: z.enum(PLACEMENT_KINDS), from: day.nullable(), to: day.nullable() })),
  note: text(2000).nullable(),
  position: point,
  pinned: z.boolean(),
});

const union = z.object({
  id,
  a: id,
  b: id,
  kind: z.enum(UNION_KINDS),
  startYear: year,
  separatedYear: year,
  divorced: z.boolean(),
  divorcedYear: year,
});

const childLink = z.object({
  id,
  child: id,
  union: id.nullable(),
  parent: id.nullable(),
  kind: z.enum(CHILD_KINDS),
  twinGroup: id.nullable(),
  twinKind: z.enum(['fraternal', 'identical']).nullable(),
  custody: id.nullable(),
});

export const boardDocSchema = z.object({
  version: z.literal(BOARD_VERSION),
  caseNo: z.string().trim().min(1, '登録番号は必須です').max(100),
  persons: z.array(person),
  unions: z.array(union),
  children: z.array(childLink),
  households: z.array(z.object({ id, members: z.array(id) })),
  relations: z.array(z.object({ id, from: id, to: id, kind: z.enum(RELATION_KINDS) })),
  agencies: z.array(z.object({ id, name: text(200), position: point })),
  agencyLinks: z.array(
    z.object({
      id,
      agency: id,
      target: id,
      strength: z.enum(LINK_STRENGTHS),
      direction: z.enum(SUPPORT_DIRECTIONS),
      role: text(500).nullable(),
    }),
  ),
  notes: z.array(z.object({ id, column: z.enum(SOS_COLUMNS).nullable(), text: text(2000), position: point })),
  scales: z.array(
    z.object({
      id,
      question: text(500),
      value: z.number().min(0).max(10),
      ratedBy: text(200),
      ratedAt: day,
    }),
  ),
});

// Compile-time proof that the schema and the hand-written types describe the same document.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _schemaMatchesType: Same<z.infer<typeof boardDocSchema>, BoardDoc> = true;
void _schemaMatchesType;
