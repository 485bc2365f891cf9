// The print half of a chart request: a physical width (width=16cm, 160mm, 6.3in), a resolution for PNGs
// (dpi=300) and a page for PDFs (page=a4). Kept apart from request.ts, which calls it before checking the
// pixel parameters, so each half can change without the other. Every size is bounded: a bad one is a 400.

/** CSS pixels per inch: the layout is made at the physical width in CSS px, so 1 px of text = 0.75 pt. */
export const CSS_PX_PER_IN = 96;
/** The column a chart is printed in when no width is asked for (PDF). */
export const DEFAULT_PRINT_WIDTH_IN = 16 / 2.54;
/**
 * Narrowest physical width: the layout's minimum (280 px) is 7.4 cm, and below it text would shrink under
 * 7 pt, the smallest size that prints legibly (the smallest text in a layout is 9.5 px = 7.1 pt).
 */
const MIN_IN = 7.5 / 2.54;
const MAX_IN = 60 / 2.54;
const DPI = { min: 72, max: 600, default: 300 };
/** Widest PNG, in pixels (height is capped at render time, lib/chart/print-limits.ts). */
export const MAX_PNG_PX = 8000;

export const PAGES = ["figure", "a4", "letter"] as const;
export type Page = (typeof PAGES)[number];

export type PrintSize = {
  /** Physical width of the figure, in inches. */
  widthIn: number;
  /** PNG pixels per inch (PNG only; 0 otherwise). */
  dpi: number;
  /** PDF page: the figure's own size, or the figure on an A4 or US Letter page. */
  page: Page;
};

type Fail = { ok: false; status: 400; message: string };
export type PrintParse = { ok: true; print: PrintSize | null; outlines: boolean; rest: URLSearchParams } | Fail;

const UNITS = { cm: 1 / 2.54, mm: 1 / 25.4, in: 1 } as const;
const LENGTH = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)([a-z%]+)$/i;

const fail = (message: string): Fail => ({ ok: false, status: 400, message });

function physicalWidth(raw: string): { ok: true; inches: number } | Fail | null {
  const m = LENGTH.exec(raw.trim());
  if (!m) return null;
  const unit = (m[2] as string).toLowerCase();
  if (unit === "px") return null;
  if (!(unit in UNITS)) return fail(`unknown unit ${unit.slice(0, 10)} in width: use px, cm, mm or in`);
  const inches = Number(m[1]) * UNITS[unit as keyof typeof UNITS];
  if (!Number.isFinite(inches) || inches < MIN_IN) return fail("width must be at least 7.5cm (2.95in)");
  if (inches > MAX_IN) return fail("width must be at most 60cm (23.6in)");
  return { ok: true, inches };
}

function parseDpi(raw: string | null): { ok: true; dpi: number } | Fail {
  if (raw === null) return { ok: true, dpi: DPI.default };
  const dpi = Number(raw);
  if (raw.trim() === "" || !Number.isInteger(dpi)) return fail("dpi must be a whole number");
  if (dpi < DPI.min) return fail(`dpi must be at least ${DPI.min}`);
  if (dpi > DPI.max) return fail(`dpi must be at most ${DPI.max}`);
  return { ok: true, dpi };
}

function parsePage(raw: string | null, format: string): { ok: true; page: Page } | Fail {
  if (raw === null) return { ok: true, page: "figure" };
  if (format !== "pdf") return fail("page applies to PDF only");
  const page = PAGES.find((p) => p === raw);
  return page ? { ok: true, page } : fail("page must be figure, a4 or letter");
}

/**
 * Takes width (when it has a unit), dpi, page and text (SVG text as outlines) out of `search`; the rest goes on to the pixel parser.
 * A PDF always has a print size (16 cm by default); a PNG or SVG only when its width has a unit.
 */
export function parsePrintParams(format: string, search: URLSearchParams): PrintParse {
  const rest = new URLSearchParams(search);
  const text = search.get("text");
  if (text !== null && format !== "svg") return fail("text applies to SVG only");
  if (text !== null && text !== "outlines" && text !== "text") return fail("text must be text or outlines");
  rest.delete("text");
  const outlines = text === "outlines";
  const width = search.get("width");
  // "640px" is the plain pixel width the pixel parser reads.
  if (width !== null && /^\d+px$/i.test(width.trim())) rest.set("width", width.trim().slice(0, -2));
  const physical = width === null ? null : physicalWidth(width);
  if (physical && !physical.ok) return physical;
  const page = parsePage(search.get("page"), format);
  if (!page.ok) return page;
  rest.delete("page");
  const dpiRaw = search.get("dpi");
  if (format === "pdf" && width !== null && !physical)
    // A PDF has no pixels.
    return fail("a PDF's width is physical: give it in cm, mm or in (e.g. width=16cm)");
  if (!physical && format !== "pdf") {
    if (dpiRaw !== null) return fail("dpi needs a width in cm, mm or in (e.g. width=16cm&dpi=300)");
    return { ok: true, print: null, outlines, rest };
  }
  if (dpiRaw !== null && format !== "png") return fail("dpi applies to PNG only");
  if (search.has("scale")) return fail("scale does not apply to a physical width: use dpi");
  const dpi = parseDpi(dpiRaw);
  if (!dpi.ok) return dpi;
  const widthIn = physical ? physical.inches : DEFAULT_PRINT_WIDTH_IN;
  if (format === "png" && Math.round(widthIn * dpi.dpi) > MAX_PNG_PX)
    return fail(`width × dpi must be at most ${MAX_PNG_PX} pixels (asked ${Math.round(widthIn * dpi.dpi)})`);
  rest.delete("width");
  rest.delete("dpi");
  return { ok: true, print: { widthIn, dpi: format === "png" ? dpi.dpi : 0, page: page.page }, outlines, rest };
}

/** The layout width in CSS px for a physical width. */
export function printLayoutWidth(print: PrintSize): number {
  return Math.round(print.widthIn * CSS_PX_PER_IN);
}
