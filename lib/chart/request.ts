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

const params = z.strictObject(
  {
    width: z.coerce
      .number({ error: "width must be a number" })
      .int("width must be a whole number of pixels")
      .min(320, "width must be at least 320")
      .max(2400, "width must be at most 2400")
      .default(800),
    scale: z.coerce
      .number({ error: "scale must be a number" })
      .min(1, "scale must be at least 1")
      .max(3, "scale must be at most 3")
      .default(1),
    theme: z.enum(["light", "dark"], { error: "theme must be light or dark" }).default("light"),
  },
  { error: (i) => (i.code === "unrecognized_keys" ? `unknown parameter ${i.keys.join(", ")}` : undefined) },
);

export type Parsed<T> = { ok: true; value: T } | { ok: false; status: 400 | 404; message: string };

export function parseChartRequest(file: string, search: URLSearchParams): Parsed<ChartRequest> {
  const m = FILE.exec(file);
  if (!m)
    return { ok: false, status: 404, message: "Not found: charts are /charts/<chart>.svg, .png, .pdf, .csv or .json" };
  const keys = [...search.keys()];
  const repeated = keys.find((k, i) => keys.indexOf(k) !== i);
  if (repeated) return { ok: false, status: 400, message: `parameter ${repeated} is given more than once` };
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
  if (!printed.print) return { ok: true, value };
  return { ok: true, value: { ...value, width: printLayoutWidth(printed.print), print: printed.print } };
}
