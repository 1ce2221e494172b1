// How a namespace file declares a method: its zod input schema and its result type side by side, so the two
// can no longer drift apart as they did when inputs and results were two maps matched only by name. The
// result is a phantom: nothing of it exists at run time, the index only reads it back as a type.
import { z } from 'zod';

declare const resultType: unique symbol;

/** A result type carried by a value that holds nothing (see `result`). */
export interface Result<R> {
  readonly [resultType]?: R;
}

/** One contract method: the schema the backend validates its input with, and (as a type only) what it returns. */
export interface MethodSpec<S extends z.ZodTypeAny = z.ZodTypeAny, R = unknown> {
  readonly input: S;
  readonly [resultType]?: R;
}

/** Names a method's result type where its input is declared: `method(schema, result<CaseDetail>())`. */
export const result = <R>(): Result<R> => ({});

export function method<S extends z.ZodTypeAny, R>(input: S, _result: Result<R>): MethodSpec<S, R> {
  return { input };
}

/** The result type a spec carries. */
export type ResultOf<T> = T extends MethodSpec<z.ZodTypeAny, infer R> ? R : never;

// Inputs several namespaces share.
export const empty = z.object({}).strict();
export const meetingRef = z.object({ meetingId: z.number().int().positive() }).strict();
export const fileUpload = z.object({
  fileName: z.string().min(1).max(500),
  /** The file's bytes, base64: the same on every transport. 64 MiB of file at most. */
  dataBase64: z.string().max(90_000_000, 'ファイルが大きすぎます（64MB まで）'),
});

/** A file a method hands back to be saved (exports, handouts, minutes). */
export interface ExportedFile {
  fileName: string;
  mimeType: string;
  dataBase64: string;
}
