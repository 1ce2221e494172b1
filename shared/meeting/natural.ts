// Natural order of caseNos (R7-2 before R7-10, R7-0003 beside R7-3): the order secretariats file them in.
// A comparator rather than a sort key, so sorting 10,000 items allocates nothing per item.

/** Negative, 0 or positive as `a` sorts before, with or after `b`; digit runs compare as numbers. */
export function naturalCompare(a: string, b: string): number {
  const la = a.length;
  const lb = b.length;
  let i = 0;
  let j = 0;
  while (i < la && j < lb) {
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(j);
    if (isDigit(ca) && isDigit(cb)) {
      // Compare the digit runs as numbers: skip leading zeros, then the longer run is larger.
      let si = i;
      while (si < la && a.charCodeAt(si) === 48) si += 1;
      let sj = j;
      while (sj < lb && b.charCodeAt(sj) === 48) sj += 1;
      let ei = si;
      while (ei < la && isDigit(a.charCodeAt(ei))) ei += 1;
      let ej = sj;
      while (ej < lb && isDigit(b.charCodeAt(ej))) ej += 1;
      if (ei - si !== ej - sj) return ei - si - (ej - sj);
      for (let k = 0; k < ei - si; k += 1) {
        const d = a.charCodeAt(si + k) - b.charCodeAt(sj + k);
        if (d !== 0) return d;
      }
      i = ei;
      j = ej;
      continue;
    }
    if (ca !== cb) return ca - cb;
    i += 1;
    j += 1;
  }
  return la - i - (lb - j);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57; // 0-9
}
