// The words around a standalone image's plot: title, subtitle, notes and the numbered sources,
// each wrapped to the width.
import { NO_URL, sourceLine } from "../cite/source-line";
import { creditLine, printableUrl, type Credit } from "./credit";
import { textWidth, wrapText } from "./scene-text";
import { part, type ColorRole, type FontWeight, type Primitive } from "./scene-types";
import { footnoteText } from "./scene-labels";
import type { ChartSeries, ChartSpec, Footnote } from "./types";

export type Block = { prims: Primitive[]; bottom: number };
type Style = { size: number; weight: FontWeight; fill: ColorRole; leading: number; href?: string };

/** `text` wrapped into lines from top `y` (the top of the first line's em box). */
export function paragraph(text: string, x: number, y: number, width: number, st: Style): Block {
  const lines = wrapText(text, width, st.size, st.weight);
  const lh = st.size * st.leading;
  const prims: Primitive[] = lines.map((line, i) => ({
    type: "text",
    x,
    y: y + i * lh + st.size * 0.9,
    text: line,
    anchor: "start",
    size: st.size,
    weight: st.weight,
    fill: st.fill,
    ...(st.href ? { href: st.href } : {}),
  }));
  return { prims, bottom: y + lines.length * lh };
}

export function headerBlock(spec: ChartSpec, x: number, y: number, width: number): Block {
  const narrow = width < 520;
  const title = paragraph(spec.title, x, y, width, { size: narrow ? 17 : 21, weight: 700, fill: "fg", leading: 1.22 });
  if (!spec.subtitle) return title;
  const sub = paragraph(spec.subtitle, x, title.bottom + 4, width, {
    size: narrow ? 13 : 14.5,
    weight: 400,
    fill: "muted",
    leading: 1.35,
  });
  return { prims: [...title.prims, ...sub.prims], bottom: sub.bottom };
}

/**
 * A note under a chart, told apart by its label: the data's ("Note"), the one an explorer chart's author
 * wrote, or (in an image, which has no table of values) what qualifies one value ("2022: ≈ $4.3B [2,1]").
 */
export type ChartNote = { kind: "data" | "author" | "value"; label: string; text: string };

export const dataNotes = (notes: readonly string[]): ChartNote[] =>
  notes.map((text) => ({ kind: "data", label: "Note", text }));

/**
 * For an image or an embed, which have no table of values: each value's qualifying lines (its formula, its
 * rounding, how its period or bound was read), and in an image each value the plot had no room to write
 * beside its mark (`labelled`: the marks whose value is written; without it, every value is). The page shows
 * both in its table, the CSV and JSON in their columns.
 */
export function valueNotes(series: readonly ChartSeries[], labelled?: ReadonlySet<string>): ChartNote[] {
  const sentence = (line: string) => (/[.!?]$/.test(line) ? line : `${line}.`);
  return series.flatMap((s) =>
    s.points
      .filter((p) => p.details.length > 0 || (labelled !== undefined && !labelled.has(p.id)))
      .map((p) => {
        const fn = footnoteText(p.footnotes);
        const who = series.length > 1 ? `${s.title}, ` : "";
        const text = p.details.length
          ? p.details.map(sentence).join(" ")
          : "not written on the chart, for want of room.";
        return { kind: "value", label: `${who}${p.periodLabel}: ${p.label}${fn ? ` [${fn}]` : ""}`, text };
      }),
  );
}

/** The notes of a chart shown without its table of values (an embed): the data's, then each value's. */
export function notesWithoutTable(spec: Pick<ChartSpec, "notes" | "series">): ChartNote[] {
  return [...dataNotes(spec.notes), ...valueNotes(spec.series)];
}

/** The marks whose value is written beside them in a drawn plot (a value is drawn in the foreground colour). */
export function labelledMarks(prims: readonly Primitive[], into = new Set<string>()): Set<string> {
  for (const p of prims) {
    if (p.type !== "group") continue;
    if (p.markId !== undefined && p.children.some((c) => c.type === "text" && c.fill === "fg")) into.add(p.markId);
    labelledMarks(p.children, into);
  }
  return into;
}

