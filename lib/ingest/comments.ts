// Reader comments are not data. A saved page's comment section is removed with the page's markup
// (extract-html.ts); plain text keeps it, so it is found by how comment sections read: a heading
// ("Comments", "12 Responses") or, before a comment form ("Leave a Reply"), the run of indented
// lines that are the comments. Their numbers are kept in the draft, marked, never proposed.
const HEADING =
  /^\s*(?:\d+\s+)?(?:comments?|responses?|replies|reader(?:s'|'s)? comments|discussion)(?:\s*\(\d+\))?\s*:?\s*$/i;
const FORM =
  /^\s*(?:leave a (?:reply|comment)|post a comment|add (?:a|your) comment|write a comment|join the (?:discussion|conversation))\b/i;
const INDENTED = /^(?:\s{2,}|\t)\S/;

/** Where the comment section starts in `text` (an offset), or null when there is none. */
export function commentsStart(text: string): number | null {
  const lines = text.split("\n");
  const offsets: number[] = [];
  lines.reduce((at, line) => (offsets.push(at), at + line.length + 1), 0);
  const heading = lines.findIndex((l) => HEADING.test(l));
  if (heading >= 0) return offsets[heading] ?? null;
  const form = lines.findIndex((l) => FORM.test(l));
  if (form < 0) return null;
  let start = form;
  for (let i = form - 1; i >= 0; i--) {
    const line = lines[i] ?? "";
    if (INDENTED.test(line)) start = i;
    else if (line.trim()) break;
  }
  return offsets[start] ?? null;
}
