// The one rule a new passphrase must meet, used by setup and by 変更 (the backend checks it on every transport;
// the screens show the same message before sending). The data cannot be recovered without the passphrase, and
// anyone who copies the file can try passphrases offline, so length matters most: at least 12 characters, and
// not one of the strings people type first (one character repeated, a repeated chunk, a run such as 123456789012
// or abcdefghijkl, a keyboard row, or a common word with digits around it).

export const MIN_PASSPHRASE_LENGTH = 12;

export const PASSPHRASE_RULE = `${MIN_PASSPHRASE_LENGTH}文字以上で、同じ文字や同じ並びのくり返し、連続した文字（123…、abc…）、よく使われる言葉（password など）だけのものは使えません。`;

/** Lower-case, digit- and symbol-free forms that are refused even when digits or symbols surround them. */
const COMMON = new Set([
  'password',
  'passwd',
  'passphrase',
  'pass',
  'qwerty',
  'qwertyuiop',
  'asdfghjkl',
  'zxcvbnm',
  'qazwsx',
  'admin',
  'administrator',
  'welcome',
  'letmein',
  'iloveyou',
  'monkey',
  'dragon',
  'sunshine',
  'princess',
  'football',
  'baseball',
  'secret',
  'changeme',
  'default',
  'test',
  'testtest',
  'guest',
  'user',
  'login',
  'abc',
  'tsunagu',
  'youtaikyou',
  'kodomo',
  'jimukyoku',
  'つなぐ',
  '要対協',
  'パスワード',
  'ぱすわーど',
  'パスフレーズ',
  'あいうえお',
  'いろはにほへと',
  '事務局',
  'こども家庭センター',
]);
/** Rows run on into the next one, as fingers do: "qwertyuiopas" is as weak as "qwertyuiop". */
const KEYBOARD_ROWS = [
  '1234567890',
  'qwertyuiopasdfghjklzxcvbnm',
  '1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p',
  'あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをん',
];

/** Why `passphrase` may not be used as a new passphrase, in Japanese; null when it is fine. */
export function passphraseProblem(passphrase: string): string | null {
  const chars = [...passphrase.normalize('NFKC').toLowerCase()];
  if (chars.length < MIN_PASSPHRASE_LENGTH) {
    return `パスフレーズは${MIN_PASSPHRASE_LENGTH}文字以上にしてください（いま${[...passphrase].length}文字）。`;
  }
  if (passphrase.trim() !== passphrase) return 'パスフレーズの最初と最後に空白は入れられません。';
  const text = chars.join('');
  if (new Set(chars).size === 1) return '同じ文字だけのパスフレーズは使えません。';
  if (isRepeatedChunk(chars)) return '同じ並びをくり返しただけのパスフレーズは使えません。';
  if (isRun(chars) || KEYBOARD_ROWS.some((row) => isInsideRepeated(row, text))) {
    return '連続した文字やキーボードの並び（123…、abc…、qwerty…）だけのパスフレーズは使えません。';
  }
  const core = text.replace(/[\p{N}\p{P}\p{S}\s]/gu, '');
  if (core === '' || COMMON.has(core) || (isRepeatedChunk([...core]) && COMMON.has(firstChunk([...core])))) {
    return 'よく使われる言葉や数字だけのパスフレーズは使えません。文を作るなど、推測されにくいものにしてください。';
  }
  return null;
}

/** "abcabcabcabc": the whole is one chunk of at most half its length, repeated. */
function isRepeatedChunk(chars: readonly string[]): boolean {
  return firstChunk(chars).length < chars.length;
}

function firstChunk(chars: readonly string[]): string {
  for (let size = 1; size <= chars.length / 2; size++) {
    if (chars.length % size !== 0) continue;
    const chunk = chars.slice(0, size).join('');
    if (chunk.repeat(chars.length / size) === chars.join('')) return chunk;
  }
  return chars.join('');
}

/** Every character one code point above (or below) the previous: "abcdefghijkl", "987654321098" (digits wrap). */
function isRun(chars: readonly string[]): boolean {
  const codes = chars.map((c) => c.codePointAt(0)!);
  const step = (a: number, b: number) =>
    isDigit(a) && isDigit(b) ? ((b - a + 10) % 10 === 9 ? -1 : (b - a + 10) % 10) : b - a;
  const first = step(codes[0]!, codes[1]!);
  if (first !== 1 && first !== -1) return false;
  return codes.every((code, i) => i === 0 || step(codes[i - 1]!, code) === first);
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** The text is a stretch of the row (forwards or backwards, repeated around as often as needed). */
function isInsideRepeated(row: string, text: string): boolean {
  const times = Math.ceil(text.length / row.length) + 1;
  const forwards = row.repeat(times);
  const backwards = [...forwards].reverse().join('');
  return forwards.includes(text) || backwards.includes(text);
}
