// RFC 4180 CSV, read back in the tests: quoted fields may hold commas, doubled quotes and line breaks.

type State = { rows: string[][]; row: string[]; field: string; quoted: boolean };

function endField(s: State): void {
  s.row.push(s.field);
  s.field = "";
}

function endRow(s: State): void {
  endField(s);
  s.rows.push(s.row);
  s.row = [];
}

export function parseCsv(text: string): string[][] {
  const s: State = { rows: [], row: [], field: "", quoted: false };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (s.quoted && c === '"' && text[i + 1] === '"') {
      s.field += '"';
      i++;
    } else if (c === '"') {
      s.quoted = !s.quoted;
    } else if (s.quoted) {
      s.field += c;
    } else if (c === ",") {
      endField(s);
    } else if (c === "\r" || c === "\n") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      endRow(s);
    } else {
      s.field += c;
    }
  }
  if (s.field !== "" || s.row.length > 0) endRow(s);
  return s.rows;
}

/** Rows as objects keyed by the header row. */
export function csvRecords(text: string): Record<string, string>[] {
  const [header = [], ...rows] = parseCsv(text);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""])));
}
