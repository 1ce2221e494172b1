// CSV injection (OWASP "CSV Injection"): a cell that starts with = + - @ tab or CR is run as a formula by
// Excel/LibreOffice when the CSV is opened. Exports put a ' in front of such a cell (the spreadsheet shows the
// text, not a result); the importer takes exactly that ' away again, so a round trip is exact.
//
// Decisions:
// - A plain signed number (-5, +3, -1.5) is left as it is: a spreadsheet reads it as that number, never as a
//   formula. Anything else after a sign is neutralised, phone numbers included: +81-3-1234-5678 would be
//   *calculated* by Excel (81-3-1234-5678) and lose the number.
// - A value that itself starts with one or more ' and then a trigger ('=A1) gets one more ' on export
//   (''=A1), and the importer removes exactly one, so such a value survives too. A ' followed by anything
//   else ('abc) is never touched either way.

const TRIGGER = /^'*[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]\d+(\.\d+)?$/;
const NEUTRALISED = /^'+[=+\-@\t\r]/;

/** The text a CSV cell gets for `value`. */
export function neutraliseCsvFormula(value: string): string {
  if (!TRIGGER.test(value) || PLAIN_NUMBER.test(value)) return value;
  return `'${value}`;
}

/** The inverse of neutraliseCsvFormula, applied to every cell read from a CSV. */
export function restoreCsvFormula(cell: string): string {
  return NEUTRALISED.test(cell) && !PLAIN_NUMBER.test(cell.slice(1)) ? cell.slice(1) : cell;
}
