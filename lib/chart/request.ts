// Parsing a request for a chart image or download: every parameter is checked and bounded, so a bad
// one gets a 400 with a short reason and no request can ask for an unbounded render.
import { z } from "zod";
import { parsePrintParams, printLayoutWidth, type PrintSize } from "./request-print";

export const FORMATS = ["svg", "png", "pdf", "csv", "json"] as const;
export type Format = (typeof FORMATS)[number];

const FILE = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.(svg|png|pdf|csv|json)$/;

export type ChartRequest = {
  chartId: string;
  format: Format;
  width: number;
  scale: number;
  theme: "light" | "dark";
  /** A physical size (width=16cm&dpi=300, and every PDF): then `width` is its layout width in CSS px. */
  print?: PrintSize;
  /** SVG only (text=outlines): glyphs as paths, for renderers without Inter. */
  outlines?: true;
};

// Bounded variants (issue 14): every distinct width and scale is a cache miss and, for a PNG, a render.
// Widths snap down to a step and scales are whole, so a chart has a few dozen images, not millions,
// and the largest image (width × scale device pixels) is capped.
export const MIN_WIDTH = 320;
export const MAX_WIDTH = 2400;
export const WIDTH_STEP = 80;
export const SCALES = [1, 2, 3] as const;
export const MAX_DEVICE_WIDTH = 4800;

/** The width actually drawn for a requested one: down to a multiple of WIDTH_STEP, within the bounds. */
export function snapWidth(width: number): number {
  const stepped = Math.floor(width / WIDTH_STEP) * WIDTH_STEP;
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, stepped));
}

/** The answer to a parameter a chart file does not take (the explorer's files also take its state's). */
export const UNKNOWN_PARAMETER = "unknown parameter: use width, scale, theme, dpi, page or text";

const params = z.strictObject(
  {
    // Digits only: a number coerced from text also took "0x320", "1e3" and " 800" as widths.
    width: z
      .string()
      .regex(/^[0-9]+$/, "width must be a whole number of pixels")
      .default("800")
      .transform(Number)
      .pipe(
        z
          .number()
          .min(MIN_WIDTH, `width must be at least ${MIN_WIDTH}`)
          .max(MAX_WIDTH, `width must be at most ${MAX_WIDTH}`),
      )
      .transform(snapWidth),
    scale: z
      .enum(["1", "2", "3"], { error: "scale must be 1, 2 or 3" })
      .default("1")
      .transform((s) => Number(s)),
    theme: z.enum(["light", "dark"], { error: "theme must be light or dark" }).default("light"),
  },
  // Never the parameter's name: these answers are frameable, and input must not be echoed into them.
  {
    error: (i) => (i.code === "unrecognized_keys" ? UNKNOWN_PARAMETER : undefined),
  },
);

export type Parsed<T> = { ok: true; value: T } | { ok: false; status: 400 | 404; message: string };

export function parseChartRequest(file: string, search: URLSearchParams): Parsed<ChartRequest> {
  const m = FILE.exec(file);
  if (!m)
    return { ok: false, status: 404, message: "Not found: charts are /charts/<chart>.svg, .png, .pdf, .csv or .json" };
  // A Set, not indexOf in a loop: the duplicate check was quadratic in the number of parameters.
  const keys = new Set<string>();
  for (const k of search.keys()) {
    if (keys.has(k)) return { ok: false, status: 400, message: "a parameter is given more than once" };
    keys.add(k);
  }
  const printed = parsePrintParams(m[2] as Format, search);
  if (!printed.ok) return printed;
  const result = params.safeParse(Object.fromEntries(printed.rest));
  if (!result.success) return { ok: false, status: 400, message: result.error.issues[0]?.message ?? "bad parameters" };
  const value: ChartRequest = {
    chartId: m[1] as string,
    format: m[2] as Format,
    ...result.data,
    ...(printed.outlines ? { outlines: true as const } : {}),
  };
  if (value.width * value.scale > MAX_DEVICE_WIDTH)
    return { ok: false, status: 400, message: `width × scale must be at most ${MAX_DEVICE_WIDTH} pixels` };
  if (!printed.print) return { ok: true, value };
  return { ok: true, value: { ...value, width: printLayoutWidth(printed.print), print: printed.print } };
}
