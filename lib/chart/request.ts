// Parsing a request for a chart image or download: every parameter is checked and bounded, so a bad
// one gets a 400 with a short reason and no request can ask for an unbounded render.
import { z } from "zod";

export const FORMATS = ["svg", "png", "csv", "json"] as const;
export type Format = (typeof FORMATS)[number];

const FILE = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.(svg|png|csv|json)$/;

export type ChartRequest = { chartId: string; format: Format; width: number; scale: number; theme: "light" | "dark" };

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
  if (!m) return { ok: false, status: 404, message: "Not found: charts are /charts/<chart>.svg, .png, .csv or .json" };
  const keys = [...search.keys()];
  const repeated = keys.find((k, i) => keys.indexOf(k) !== i);
  if (repeated) return { ok: false, status: 400, message: `parameter ${repeated} is given more than once` };
  const result = params.safeParse(Object.fromEntries(search));
  if (!result.success) return { ok: false, status: 400, message: result.error.issues[0]?.message ?? "bad parameters" };
  return { ok: true, value: { chartId: m[1] as string, format: m[2] as Format, ...result.data } };
}
