// A chart as a file: the same spec drawn as SVG, PNG or PDF, or written as CSV or JSON. Images and PDFs carry
// the chart's credit (site, data version, address); PNGs their resolution and title, source and licence.
import type { ChartRequest } from "./request";
import { CHART_LICENCE, type Credit } from "./credit";
import { toCsv, toJson } from "./downloads";
import { sceneToPdf } from "./pdf";
import { interFiles } from "./font-files";
import { svgToPng } from "./png";
import { withPngMeta } from "./png-meta";
import { CSS_PX_PER_IN, DEFAULT_PRINT_WIDTH_IN } from "./request-print";
import { layoutChart, type Scene } from "./scene";
import { sceneToSvg, type Outliner } from "./svg";
import { textOutline } from "./glyph-outlines";
import { svgFontCss } from "./svg-fonts";
import type { ChartSpec } from "./types";
import { SITE_NAME } from "../site/site";

export type RenderedFile = { body: Buffer; contentType: string; filename: string | null };

/** Most pixels a PNG may have (8000 × 5000): about 160 MB of RGBA while resvg draws it. */
export const MAX_PNG_PIXELS = 40_000_000;

/** A render that would be too large; the route answers 400 with the message. */
export class RenderLimitError extends Error {
  // Named, so a render worker can report which error it was (workers/render-worker.mjs sends the name).
  override name = "RenderLimitError";
}

/** The pixel width of a PNG, and its resolution for pHYs (a pixel request is its CSS size at 96 dpi × scale). */
export function pngSize(req: ChartRequest): { px: number; dpi: number } {
  if (req.print) return { px: Math.round(req.print.widthIn * req.print.dpi), dpi: req.print.dpi };
  return { px: Math.round(req.width * req.scale), dpi: CSS_PX_PER_IN * req.scale };
}

/** What rasterising a PNG needs: the SVG, its pixel width, and the metadata written into the file after. */
export type PngJob = { svg: string; px: number; meta: Parameters<typeof withPngMeta>[1] };

/** The cheap part of a PNG, done on the request thread; the raster is drawn by svgToPng or a render worker. */
export function pngJob(spec: ChartSpec, req: ChartRequest, credit: Credit): PngJob {
  const scene = layoutChart(spec, { width: req.width, standalone: true, credit });
  const { px, dpi } = pngSize(req);
  const pixels = px * Math.ceil((scene.height * px) / scene.width);
  if (pixels > MAX_PNG_PIXELS)
    throw new RenderLimitError(`this chart at that size would be ${pixels} pixels; at most ${MAX_PNG_PIXELS}`);
  return { svg: sceneToSvg(scene, { theme: req.theme }), px, meta: pngMeta(spec, credit, dpi) };
}

function pngMeta(spec: ChartSpec, credit: Credit, dpi: number): PngJob["meta"] {
  return {
    dpi,
    text: {
      Title: spec.title,
      Description: spec.summary,
      Author: SITE_NAME,
      Source: credit.chartUrl,
      Copyright: CHART_LICENCE,
      Comment: `Data version ${credit.dataVersion}. Sources: ${spec.footnotes.map((f) => `${f.n}. ${f.author}, ${f.publication}, ${f.published}`).join("; ")}`,
    },
  };
}

function png(spec: ChartSpec, req: ChartRequest, credit: Credit): Buffer {
  const job = pngJob(spec, req, credit);
  return withPngMeta(svgToPng(job.svg, { width: job.px }), job.meta);
}

function outliner(): Outliner {
  const fonts = interFiles();
  return (t) => textOutline(fonts[t.weight], t);
}

function pdf(scene: Scene, spec: ChartSpec, req: ChartRequest): Promise<Buffer> {
  return sceneToPdf(scene, {
    theme: req.theme,
    widthIn: req.print?.widthIn ?? DEFAULT_PRINT_WIDTH_IN,
    page: req.print?.page ?? "figure",
    fonts: interFiles(),
    info: { title: spec.title, subject: spec.summary, author: SITE_NAME, keywords: "South Caucasus, trade, arms" },
  });
}

const CONTENT_TYPES: Record<ChartRequest["format"], string> = {
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
  png: "image/png",
  svg: "image/svg+xml; charset=utf-8",
  pdf: "application/pdf",
};

/** The file of `body` for `req`: what renderChartFile gives, for bytes drawn elsewhere (a render worker). */
export function asRenderedFile(req: ChartRequest, body: Buffer): RenderedFile {
  return { body, contentType: CONTENT_TYPES[req.format], filename: req.format === "csv" ? `${req.chartId}.csv` : null };
}

async function chartFileBody(spec: ChartSpec, req: ChartRequest, credit: Credit): Promise<Buffer> {
  const utf8 = (text: string) => Buffer.from(text, "utf8");
  switch (req.format) {
    case "csv":
      return utf8(toCsv(spec));
    case "json":
      return utf8(toJson(spec, credit.dataVersion));
    case "png":
      return png(spec, req, credit);
    case "svg":
    case "pdf": {
      const scene = layoutChart(spec, { width: req.width, standalone: true, credit });
      if (req.format === "pdf") return pdf(scene, spec, req);
      const svg = sceneToSvg(scene, {
        theme: req.theme,
        ...(req.print ? { widthIn: req.print.widthIn } : {}),
        // Text stays text (selectable, searchable) with its font inside the file; or, asked for, outlines.
        ...(req.outlines ? { outline: outliner() } : { fontCss: await svgFontCss(scene) }),
      });
      return utf8(svg);
    }
  }
}

/**
 * Pure and synchronous but for pdfkit's stream: callers on a server's request thread send images and PDFs
 * to a render worker (server/chart-files.ts), which runs this very function.
 */
export async function renderChartFile(spec: ChartSpec, req: ChartRequest, credit: Credit): Promise<RenderedFile> {
  return asRenderedFile({ ...req, chartId: spec.id }, await chartFileBody(spec, req, credit));
}
