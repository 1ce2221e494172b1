// RFC 4180 CSV, leniently: quoted fields may hold commas, quotes ("") and newlines; a stray quote inside
// an unquoted field is kept as text rather than failing the whole file; CRLF, LF and CR all end a record.

/** Rows of fields; an empty field is ''. A final empty line is not a row. */
export function parseCsv(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  let fieldStarted = false;
  const n = text.length;
  const endField = () => {
    row.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < n) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
      i++;
      continue;
    }
    if (ch === delimiter) {
      endField();
      i++;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      endRow();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    field += ch;
    fieldStarted = true;
    i++;
  }
  if (fieldStarted || field !== '' || row.length > 0) endRow();
  return rows;
}

/** Excel's "Unicode text" export is tab-separated; everything else here is comma-separated. */
export function guessDelimiter(text: string): ',' | '\t' {
  const firstLine = text.slice(0, text.search(/\r|\n/) === -1 ? text.length : text.search(/\r|\n/));
  return firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
}
