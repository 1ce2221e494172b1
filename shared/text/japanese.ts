// Our own error messages are Japanese; a library's are English. Where an error may come from either, a message
// with kana or kanji is shown to the user as it is, and anything else is replaced by a Japanese summary.
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;

/** True when the text holds kana or kanji. */
export const hasJapanese = (text: string): boolean => JAPANESE.test(text);

/** The error's own message when it is one of ours (Japanese), otherwise `fallback`. */
export const japaneseMessageOr = (err: unknown, fallback: string): string =>
  err instanceof Error && hasJapanese(err.message) ? err.message : fallback;
