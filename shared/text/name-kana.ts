// A name with its reading, as the ledger and the console show it: 山田 花子（やまだ はなこ）. Without a reading
// only the name: empty brackets 「山田 花子（）」 read as if the reading had been removed on purpose.

export function nameWithKana(name: string | null, kana: string | null): string {
  const reading = kana?.trim() ?? '';
  return `${name ?? ''}${reading ? `（${reading}）` : ''}`;
}