export function notesBlock(notes: ChartNote[], x: number, y: number, width: number): Block {
  const prims: Primitive[] = [];
  let bottom = y;
  for (const { label, text } of notes) {
    const p = paragraph(`${label}: ${text}`, x, bottom, width, {
      size: 11.5,
      weight: 400,
      fill: "muted",
      leading: 1.4,
    });
    prims.push(...p.prims);
    bottom = p.bottom + 2;
  }
  return { prims, bottom };
}

/** "Author, “Title”, Publication, 21 Feb 2025." — never the title note; "untitled article" when the title is unknown. */
export function citationLine(f: Footnote): string {
  return `${sourceLine(f)}.`;
}

function footnoteEntry(f: Footnote, x: number, y: number, width: number, indent: number): Block {
  const num: Primitive = {
    type: "text",
    x,
    y: y + 11.5 * 0.9,
    text: `${f.n}.`,
    anchor: "start",
    size: 11.5,
    weight: 600,
    fill: "fg",
  };
  const tx = x + indent;
  const tw = width - indent;
  const cite = paragraph(citationLine(f), tx, y, tw, { size: 11.5, weight: 400, fill: "fg", leading: 1.35 });
  const quote = paragraph(`“${f.quote}”`, tx, cite.bottom + 1, tw, {
    size: 11.5,
    weight: 400,
    fill: "muted",
    leading: 1.35,
  });
  // Never a listing page as if it were the article: an article without its own address says so.
  const url = f.href ?? (f.noUrl ? NO_URL : null);
  const link = url
    ? paragraph(f.href ? printableUrl(url) : url, tx, quote.bottom + 1, tw, {
        size: 10.5,
        weight: 400,
        fill: f.href ? "accent" : "muted",
        leading: 1.3,
        ...(f.href ? { href: f.href } : {}),
      })
    : null;
  return { prims: [num, ...cite.prims, ...quote.prims, ...(link?.prims ?? [])], bottom: link?.bottom ?? quote.bottom };
}

export function footnotesBlock(footnotes: Footnote[], x: number, y: number, width: number): Block {
  if (footnotes.length === 0) return { prims: [], bottom: y };
  const head = paragraph("Sources", x, y, width, { size: 12.5, weight: 600, fill: "fg", leading: 1.4 });
  const indent = Math.max(...footnotes.map((f) => textWidth(`${f.n}.`, 11.5, 600))) + 6;
  const prims = [...head.prims];
  let bottom = head.bottom + 2;
  for (const f of footnotes) {
    const e = footnoteEntry(f, x, bottom, width, indent);
    prims.push(...e.prims);
    bottom = e.bottom + 8;
  }
  return { prims, bottom: bottom - 8 };
}

/** Who made the chart, which data it shows, and its address (a link). */
export function creditBlock(credit: Credit, x: number, y: number, width: number): Block {
  const st = { size: 10.5, weight: 400, fill: "muted", leading: 1.3 } as const;
  const line = paragraph(creditLine(credit), x, y, width, st);
  const url = paragraph(credit.chartUrl, x, line.bottom, width, { ...st, href: credit.chartUrl });
  return { prims: [...line.prims, ...url.prims], bottom: url.bottom };
}

/**
 * Everything below a standalone image's plot, from `top`: the notes, a rule and the numbered sources, and the
 * credit line when given; `height` is the whole image's. One closing for single charts and panel charts alike.
 */
export function closingParts(
  notes: ChartNote[],
  footnotes: Footnote[],
  top: number,
  frame: { pad: number; width: number; credit?: Credit },
): { prims: Primitive[]; height: number } {
  const { pad, width, credit } = frame;
  const inner = width - 2 * pad;
  const notesPart = notesBlock(notes, pad, top, inner);
  const y = notesPart.bottom + 10;
  const rule: Primitive = { type: "line", x1: pad, y1: y, x2: width - pad, y2: y, stroke: "grid", strokeWidth: 1 };
  const sources = footnotesBlock(footnotes, pad, notesPart.bottom + 20, inner);
  const prims = [part("notes", notesPart.prims), part("sources", footnotes.length ? [rule, ...sources.prims] : [])];
  if (!credit) return { prims, height: Math.ceil(sources.bottom + pad) };
  const last = creditBlock(credit, pad, sources.bottom + 12, inner);
  return { prims: [...prims, part("credit", last.prims)], height: Math.ceil(last.bottom + pad) };
}
