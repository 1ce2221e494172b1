// A free-text form field that may be left empty: trimmed, at most `max` characters, and blank read as no
// text (null), so an emptied field and a never-filled one are the same value everywhere.
import { z } from 'zod';

export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .transform((v) => (v === '' ? null : v));
