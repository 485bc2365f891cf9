// BibTeX entries for the articles behind a chart, so a reference manager gets the sources themselves and
// not only the chart. A date the article never stated stays visibly approximate, in the note.
import { inferredSpan } from "../model/period";
import { NO_TITLE, NO_URL, TITLE_FROM_URL, firstPerSource } from "./source-line";
import type { ChartSpec, Footnote } from "../chart/types";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"] as const;

const SPECIALS: Record<string, string> = {
  "\\": "\\textbackslash{}",
  "{": "\\{",
  "}": "\\}",
  "#": "\\#",
  $: "\\$",
  "%": "\\%",
  "&": "\\&",
  _: "\\_",
  "~": "\\textasciitilde{}",
  "^": "\\textasciicircum{}",
};

/** Text safe inside a braced BibTeX field: TeX's special characters become their escaped forms. */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}#$%&_~^]/g, (c) => SPECIALS[c] ?? c);
}

/**
 * url fields are read verbatim (biblatex, the url package), so TeX escapes would corrupt them; only what
 * would unbalance the braces or break the field is percent-encoded, as a browser would.
 */
export function bibtexUrl(url: string): string {
  return url.replace(/[{}\\\s]/g, (c) => encodeURIComponent(c));
}

/** A key BibTeX accepts: no spaces, commas, braces, quotes or other characters the parser stops at. */
export function bibtexKey(id: string): string {
  return id.replace(/[^A-Za-z0-9_:.\-]/g, "") || "source";
}

/** "Name (Director, Centre)" is a name and an affiliation; a comma left in a name would swap first and last. */
function bibtexAuthor(author: string): string {
  const name = escapeBibtex(author.replace(/\s*\([^)]*\)\s*$/, "").trim());
  return name.includes(",") ? `{${name}}` : name;
}

type DateFields = { year: string; month: string | null };

function dateFields(f: Footnote): DateFields {
  const [from = "", to = from] = f.publishedDate.split("/");
  const [fromYear = "", fromMonth] = from.split("-");
  const [toYear = "", toMonth] = to.split("-");
  const year = fromYear === toYear ? fromYear : `${fromYear}--${toYear}`;
  const sameMonth = fromYear === toYear && fromMonth !== undefined && fromMonth === toMonth;
  return { year, month: sameMonth ? (MONTHS[Number(fromMonth) - 1] ?? null) : null };
}

function notes(f: Footnote): string[] {
  const out: string[] = [];
  // Plain statements for readers, never an editor's note or a record id.
  if (f.publishedInferred) out.push(`Publication date estimated: ${inferredSpan(f.publishedDate)}`);
  if (f.title === null) out.push(`${NO_TITLE[0]?.toUpperCase()}${NO_TITLE.slice(1)}`);
  if (f.title !== null && f.titleFromUrl) out.push(`${TITLE_FROM_URL[0]?.toUpperCase()}${TITLE_FROM_URL.slice(1)}`);
  if (f.noUrl) out.push(NO_URL.replace(/\.$/, ""));
  return out;
}

/** One entry: @article when the headline is known, @misc (with howpublished) when it is not. */
export function bibtexEntry(f: Footnote): string {
  const { year, month } = dateFields(f);
  const url = f.href ? f.href.split("#")[0] : null;
  const note = notes(f);
  const fields: ([string, string] | null)[] = [
    ["author", `{${bibtexAuthor(f.author)}}`],
    f.title ? ["title", `{{${escapeBibtex(f.title)}}}`] : null,
    [f.title ? "journal" : "howpublished", `{${escapeBibtex(f.publication)}}`],
    ["year", `{${year}}`],
    month ? ["month", month] : null,
    url ? ["url", `{${bibtexUrl(url)}}`] : null,
    note.length ? ["note", `{${escapeBibtex(note.map((n) => n.replace(/\.$/, "")).join(". "))}}`] : null,
  ];
  const body = fields.flatMap((field) => (field ? [`  ${field[0]} = ${field[1]}`] : [])).join(",\n");
  return `@${f.title ? "article" : "misc"}{${bibtexKey(f.sourceId)},\n${body}\n}`;
}

/** Every article a chart cites, once each, in order of first footnote. */
export function chartBibtex(spec: ChartSpec): string {
  return `${firstPerSource(spec.footnotes).map(bibtexEntry).join("\n\n")}\n`;
}
