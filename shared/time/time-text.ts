// A clock time typed by hand (開始時刻): 14:00, 14：00, 1400, 14時, 14時30分, 午後2時, full-width digits. The
// form stores HH:MM (24-hour), whatever the browser's language: <input type="time"> showed 02:00 PM in an
// English browser, so the app reads text the Japanese way instead.

export type TimeReading = { ok: true; value: string | null } | { ok: false; message: string };

const COLON = /^(\d{1,2})[:：](\d{1,2})$/;
const DIGITS = /^(\d{3,4})$/;
const KANJI = /^(午前|午後)?(\d{1,2})時(?:(\d{1,2})分|半)?$/;

/** HH:MM for the typed text, null for an empty one, or the Japanese reason it is not a time. */
export function readTimeText(text: string): TimeReading {
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  if (t === '') return { ok: true, value: null };
  let hour: number;
  let minute: number;
  let m: RegExpExecArray | null;
  if ((m = COLON.exec(t))) {
    hour = Number(m[1]);
    minute = Number(m[2]);
  } else if ((m = DIGITS.exec(t))) {
    hour = Number(m[1]!.slice(0, -2));
    minute = Number(m[1]!.slice(-2));
  } else if ((m = KANJI.exec(t))) {
    hour = Number(m[2]);
    minute = t.endsWith('半') ? 30 : Number(m[3] ?? 0);
    if (m[1] !== undefined) {
      if (hour > 12) return { ok: false, message: '午前・午後を付けるときは 0〜12 時で入力してください' };
      hour = (hour % 12) + (m[1] === '午後' ? 12 : 0);
    }
  } else {
    return { ok: false, message: '時刻は 14:00 のように入力してください' };
  }
  if (hour > 23 || minute > 59) return { ok: false, message: '時刻は 0:00〜23:59 で入力してください' };
  return { ok: true, value: `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}` };
}
